// The timeline of each series: its sessions in date order (each with the
// letter of its strand when the agenda item interleaves several texts), the
// documents of each (anchors "#doc-…") and how many threads appeared,
// changed, came back or were dropped there. A thread is back or dropped only
// among the sessions it is measured against (ReportIndex::counted: those of
// its own strand), as align/finalize and graph/lifecycle count it.
#include "model/reading.h"
#include "report/html_sections.h"

namespace ct::report {

namespace {

// Per session of one series: threads first seen, changed, back, dropped.
struct SessionCounts {
  std::size_t appeared = 0, changed = 0, back = 0, dropped = 0;
};

bool changes_wording(Change c) {
  return c == Change::Reworded || c == Change::Amended || c == Change::Merged || c == Change::Split;
}

std::vector<SessionCounts> count_sessions(const ReportContext& cx, std::size_t s) {
  std::vector<SessionCounts> out(cx.corpus.series[s].sessions.size());
  for (std::size_t t : cx.index.series_threads(s)) {
    const auto& cells = cx.index.presence(t, s);
    if (cells.empty()) continue;
    const auto& counted = cx.index.counted(t, s);
    const Thread& thread = cx.corpus.threads[t];
    if (is_furniture(cx.corpus, thread)) continue;  // titles and datelines are not news
    bool seen = false;                              // present in an earlier session
    bool before = false;  // present in the counted session before this one
    for (std::size_t k = 0; k < cells.size(); ++k) {
      if (!counted[k]) continue;  // another strand's session: nothing to say
      const bool here = !cells[k].empty();
      const bool was = before;
      before = here;
      if (!here) {
        if (was) ++out[k].dropped;
        continue;
      }
      if (!seen)
        ++out[k].appeared;
      else if (!was)
        ++out[k].back;
      seen = true;
      for (std::size_t m : cells[k])
        if (changes_wording(thread.members[m].change)) {
          ++out[k].changed;
          break;
        }
    }
  }
  return out;
}

}  // namespace

std::string timeline_section(ReportContext& cx) {
  const Corpus& corpus = cx.corpus;
  std::vector<Data> series;
  for (std::size_t s = 0; s < corpus.series.size(); ++s) {
    if (cx.split() && cx.here().series != s) continue;  // a page shows its series
    const Series& ser = corpus.series[s];
    std::vector<SessionCounts> counts = count_sessions(cx, s);
    const std::vector<std::string> letters = strand_letters(ser);
    const std::size_t texts = strand_count(letters);
    const std::size_t first = cx.split() ? cx.here().first : 0;
    const std::size_t last = cx.split() ? cx.here().last : ser.sessions.size();
    Data sd;
    sd["id"] = Data(ser.id);
    sd["anchor"] = Data(ReportIndex::series_anchor("timeline", ser.id));
    sd["title"] = Data(series_title(ser));
    sd["sessions_count"] = Data(plural(ser.sessions.size(), "session"));
    sd["documents_count"] = Data(plural(ser.documents.size(), "document"));
    sd["strands"] = opt(texts >= 2 ? "Sessions marked " + strand_span(texts) +
                                         " are the recurring texts of this agenda item: a thread "
                                         "comes back or is dropped among the sessions of its own."
                                   : std::string());
    std::vector<Data> sessions;
    for (std::size_t k = first; k < last; ++k) {
      const Session& session = ser.sessions[k];
      Data kd;
      kd["date"] = Data(date_or_undated(session.date));
      kd["datetime"] = Data(session.date);
      kd["key"] = opt(session.key != session.date ? session.key : std::string());
      kd["strand"] = opt(letters[k]);
      kd["partial"] = Data(ser.sessions[k].partial);
      std::string place;
      for (std::size_t doc : session.documents)
        if (place.empty()) place = corpus.documents[doc].place;
      kd["place"] = opt(place);
      std::vector<Data> docs;
      for (std::size_t doc : session.documents) docs.push_back(document_data(cx, doc));
      kd["many"] = Data(docs.size() > 6);
      kd["documents_count"] = Data(plural(docs.size(), "document"));
      kd["documents"] = list_of(std::move(docs));
      kd["languages"] = opt(languages(corpus, session.documents));
      const SessionCounts& c = counts[k];
      kd["appeared"] =
          Data(k == 0 ? plural(c.appeared, "thread") : std::to_string(c.appeared) + " new");
      kd["changed"] = Data(std::to_string(c.changed));
      kd["back"] = Data(std::to_string(c.back));
      kd["dropped"] = Data(std::to_string(c.dropped));
      kd["has_changed"] = Data(c.changed > 0);
      kd["has_back"] = Data(c.back > 0);
      kd["has_dropped"] = Data(c.dropped > 0);
      kd["first"] = Data(k == 0);
      sessions.push_back(std::move(kd));
    }
    sd["sessions"] = list_of(std::move(sessions));
    series.push_back(std::move(sd));
  }
  // Documents outside every series still get an anchor.
  std::vector<Data> loose;
  if (!cx.split()) {
    for (std::size_t doc = 0; doc < corpus.documents.size(); ++doc)
      if (cx.index.series_of(doc) == ReportIndex::npos) loose.push_back(document_data(cx, doc));
  } else if (cx.here().loose) {
    for (std::size_t n = cx.here().first; n < cx.here().last; ++n)
      loose.push_back(document_data(cx, cx.pages.loose_document(n)));
  }
  Data d;
  d["has_loose"] = Data(!loose.empty());
  d["loose"] = list_of(std::move(loose));
  d["series"] = list_of(std::move(series));
  return cx.templates.render("timeline.html", d);
}

}  // namespace ct::report

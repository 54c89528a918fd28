// The summary at the top of the report: what the corpus holds (series,
// documents by session and language) and what happened to it (threads by
// status, versions by change class, findings by severity).
#include <algorithm>
#include <array>
#include <set>

#include "model/reading.h"
#include "report/html_sections.h"

namespace ct::report {

namespace {

Data tile(std::size_t value, std::string what, std::string href) {
  Data d;
  d["value"] = Data(std::to_string(value));
  d["what"] = Data(std::move(what));
  d["href"] = Data(std::move(href));
  return d;
}

// A count with its label, and the filter a click on it sets.
Data counted(const Label& l, std::size_t n, std::string filter, std::string href) {
  Data d = label_data(l);
  d["count"] = Data(std::to_string(n));
  d["filter"] = Data(std::move(filter));
  d["value"] = Data(std::string(l.text));
  d["href"] = Data(std::move(href));
  d["zero"] = Data(n == 0);
  return d;
}

}  // namespace

std::string summary_section(ReportContext& cx) {
  const Corpus& corpus = cx.corpus;
  Data d;

  std::set<std::string> all_langs;
  std::string first_date, last_date;
  for (const Document& doc : corpus.documents) {
    if (!doc.language.empty()) all_langs.insert(doc.language);
    if (doc.date.empty()) continue;
    if (first_date.empty() || doc.date < first_date) first_date = doc.date;
    if (last_date.empty() || doc.date > last_date) last_date = doc.date;
  }
  d["first_date"] = Data(date_or_undated(first_date));
  d["last_date"] = Data(date_or_undated(last_date));
  d["has_dates"] = Data(!first_date.empty());
  std::string langs;
  for (const auto& l : all_langs) langs += (langs.empty() ? "" : ", ") + l;
  d["languages"] = opt(langs);

  // The index of a split report has the series list and a findings summary
  // where the one page has its timeline, threads and findings.
  const bool split = cx.split();
  const std::string timeline = split ? "#series" : "#timeline";
  const std::string threads = split ? "#series" : "#threads";
  const std::string findings = "#findings";
  std::vector<Data> tiles;
  tiles.push_back(tile(corpus.series.size(), "series", timeline));
  tiles.push_back(tile(corpus.documents.size(), "documents", timeline));
  tiles.push_back(tile(corpus.clauses.size(), "clauses", threads));
  tiles.push_back(tile(corpus.threads.size(), "threads", threads));
  tiles.push_back(tile(corpus.findings.size(), "findings", findings));
  d["tiles"] = list_of(std::move(tiles));

  // Documents by session and language, one row per session, grouped by series.
  std::vector<Data> lang_heads;
  for (const auto& l : all_langs) lang_heads.push_back(Data(l));
  d["language_heads"] = list_of(std::move(lang_heads));
  std::vector<Data> series_rows;
  for (const Series& s : corpus.series) {
    if (split) break;  // the series list of the index says it per series
    Data sd;
    sd["id"] = Data(s.id);
    sd["title"] = Data(series_title(s));
    sd["href"] = Data("#" + ReportIndex::series_anchor("timeline", s.id));
    sd["documents"] = Data(plural(s.documents.size(), "document"));
    sd["sessions_count"] = Data(plural(s.sessions.size(), "session"));
    sd["languages"] = opt(languages(corpus, s.documents));
    std::vector<Data> sessions;
    for (const Session& k : s.sessions) {
      Data kd;
      kd["date"] = Data(date_or_undated(k.date));
      kd["key"] = opt(k.key != k.date ? k.key : std::string());
      std::string place;
      for (std::size_t doc : k.documents)
        if (place.empty()) place = corpus.documents[doc].place;
      kd["place"] = opt(place);
      std::vector<Data> cells;
      for (const auto& l : all_langs) {
        std::size_t n = std::count_if(k.documents.begin(), k.documents.end(), [&](std::size_t doc) {
          return corpus.documents[doc].language == l;
        });
        Data c;
        c["n"] = Data(n ? std::to_string(n) : std::string());
        c["none"] = Data(n == 0);
        cells.push_back(std::move(c));
      }
      kd["cells"] = list_of(std::move(cells));
      kd["total"] = Data(std::to_string(k.documents.size()));
      sessions.push_back(std::move(kd));
    }
    sd["sessions"] = list_of(std::move(sessions));
    series_rows.push_back(std::move(sd));
  }
  d["series"] = list_of(std::move(series_rows));
  d["has_series"] = Data(!split && !corpus.series.empty());
  d["span"] = Data(std::to_string(all_langs.size() + 3));

  // Threads by status count what the documents say; their furniture apart.
  std::array<std::size_t, 5> statuses{};
  std::size_t furniture = 0;
  for (const Thread& t : corpus.threads) {
    if (is_furniture(corpus, t))
      ++furniture;
    else
      ++statuses[static_cast<std::size_t>(t.status)];
  }
  d["furniture"] = furniture ? Data(plural(furniture, "thread")) : Data(false);
  std::vector<Data> st;
  for (Status s :
       {Status::Persistent, Status::Modified, Status::New, Status::Dropped, Status::Intermittent})
    st.push_back(
        counted(label(s), statuses[static_cast<std::size_t>(s)], split ? "" : "status", threads));
  d["statuses"] = list_of(std::move(st));

  std::array<std::size_t, 8> changes{};
  for (const Thread& t : corpus.threads)
    for (const ThreadMember& m : t.members) ++changes[static_cast<std::size_t>(m.change)];
  std::vector<Data> ch;
  for (int c = 0; c < 8; ++c)
    ch.push_back(
        counted(label(static_cast<Change>(c)), changes[c], split ? "" : "change", threads));
  d["changes"] = list_of(std::move(ch));

  std::array<std::size_t, 3> severities{};
  for (const Finding& f : corpus.findings) ++severities[static_cast<std::size_t>(f.severity)];
  std::vector<Data> sv;
  for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
    sv.push_back(counted(label(s), severities[static_cast<std::size_t>(s)], split ? "" : "severity",
                         findings));
  d["severities"] = list_of(std::move(sv));
  d["no_findings"] = Data(corpus.findings.empty());

  return cx.templates.render("summary.html", d);
}

}  // namespace ct::report

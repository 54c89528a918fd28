// The lifecycle matrix of each series: threads as rows, sessions as columns,
// each cell the change of the thread's version in that session (symbol and
// label, linking to the clause), "absent" after it first appeared and
// "not yet" before; "other text" in a session the thread is not measured
// against (another strand of the agenda item: ReportIndex::counted), whose
// column names its strand by a letter. Rows are written with HtmlWriter
// (html_writer.h says why); the table around them is a template.
#include <algorithm>

#include "graph/ids.h"
#include "model/reading.h"
#include "report/html_sections.h"

namespace ct::report {

namespace {

void write_cell(HtmlWriter& w, const ReportContext& cx, const Thread& thread,
                const std::vector<std::size_t>& members) {
  // The most telling change first; the others after it, once each.
  std::vector<std::size_t> order = members;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return weight(thread.members[a].change) > weight(thread.members[b].change);
  });
  const ThreadMember& top = thread.members[order.front()];
  Label main = label(top.change);
  std::string title;
  for (std::size_t m : order) {
    const ThreadMember& member = thread.members[m];
    title += (title.empty() ? "" : ", ") + cx.corpus.clauses[member.clause].id + " (" +
             std::string(name(member.change)) + ")";
  }
  w.open("td", {{"class", "cell " + std::string(main.css)}, {"title", title}})
      .open("a", {{"href", clause_href(cx, top.clause)}})
      .symbol(main.symbol)
      .raw(" ")
      .text(main.text)
      .close("a");
  std::vector<Change> seen{top.change};
  for (std::size_t m : order) {
    Change c = thread.members[m].change;
    if (std::find(seen.begin(), seen.end(), c) != seen.end()) continue;
    seen.push_back(c);
    Label more = label(c);
    w.open("span", {{"class", "more"}})
        .raw(" \u00B7 ")
        .symbol(more.symbol)
        .raw(" ")
        .text(more.text)
        .close("span");
  }
  w.close("td");
}

void write_empty_cell(HtmlWriter& w, bool after_first) {
  Label l = after_first ? absent_label() : not_yet_label();
  w.open("td", {{"class", "cell " + std::string(l.css)}}).symbol(l.symbol);
  if (after_first)
    w.raw(" ").text(l.text);
  else
    w.element("span", {{"class", "sr-only"}}, l.text);
  w.close("td");
}

// A session of another text of the agenda item (`letter`: its strand, or ""
// for a text of no strand): neither absent nor not yet, just not this
// thread's text. Short: a page of a long agenda item has thousands.
void write_other_cell(HtmlWriter& w, const std::string& letter, bool partial) {
  Label l = other_text_label();
  std::string title(partial ? "short text" : l.text);
  if (!letter.empty()) title += " (" + letter + ")";
  w.open("td", {{"class", "cell " + std::string(l.css)}, {"title", title}})
      .symbol(l.symbol)
      .element("span", {{"class", "sr-only"}}, l.text)
      .close("td");
}

// Sessions shown per series: a longer series shows its newest sessions (the
// page stays readable and its size linear in the corpus); the thread cards
// and tracker.json keep the whole history.
constexpr std::size_t kMaxMatrixSessions = 30;

void write_row(HtmlWriter& w, const ReportContext& cx, std::size_t t, std::size_t s,
               std::size_t from, std::size_t until, const std::vector<std::string>& letters) {
  const auto& cells = cx.index.presence(t, s);
  const auto& counted = cx.index.counted(t, s);
  const Thread& thread = cx.corpus.threads[t];
  ThreadAttrs a = thread_attrs(cx, t);
  w.open("tr", {{"data-row", a.id},
                {"data-series", a.series},
                {"data-status", a.status},
                {"data-changes", a.changes},
                {"data-severities", a.severities, !a.severities.empty()}});
  w.open("th", {{"scope", "row"}, {"class", "m-thread"}})
      .open("a", {{"href", thread_href(cx, t)}})
      .element("span", {{"class", "tid"}}, a.id)
      .raw(" ");
  write_thread_label(w, cx.corpus, thread);
  w.close("a").close("th");
  w.open("td", {{"class", "m-status " + std::string(a.status_label.css)}})
      .symbol(a.status_label.symbol)
      .raw(" ")
      .text(a.status_label.text)
      .close("td");
  bool seen = false;
  for (std::size_t k = 0; k < from; ++k) seen = seen || !cells[k].empty();
  for (std::size_t k = from; k < until; ++k) {
    const auto& members = cells[k];
    if (members.empty()) {
      if (counted[k])
        write_empty_cell(w, seen);
      else
        write_other_cell(w, letters[k], cx.corpus.series[s].sessions[k].partial);
    } else {
      seen = true;
      write_cell(w, cx, thread, members);
    }
  }
  w.close("tr").raw("\n");
}

}  // namespace

ThreadAttrs thread_attrs(const ReportContext& cx, std::size_t t) {
  const Thread& thread = cx.corpus.threads[t];
  ThreadAttrs a;
  a.id = thread.id;
  a.anchor = graph::thread_anchor(thread.id);
  for (std::size_t s : cx.index.thread_series(t))
    a.series += (a.series.empty() ? "" : " ") + cx.corpus.series[s].id;
  a.status = std::string(name(thread.status));
  a.status_label = label(thread.status);
  std::vector<Change> changes;
  std::vector<Severity> severities;
  for (const ThreadMember& m : thread.members) {
    if (std::find(changes.begin(), changes.end(), m.change) == changes.end())
      changes.push_back(m.change);
    if (m.clause >= cx.corpus.clauses.size()) continue;
    for (std::size_t f : cx.index.findings_at(m.clause)) {
      Severity s = cx.corpus.findings[f].severity;
      if (std::find(severities.begin(), severities.end(), s) == severities.end())
        severities.push_back(s);
    }
  }
  std::sort(changes.begin(), changes.end());
  std::sort(severities.begin(), severities.end());
  for (Change c : changes) a.changes += (a.changes.empty() ? "" : " ") + std::string(name(c));
  for (Severity s : severities)
    a.severities += (a.severities.empty() ? "" : " ") + std::string(name(s));
  return a;
}

std::string matrix_section(ReportContext& cx) {
  const Corpus& corpus = cx.corpus;
  std::vector<Data> series;
  bool any_strands = false;  // then the legend tells "other text"
  for (std::size_t s = 0; s < corpus.series.size(); ++s) {
    if (cx.split() && cx.here().series != s) continue;  // a page shows its series
    const Series& ser = corpus.series[s];
    const std::vector<std::string> letters = strand_letters(ser);
    const std::size_t texts = strand_count(letters);
    Data sd;
    sd["id"] = Data(ser.id);
    sd["anchor"] = Data(ReportIndex::series_anchor("lifecycle", ser.id));
    sd["title"] = Data(series_title(ser));
    std::vector<Data> columns;
    // The sessions of the page (a split page has at most kMaxPageSessions).
    const std::size_t until = cx.split() ? cx.here().last : ser.sessions.size();
    const std::size_t start = cx.split() ? cx.here().first : 0;
    const std::size_t from =
        until - start > kMaxMatrixSessions ? until - kMaxMatrixSessions : start;
    for (std::size_t i = from; i < until; ++i) {
      const Session& k = ser.sessions[i];
      Data c;
      c["date"] = Data(date_or_undated(k.date));
      c["key"] = opt(k.key != k.date ? k.key : std::string());
      c["languages"] = opt(languages(corpus, k.documents));
      c["strand"] = opt(letters[i]);
      c["partial"] = Data(k.partial);
      any_strands = any_strands || k.partial;  // its cells are "other text" too
      columns.push_back(std::move(c));
    }
    sd["columns"] = list_of(std::move(columns));
    // An agenda item of several recurring texts: which column is which.
    const bool stranded = texts >= 2 && ser.sessions.size() >= 2;
    any_strands = any_strands || texts > 0;  // cells of "other text" can be drawn
    std::string note;
    if (stranded) {
      note = "This agenda item interleaves " +
             (texts == 2 ? std::string("two") : std::to_string(texts)) + " recurring texts, " +
             strand_span(texts) +
             ", as marked in the column heads. A thread is followed through the sessions of its "
             "own text: those of another are \u201Cother text\u201D, not absent.";
      if (std::count(letters.begin(), letters.end(), std::string()) > 0)
        note += " A column without a letter is a text like no other.";
    }
    if (std::any_of(ser.sessions.begin(), ser.sessions.end(),
                    [](const Session& k) { return k.partial; }))
      note += std::string(note.empty() ? "" : " ") +
              "A column marked \u201Cshort\u201D is a short text (a technical rollover): a "
              "thread it leaves out is not absent from it.";
    sd["strands"] = opt(std::move(note));
    // One session compares nothing: no matrix, a sentence instead.
    sd["single"] = Data(ser.sessions.size() < 2);
    std::string rows;
    std::size_t count = 0, older = 0;
    if (ser.sessions.size() >= 2) {
      HtmlWriter w(rows);
      // Rows in reading order (model/reading.h): demands before furniture.
      std::vector<std::size_t> order = cx.index.series_threads(s);
      sort_for_reading(corpus, order);
      for (std::size_t t : order) {
        const auto& cells = cx.index.presence(t, s);
        if (cells.empty()) continue;
        if (std::all_of(cells.begin() + static_cast<std::ptrdiff_t>(from),
                        cells.begin() + static_cast<std::ptrdiff_t>(until),
                        [](const auto& m) { return m.empty(); })) {
          // Ended before the sessions shown (or, on a page, outside them).
          if (std::any_of(cells.begin(), cells.begin() + static_cast<std::ptrdiff_t>(from),
                          [](const auto& m) { return !m.empty(); }))
            ++older;
          continue;
        }
        write_row(w, cx, t, s, from, until, letters);
        ++count;
      }
    }
    if (from > start)
      sd["window_note"] =
          Data("The newest " + std::to_string(kMaxMatrixSessions) + " of " +
               std::to_string(ser.sessions.size()) + " sessions; " + plural(older, "thread") +
               " that ended before them are in the thread list and tracker.json.");
    sd["rows_count"] = Data(plural(count, "thread"));
    sd["rows_html"] = cx.templates.slot(std::move(rows));
    series.push_back(std::move(sd));
  }
  Data d;
  d["series"] = list_of(std::move(series));
  std::vector<Data> legend;
  for (int c = 0; c < 8; ++c) legend.push_back(label_data(label(static_cast<Change>(c))));
  legend.push_back(label_data(absent_label()));
  legend.push_back(label_data(not_yet_label()));
  if (any_strands) legend.push_back(label_data(other_text_label()));
  d["legend"] = list_of(std::move(legend));
  return cx.templates.render("matrix.html", d);
}

}  // namespace ct::report

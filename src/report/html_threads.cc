// The threads: for each, its versions side by side, grouped by session so the
// languages of one sitting stand next to each other; each version with its
// change class, document, date, clause number, source lines and word-level
// changes (<ins>/<del>), and links both ways to the version it was compared
// with, to later versions that merged or split it, and to the other threads
// a merged or split clause belongs to. Thread cards are written with
// HtmlWriter (html_writer.h says why), the section around them is a template.
#include <algorithm>

#include "diff/word_diff.h"
#include "graph/ids.h"
#include "model/reading.h"
#include "report/html_escape.h"
#include "report/html_sections.h"
#include "report/text_direction.h"

namespace ct::report {

namespace {

// Other threads (or later versions in them) named under a version, the rest
// counted.
constexpr std::size_t kMaxAlsoIn = 8;

std::string clause_number(const Clause& c) {
  if (!c.number.empty()) return "\u00A7\u00A0" + c.number;
  return c.key.empty() ? c.id : c.key;
}

std::string lines_text(const Clause& c) {
  if (c.end_line > c.line)
    return "lines " + std::to_string(c.line) + "\u2013" + std::to_string(c.end_line);
  return "line " + std::to_string(c.line);
}

void badge(HtmlWriter& w, const Label& l) {
  w.open("span", {{"class", "badge " + std::string(l.css)}})
      .symbol(l.symbol)
      .raw(" ")
      .text(l.text)
      .close("span");
}

// "relation <a href=…>§ 8 in doc</a> (renumbered …)"
void clause_link(HtmlWriter& w, const ReportContext& cx, std::string_view relation,
                 std::size_t clause, std::string_view note) {
  const Clause& c = cx.corpus.clauses[clause];
  w.open("li")
      .text(relation)
      .raw(" ")
      .open("a", {{"href", clause_href(cx, clause)}})
      .text(clause_number(c))
      .raw(" in ")
      .text(cx.corpus.documents[c.doc].id)
      .close("a");
  if (!note.empty())
    w.raw(" ").element("span", {{"class", "muted"}}, "(" + std::string(note) + ")");
  w.close("li");
}

// How a clause moved between two versions, said from `from` (forward) or
// from `to`: a new printed number ("renumbered 9"), or, for clauses without
// one, a new place among their kind ("moved to pre.5"). "" when it stayed.
std::string move_note(const Clause& from, const Clause& to, bool forward) {
  if (!from.number.empty() && !to.number.empty()) {
    if (from.number == to.number) return {};
    return forward ? "renumbered " + to.number : "renumbered from " + from.number;
  }
  if (!from.number.empty() || !to.number.empty() || from.key == to.key) return {};
  // Keys are "KIND.N": only a change of place within one kind is a move.
  std::size_t a = from.key.rfind('.'), b = to.key.rfind('.');
  if (a == std::string::npos || b == std::string::npos || from.key.compare(0, a, to.key, 0, b) != 0)
    return {};
  return forward ? "moved to " + to.key : "moved from " + from.key;
}

std::string_view earlier_relation(Change c) {
  switch (c) {
    case Change::Translated:
      return "translation of";
    case Change::Merged:
      return "merges";
    case Change::Split:
      return "split from";
    default:
      return "compared with";
  }
}

std::string_view later_relation(Change c) {
  switch (c) {
    case Change::Translated:
      return "translated as";
    case Change::Merged:
      return "merged into";
    case Change::Split:
      return "split into";
    default:
      return "next version";
  }
}

void write_version(HtmlWriter& w, const ReportContext& cx, std::size_t t, std::size_t m) {
  const Corpus& corpus = cx.corpus;
  const Thread& thread = corpus.threads[t];
  const ThreadMember& member = thread.members[m];
  const Clause& c = corpus.clauses[member.clause];
  const Document& doc = corpus.documents[c.doc];
  Label change = label(member.change);
  bool anchored = cx.index.anchored_here(member.clause, {t, m});
  std::string anchor = anchored ? cx.index.clause_anchor(member.clause) : std::string();

  w.open("div", {{"class", "version " + std::string(change.css)}, {"id", anchor, anchored}});
  w.open("h5", {{"class", "version-head"}});
  badge(w, change);
  w.raw(" ")
      .element("span", {{"class", c.number.empty() ? "num key" : "num"}}, clause_number(c))
      .raw(" ")
      .element("a", {{"class", "doc"}, {"href", document_href(cx, c.doc)}}, doc.id);
  if (!doc.language.empty()) w.raw(" ").element("span", {{"class", "lang"}}, doc.language);
  w.close("h5");

  w.open("p", {{"class", "where"}})
      .text(date_or_undated(doc.date))
      .raw(" \u00B7 ")
      .text(name(c.role))
      .raw(" \u00B7 ")
      .element("span", {{"class", "src"}}, doc.source + ", " + lines_text(c))
      .close("p");

  // The corpus text in its own language; the rest of the card is English.
  w.open("p", {{"class", "text"},
               {"lang", doc.language, !doc.language.empty()},
               {"dir", text_direction(doc.language)}});
  if (member.against && !member.diff.empty() && member.change != Change::Translated)
    w.raw(diff::render_html(member.diff, &html_escape));
  else
    w.text(c.text);
  w.close("p");

  if (!member.facts.empty()) {
    w.open("ul", {{"class", "facts"}, {"aria-label", "Facts changed"}});
    for (const std::string& f : member.facts) w.element("li", {}, f);
    w.close("ul");
  }

  // The version it was compared with, and later versions compared with it
  // that a reader would not find next to it: the way back from them.
  bool has_earlier = member.against && *member.against < corpus.clauses.size();
  // Threads merged into one latest member share their later versions: each
  // later clause is listed once per relation.
  std::vector<MemberRef> later;
  std::vector<std::pair<std::size_t, std::string_view>> listed;
  for (const MemberRef& r : cx.index.successors(member.clause)) {
    const ThreadMember& l = corpus.threads[r.thread].members[r.member];
    bool next_here = r.thread == t && r.member == m + 1;
    if (next_here && l.change != Change::Merged && l.change != Change::Split) continue;
    const std::pair<std::size_t, std::string_view> key{l.clause, later_relation(l.change)};
    if (std::find(listed.begin(), listed.end(), key) != listed.end()) continue;
    listed.push_back(key);
    later.push_back(r);
  }
  if (has_earlier || !later.empty()) {
    w.open("ul", {{"class", "links"}});
    if (has_earlier) {
      const Clause& older = corpus.clauses[*member.against];
      clause_link(w, cx, earlier_relation(member.change), *member.against,
                  move_note(older, c, false));
    }
    for (std::size_t k = 0; k < later.size(); ++k) {
      if (k == kMaxAlsoIn) {
        w.element("li", {{"class", "muted"}},
                  "and " + plural(later.size() - k, "later version") + " in other threads");
        break;
      }
      const MemberRef& r = later[k];
      const ThreadMember& l = corpus.threads[r.thread].members[r.member];
      const Clause& lc = corpus.clauses[l.clause];
      clause_link(w, cx, later_relation(l.change), l.clause, move_note(c, lc, true));
    }
    w.close("ul");
  }

  const auto& memberships = cx.index.memberships(member.clause);
  if (memberships.size() > 1) {
    w.open("ul", {{"class", "links"}});
    std::size_t shown = 0;
    for (const MemberRef& r : memberships) {
      if (r.thread == t) continue;
      // A clause that many threads merged into would list them all in each
      // of them: the page would grow with the square of the merges.
      if (shown == kMaxAlsoIn) {
        w.element("li", {{"class", "muted"}},
                  "and in " + plural(memberships.size() - 1 - shown, "more thread"));
        break;
      }
      ++shown;
      const Thread& other = corpus.threads[r.thread];
      w.open("li")
          .raw("also in ")
          .open("a", {{"href", thread_href(cx, r.thread)}})
          .element("span", {{"class", "tid"}}, other.id)
          .raw(" ");
      write_thread_label(w, corpus, other);
      w.close("a")
          .raw(" ")
          .element("span", {{"class", "muted"}},
                   "(" + std::string(label(other.members[r.member].change).text) + ")")
          .close("li");
    }
    w.close("ul");
  }

  const auto& findings = cx.index.findings_at(member.clause);
  if (!findings.empty()) {
    w.open("ul", {{"class", "version-findings"}});
    for (std::size_t f : findings) {
      const Finding& finding = corpus.findings[f];
      Label sev = label(finding.severity);
      w.open("li", {{"class", sev.css}})
          .open("a", {{"href", finding_href(cx, f)}})
          .symbol(sev.symbol)
          .raw(" ")
          .text(std::string(sev.text) + ": " + finding.rule)
          .close("a")
          .close("li");
    }
    w.close("ul");
  }
  w.close("div");
}

// A thread whose versions fall on several pages: links to the others.
void write_other_pages(HtmlWriter& w, const ReportContext& cx, std::size_t t) {
  const Thread& thread = cx.corpus.threads[t];
  std::vector<std::pair<std::size_t, std::size_t>> others;  // page, first member there
  for (std::size_t m = 0; m < thread.members.size(); ++m) {
    std::size_t p = cx.pages.member_page(t, m);
    if (p == cx.page) continue;
    if (std::none_of(others.begin(), others.end(), [&](const auto& o) { return o.first == p; }))
      others.emplace_back(p, m);
  }
  if (others.empty()) return;
  std::sort(others.begin(), others.end());
  w.open("p", {{"class", "thread-pages"}}).text("Versions on other pages: ");
  for (std::size_t i = 0; i < others.size(); ++i) {
    if (i) w.raw(", ");
    std::size_t c = thread.members[others[i].second].clause;
    std::string href =
        c < cx.corpus.clauses.size() && cx.index.anchored_here(c, {t, others[i].second})
            ? clause_href(cx, c)
            : cx.pages.href(cx.page, others[i].first, graph::thread_anchor(thread.id));
    w.element("a", {{"href", href}}, page_range(cx, others[i].first));
  }
  w.close("p");
}

void write_thread(std::string& out, const ReportContext& cx, std::size_t t) {
  const Corpus& corpus = cx.corpus;
  const Thread& thread = corpus.threads[t];
  ThreadAttrs a = thread_attrs(cx, t);

  // Members in groups: consecutive members of one session (or of one
  // document outside any series) stand side by side.
  struct Group {
    std::size_t doc;
    std::vector<std::size_t> members;
  };
  std::vector<Group> groups;
  std::pair<std::size_t, std::size_t> current{ReportIndex::npos, ReportIndex::npos};
  std::string first_date, last_date;
  std::size_t sessions = 0;
  bool shown_last = false;
  for (std::size_t m = 0; m < thread.members.size(); ++m) {
    std::size_t clause = thread.members[m].clause;
    if (clause >= corpus.clauses.size()) continue;
    std::size_t doc = corpus.clauses[clause].doc;
    const std::string& date = corpus.documents[doc].date;
    if (!date.empty() && (first_date.empty() || date < first_date)) first_date = date;
    if (!date.empty() && (last_date.empty() || date > last_date)) last_date = date;
    bool here = cx.pages.member_page(t, m) == cx.page;
    std::size_t s = cx.index.series_of(doc), k = cx.index.session_of(doc);
    auto key = s == ReportIndex::npos || k == ReportIndex::npos
                   ? std::make_pair(ReportIndex::npos, doc)
                   : std::make_pair(s, k);
    if (m == 0 || key != current) ++sessions;
    if (here && (groups.empty() || key != current || !shown_last)) groups.push_back({doc, {}});
    current = key;
    shown_last = here;
    if (here) groups.back().members.push_back(m);
  }

  HtmlWriter w(out);
  std::string heading = a.anchor + "-h";
  w.open("article", {{"class", "thread " + std::string(a.status_label.css) +
                                   (thread.members.size() == 1 ? " single" : "")},
                     {"id", a.anchor},
                     {"data-thread", a.id},
                     {"data-series", a.series},
                     {"data-status", a.status},
                     {"data-changes", a.changes},
                     {"data-severities", a.severities, !a.severities.empty()},
                     {"aria-labelledby", heading}});
  w.open("header", {{"class", "thread-head"}})
      .open("h4", {{"id", heading}})
      .open("a", {{"class", "self"}, {"href", "#" + a.anchor}})
      .element("span", {{"class", "tid"}}, a.id)
      .close("a")
      .raw(" ");
  write_thread_label(w, corpus, thread);
  w.close("h4");
  w.open("p", {{"class", "thread-meta"}});
  badge(w, a.status_label);
  // One version: its card says where and when.
  if (thread.members.size() > 1) {
    w.raw(" ").text(plural(thread.members.size(), "version") + " in " +
                    plural(sessions, "session") + " \u00B7 " + date_or_undated(first_date));
    if (first_date != last_date) w.raw(" \u2192 ").text(date_or_undated(last_date));
  }
  w.close("p");
  if (cx.split()) write_other_pages(w, cx, t);
  w.close("header");

  w.open("div", {{"class", "sessions"}});
  for (const Group& g : groups) {
    const Document& doc = corpus.documents[g.doc];
    std::string date = doc.date, key;
    std::size_t s = cx.index.series_of(g.doc), k = cx.index.session_of(g.doc);
    if (s != ReportIndex::npos && k != ReportIndex::npos) {
      const Session& session = corpus.series[s].sessions[k];
      date = session.date;
      if (session.key != session.date) key = session.key;
    }
    w.open("div", {{"class", g.members.size() > 1 ? "session-group pair" : "session-group"}});
    w.open("p", {{"class", "session-label"}}).element("time", {}, date_or_undated(date));
    if (!key.empty()) w.raw(" \u00B7 ").text(key);
    if (!doc.place.empty()) w.raw(" \u00B7 ").text(doc.place);
    w.close("p");
    w.open("div", {{"class", "versions"}});
    for (std::size_t m : g.members) write_version(w, cx, t, m);
    w.close("div").close("div");
  }
  w.close("div").close("article").raw("\n");
}

}  // namespace

std::string threads_section(ReportContext& cx) {
  const Corpus& corpus = cx.corpus;
  // Threads listed under their home series in reading order (model/reading.h),
  // the furniture apart; those with no series after them.
  std::vector<std::vector<std::size_t>> by_series(corpus.series.size() + 1);
  for (std::size_t t : cx.pages.threads_on(cx.page)) {  // not those on other pages
    std::size_t s = cx.index.home_series(t);
    by_series[s == ReportIndex::npos ? corpus.series.size() : s].push_back(t);
  }
  std::vector<Data> series;
  for (std::size_t s = 0; s < by_series.size(); ++s) {
    if (by_series[s].empty()) continue;
    Data sd;
    bool listed = s < corpus.series.size();
    sd["id"] = Data(listed ? corpus.series[s].id : std::string());
    sd["anchor"] =
        Data(ReportIndex::series_anchor("threads", listed ? corpus.series[s].id : "none"));
    sd["title"] = Data(listed ? series_title(corpus.series[s]) : std::string("Outside any series"));
    sd["count"] = Data(plural(by_series[s].size(), "thread"));
    sort_for_reading(corpus, by_series[s]);
    std::string html, furniture;
    std::size_t furniture_count = 0;
    for (std::size_t t : by_series[s]) {
      bool f = is_furniture(corpus, corpus.threads[t]);
      furniture_count += f;
      write_thread(f ? furniture : html, cx, t);
    }
    sd["threads_html"] = cx.templates.slot(std::move(html));
    sd["furniture_html"] = cx.templates.slot(std::move(furniture));
    sd["furniture_count"] = furniture_count ? Data(plural(furniture_count, "thread")) : Data(false);
    series.push_back(std::move(sd));
  }
  Data d;
  d["series"] = list_of(std::move(series));
  d["none"] = Data(corpus.threads.empty());
  return cx.templates.render("threads.html", d);
}

}  // namespace ct::report

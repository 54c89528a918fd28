// Internal to the HTML report: the sections of the page, each built from the
// model into template data and rendered by its own template (assets/*.html),
// and the small pieces of data several sections share.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/corpus.h"
#include "report/html_index.h"
#include "report/html_labels.h"
#include "report/html_pages.h"
#include "report/html_report.h"
#include "report/html_search.h"
#include "report/html_template.h"
#include "report/html_writer.h"

namespace ct::report {

struct ReportContext {
  const Corpus& corpus;
  const HtmlInputs& inputs;
  const ReportIndex& index;
  Templates& templates;
  const PageMap& pages;
  std::size_t page = 0;  // the page being written

  bool split() const { return !pages.is_single(); }
  const Page& here() const { return pages.page(page); }
};

// Links from the page being written ("#anchor", or "FILE#anchor" when the
// target lives on another page).
std::string clause_href(const ReportContext& cx, std::size_t clause);
std::string document_href(const ReportContext& cx, std::size_t doc);
std::string thread_href(const ReportContext& cx, std::size_t thread);
std::string finding_href(const ReportContext& cx, std::size_t finding);
// A finding's location: its clause, else its document, else "".
std::string location_href(const ReportContext& cx, const Location& where);
// "Series title, 2001-03-01 – 2004-12-20": what a page of a series shows.
std::string page_label(const ReportContext& cx, std::size_t page);
// Its sessions' dates only ("2001-03-01 – 2004-12-20").
std::string page_range(const ReportContext& cx, std::size_t page);

// The one-page report (html_report.cc).
std::string render_single_page(const Corpus& corpus, const HtmlInputs& inputs,
                               const ReportIndex& index);
// Series page `p` of a split report (html_site.cc); `shape`: the search
// index's, as the page's script needs it.
std::string series_page(const Corpus& corpus, const HtmlInputs& inputs, const ReportIndex& index,
                        const PageMap& pages, std::size_t p, const SearchShape& shape);

std::string summary_section(ReportContext& cx);
std::string timeline_section(ReportContext& cx);
std::string matrix_section(ReportContext& cx);
std::string threads_section(ReportContext& cx);
std::string graphs_section(ReportContext& cx);
std::string findings_section(ReportContext& cx);
// The anchors a Graphviz drawing links to ("href=\"#ANCHOR\"": ANCHOR as
// written, escaped), in the order of the drawing, repeated.
std::vector<std::string_view> svg_link_anchors(std::string_view svg);
std::string entities_section(ReportContext& cx);
// Mentions of an entity its row links to; the rest are counted.
inline constexpr std::size_t kEntityMentionLinks = 4;

// What the filters and the search look at for a thread, shared by its card
// and its lifecycle rows (space-separated words in data-* attributes).
struct ThreadAttrs {
  std::string id, anchor;
  std::string series;      // ids of the series it appears in
  std::string status;      // contract name
  std::string changes;     // contract names of its members' changes
  std::string severities;  // of the findings at its clauses
  Label status_label;
};
ThreadAttrs thread_attrs(const ReportContext& cx, std::size_t t);

// The clause a thread's label was taken from, nullptr when none (no label).
const Clause* label_source(const Corpus& corpus, const Thread& thread);
// The thread's label (its id when it has none), its words in the language and
// direction of that clause: <span class="tlabel" lang="ar" dir="rtl">.
void write_thread_label(HtmlWriter& w, const Corpus& corpus, const Thread& thread);

// The choices of the filter bar.
Data filters_data(const ReportContext& cx);

// A text value, or false when it is empty. Templates test optional texts
// with {{#name}}, and every key is set on every object: mustache looks a
// missing key up in the enclosing objects, which would borrow a parent's.
Data opt(std::string text);
// The <head> every report page shares (assets/head.html, `{{> head}}`): the
// version, the style sheet `css`, and scripts inline only or also from the
// report's folder (the search index of a split report).
void set_head(Data& page, std::string_view css, bool own_scripts);
// {symbol, text, css}.
Data label_data(const Label& l);
// {id, href, date, language, place, title, source, kind}.
Data document_data(const ReportContext& cx, std::size_t doc);
// {href, text: "file:line[:col]"} for a finding location.
Data location_data(const ReportContext& cx, const Location& where);
// The series' title, or its id when it has none.
std::string series_title(const Series& s);
// "2019-09-25" -> the same; "" -> "undated".
std::string date_or_undated(const std::string& date);
// "1 session", "4 sessions"; `many` for a plural not made with "s".
std::string plural(std::size_t n, std::string_view noun, std::string_view many = {});
// Sorted distinct languages of some documents, joined by " ".
std::string languages(const Corpus& corpus, const std::vector<std::size_t>& docs);
// Per session of `s`, the letter the report gives its strand (Session::strand,
// align/strands.h): "A" for the strand of the earliest session, "B" for the
// next to start, ... ("Z", "AA", ...); "" for a session of no strand. All ""
// when the series is one strand.
std::vector<std::string> strand_letters(const Series& s);
// The letter of the `n`th strand to start (0: "A").
std::string strand_letter(std::size_t n);
// How many strands `letters` (strand_letters) name, and how a note names
// them: "A and B", "A to J".
std::size_t strand_count(const std::vector<std::string>& letters);
std::string strand_span(std::size_t count);
// Whether a session of `s` is in a strand (the series interleaves texts).
bool has_strands(const Series& s);
// The style sheet of a page: report.css, and strands.css when the page shows
// a series of strands (the letters and "other text" cells need it; a page
// without stays as it was).
std::string page_css(bool strands);

}  // namespace ct::report

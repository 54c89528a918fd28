// The HTML change report. html_report() makes one self-contained offline
// page: in order, a summary, a timeline of each series, a lifecycle matrix
// (threads x sessions), every thread with its versions side by side and
// word-level changes as <ins>/<del>, the persistence graph of each series as
// inline SVG, the findings, and the entities the graph links to. A small
// embedded script filters (series, status, change class, severity),
// searches and follows deep links (#thread-…, #clause-…); without it the
// page is still complete. Inline CSS with a print stylesheet; no network
// resource (a Content-Security-Policy forbids any). Every corpus text is
// escaped by html_escape, and the same model gives byte-identical output.
//
// html_site() makes the files of `track`: that page when it is small, else
// an index page, the pages of each series (html_pages.h) and a search index
// (html_search.h), the same sections on each page restricted to its part.
//
//   report::HtmlInputs in;
//   in.series_svg = report::series_graphs(corpus, graph::build_graph(corpus));
//   report::html_site(corpus, in, [&](const std::string& path, std::string html) {
//     write_file_atomically(out / path, html);
//   });
#pragma once

#include <functional>
#include <map>
#include <string>

#include "graph/persistence_graph.h"
#include "model/corpus.h"

namespace ct::report {

struct HtmlInputs {
  // Inline SVG of each series' persistence graph by series id (made by
  // html_graph.h from DOT); a series without one gets a short note.
  std::map<std::string, std::string> series_svg;
  // Drawings too large to inline, written beside the page: file name by
  // series id (the page links to them).
  std::map<std::string, std::string> series_svg_file;
  // Why graphs are missing, shown instead of them ("" when none is): on the
  // one page, `graph_note`; on a split report's series page, the reason its
  // own series is not drawn (`series_undrawn`: series id -> reason, "too
  // large ...") and then `graph_note_common`, so that the page does not
  // change with other series.
  std::string graph_note;
  std::string graph_note_common;
  std::map<std::string, std::string> series_undrawn;
  // Entities and their lifecycles (graph stage): the entity section, which
  // the graph's entity links land on. Null: no entity section.
  const graph::Catalogue* catalogue = nullptr;
};

// Series pages kept from an earlier run (`track`'s cache), by the text each
// is made from (html_page_input.h): html_site asks before making a page of
// a split report, and hands over each page it made. The memo writes the
// series pages (bytes as the sink would write them), the sink the rest.
class PageMemo {
 public:
  virtual ~PageMemo() = default;
  // When a page was kept for `input`: writes it as `file` of the report and
  // returns true.
  virtual bool put_kept(const std::string& input, const std::string& file) = 0;
  // Writes `html`, the page made from `input`, as `file` and keeps it.
  virtual void put_made(const std::string& input, const std::string& file, std::string html) = 0;
};

// The whole report as one page.
std::string html_report(const Corpus& corpus, const HtmlInputs& inputs = {});

// Receives each file of a report as it is made: its path relative to the
// output folder ("index.html", "series/x.html", "search/w-3.js") and content.
using ReportSink = std::function<void(const std::string& path, std::string content)>;

// Largest one-page report: past it, the report is split (html_pages.h).
inline constexpr std::size_t kMaxSinglePageBytes = 2'000'000;

// The report as files: one page (index.html) when it stays under
// kMaxSinglePageBytes, else an index page (summary, series, findings, a
// search over every page), the pages of each series (html_pages.h) and the
// search index they load on demand (search/*.js, html_search.h).
// With `overlap`, the search index is written on a second thread while the
// pages are made, and that thread then makes pages too (the sink and `memo`
// are then called from both). With `memo`, the series pages are written by
// the memo, and one kept for the same input is not made again.
void html_site(const Corpus& corpus, const HtmlInputs& inputs, const ReportSink& sink,
               bool overlap = false, PageMemo* memo = nullptr);

}  // namespace ct::report

// The HTML change report (reports/index.html): one self-contained offline
// page, a view of the analysed corpus. In order: a summary, a timeline of
// each series, a lifecycle matrix (threads x sessions), every thread with its
// versions side by side and word-level changes as <ins>/<del>, the
// persistence graph of each series as inline SVG, the findings, and the
// entities the graph links to. A small embedded script filters (series,
// status, change class, severity), searches and follows deep links
// (#thread-…, #clause-…); without it the page is still complete. Inline CSS
// with a print stylesheet; no network resource (a Content-Security-Policy
// forbids any). Every corpus text is escaped by html_escape, and the same
// model gives byte-identical output.
//
//   report::HtmlInputs in;
//   in.series_svg = report::series_graphs(corpus, graph::build_graph(corpus));
//   write_file_atomically(out / "index.html", report::html_report(corpus, in));
#pragma once

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
  // Why graphs are missing, shown instead of them ("" when none is).
  std::string graph_note;
  // Entities and their lifecycles (graph stage): the entity section, which
  // the graph's entity links land on. Null: no entity section.
  const graph::Catalogue* catalogue = nullptr;
};

std::string html_report(const Corpus& corpus, const HtmlInputs& inputs = {});

}  // namespace ct::report

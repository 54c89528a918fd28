// The persistence graphs of the HTML report: DOT text drawn as SVG by
// Graphviz's `dot -Tsvg` (Debian package graphviz), made fit to inline in
// the page. A graph too large to read inline is left out, by a fixed vertex
// limit (never a timeout, so the output does not depend on machine speed).
//
//   SeriesDrawing drawing(corpus, full);      // dot runs in the background
//   ...write other outputs...
//   SeriesGraphs g = drawing.collect();
//   HtmlInputs in;  in.series_svg = std::move(g.svg);  in.graph_note = g.note;
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/persistence_graph.h"
#include "model/corpus.h"

namespace ct::report {

struct SvgResult {
  std::string svg;    // Graphviz's output, empty on failure
  std::string error;  // why there is no SVG
};

// Runs `dot -Tsvg` once per DOT text, the processes side by side; results in
// input order. A missing `dot` or a failing run is an error in its result.
std::vector<SvgResult> dot_to_svg(const std::vector<std::string>& dots);

// Graphviz SVG ready to inline: XML prolog, doctype and comments removed,
// the root labelled for screen readers (`label`, escaped). Returns "" for
// anything that is not plain Graphviz output: a <script> or <foreignObject>,
// or a link that is not a fragment ("#…") of the page.
std::string inline_svg(std::string_view svg, std::string_view label);

struct SeriesGraphs {
  std::map<std::string, std::string> svg;  // by series id
  std::string note;                        // what is missing and why ("" if nothing)
};

// Largest series graph (vertices, clauses folded) drawn inline.
inline constexpr std::size_t kMaxInlineGraphVertices = 400;

// The graph of each series (clauses folded into their edges, threads and
// entities linked to their anchors), drawn by Graphviz. The constructor
// starts one `dot` per series and returns; collect() waits for them, so the
// caller can write its other outputs meanwhile. A drawing never collected is
// waited for by the destructor (no process outlives it).
class SeriesDrawing {
 public:
  SeriesDrawing(const Corpus& corpus, const graph::PersistenceGraph& full);
  ~SeriesDrawing();
  SeriesDrawing(const SeriesDrawing&) = delete;
  SeriesDrawing& operator=(const SeriesDrawing&) = delete;
  SeriesGraphs collect();

 private:
  struct Pending;
  std::unique_ptr<Pending> pending_;
};

// Draws and collects at once.
SeriesGraphs series_graphs(const Corpus& corpus, const graph::PersistenceGraph& full);

}  // namespace ct::report

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
// the root labelled for screen readers (`label`, escaped), every id given
// `id_prefix` (Graphviz numbers its ids "node1", "edge1" in every drawing,
// and a page holds several). Returns "" for anything that is not plain
// Graphviz output: a <script> or <foreignObject>, or a link that is not a
// fragment ("#…") of the page.
std::string inline_svg(std::string_view svg, std::string_view label,
                       std::string_view id_prefix = {});
// The same checks, for a standalone file beside `page`: comments removed,
// links "#…" pointing into `page` ("index.html#thread-t7qm194w").
std::string standalone_svg(std::string_view svg, std::string_view page);

struct SeriesGraphs {
  std::map<std::string, std::string> svg;  // inline SVG by series id
  std::map<std::string, std::string>
      files;  // series id -> file name, for drawings too big to inline
  std::map<std::string, std::string> contents;  // file name -> standalone SVG
  std::string note;                             // what is missing and why ("" if nothing)
  // The same in parts: why a series is not drawn (series id -> reason) and
  // what is not about one series (a Graphviz failure).
  std::map<std::string, std::string> undrawn;
  std::string common;
};

// Largest series graph (clauses folded) drawn at all: Graphviz's layout time
// grows fast with edges (measured on 2 cores: 640 edges 0.2 s, 1,200 edges
// 0.55 s, 1,860 edges 1.8 s).
inline constexpr std::size_t kMaxInlineGraphVertices = 400;
inline constexpr std::size_t kMaxInlineGraphEdges = 1000;
// Edges drawn over the whole corpus: past it, further series are listed as
// not drawn (their graphs stay in graph.dot and `clausetrack graph --series`),
// so a corpus of many series keeps a bounded layout time (about 1.5 s of CPU).
inline constexpr std::size_t kMaxDrawnEdgesTotal = 4000;
// Largest drawing inlined in the page; a larger one is written beside it
// (graph-SERIES.svg) and linked, so the page stays quick to open.
inline constexpr std::size_t kMaxInlineSvgBytes = 400'000;
// The file name of a series' standalone drawing.
std::string graph_file_name(std::string_view series_id);

// Drawings kept from an earlier run (`track`'s cache), by their DOT text:
// SeriesDrawing asks before starting `dot` and gives what `dot` drew.
class SvgMemo {
 public:
  virtual ~SvgMemo() = default;
  // True with `svg` set (Graphviz's output as it wrote it) when kept.
  virtual bool find(const std::string& dot, std::string& svg) const = 0;
  virtual void keep(const std::string& dot, const std::string& svg) = 0;
};

// The graph of each series (clauses folded into their edges, threads and
// entities linked to their anchors), drawn by Graphviz. The constructor
// starts one `dot` per series and returns; collect() waits for them, so the
// caller can write its other outputs meanwhile. A drawing never collected is
// waited for by the destructor (no process outlives it).
class SeriesDrawing {
 public:
  // `memo` (may be null) must outlive collect().
  SeriesDrawing(const Corpus& corpus, const graph::PersistenceGraph& full, SvgMemo* memo = nullptr);
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

// The persistence graph as Graphviz DOT: documents as boxes, clauses as notes, threads as
// ellipses (dashed when dropped, dotted when intermittent), entities as
// hexagons; edges labelled with their kind or a member's change class.
// Vertices and edges in the graph's deterministic order.
//
//   std::string dot = report::graph_dot(corpus, graph::build_graph(corpus));
//   std::string svg_input = report::series_dot(corpus, full, "contact-group");  // HTML report
#pragma once

#include <string>

#include "graph/persistence_graph.h"
#include "model/corpus.h"

namespace ct::report {

struct DotOptions {
  // URL attributes linking thread vertices to "#thread-ID" and entity
  // vertices to "#entity-ID" (graph/ids.h anchors), for SVG in the report.
  bool urls = false;
};

std::string graph_dot(const Corpus& corpus, const graph::PersistenceGraph& g,
                      const DotOptions& options = {});

// One series for the HTML report: its documents, threads and entities with
// the clauses folded into the edges (a thread `appears-in` the documents of
// its members, labelled with the change), threads and entities linked to
// their anchors. Throws InputError for an unknown series id.
std::string series_dot(const Corpus& corpus, const graph::PersistenceGraph& full,
                       const std::string& series_id);

}  // namespace ct::report

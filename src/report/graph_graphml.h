// The persistence graph as GraphML, readable by any GraphML reader
// (boost::read_graphml, networkx, Gephi, yEd).
//
// Node data: kind (document|clause|thread|entity), id (graph/ids.h export
// id), label, series, date, language, role, type, value, and for threads and
// entities their lifecycle: status, first, last, absent (document ids,
// space-separated). Edge data: kind (contains|belongs-to|mentions|cites|
// follows|appears-in), change (belongs-to, appears-in), count. A vertex has
// no data for the keys that do not apply to it. Vertices and edges in the
// graph's order; node ids n0, n1, ... follow it.
#pragma once

#include <string>

#include "graph/persistence_graph.h"
#include "model/corpus.h"

namespace ct::report {

std::string graph_graphml(const Corpus& corpus, const graph::PersistenceGraph& g);

}  // namespace ct::report

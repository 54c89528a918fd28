// The persistence graph as GraphML (Boost.Graph's write_graphml), readable
// by any GraphML reader (boost::read_graphml, networkx, Gephi, yEd).
//
// Node data: kind (document|clause|thread|entity), id (graph/ids.h export
// id), label, series, date, language, role, type, value, and for threads and
// entities their lifecycle: status, first, last, absent (document ids,
// space-separated). Edge data: kind (contains|belongs-to|mentions|cites|
// follows|appears-in), change (belongs-to, appears-in), count. Keys a vertex
// does not have are empty strings.
#pragma once

#include <string>

#include "graph/persistence_graph.h"
#include "model/corpus.h"

namespace ct::report {

std::string graph_graphml(const Corpus& corpus, const graph::PersistenceGraph& g);

}  // namespace ct::report

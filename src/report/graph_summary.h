// The text summary `clausetrack track` prints: per series, how many threads
// are persistent, modified, dropped, new and intermittent, and which entities
// appeared in or disappeared from the newest session (against the session
// before it).
//
//   series contact-group: 4 sessions, newest 2025-09-23
//     threads: 12 persistent, 3 modified, 40 dropped, 25 new, 1 intermittent
//     entities new in 2025-09-23 (not in 2023-09-20): 2
//       meeting: GRP@2024-09-26, GRP@2025-06-22
//     entities gone from 2025-09-23 (in 2023-09-20): 1
//       report: OHCHR@2019-07
#pragma once

#include <string>

#include "graph/persistence_graph.h"
#include "model/corpus.h"

namespace ct::report {

std::string graph_summary(const Corpus& corpus, const graph::PersistenceGraph& g);

}  // namespace ct::report

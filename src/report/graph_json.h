// The persistence graph as JSON (schema clausetrack/graph/1), and the
// `entities` array of tracker.json (an extension of clausetrack/tracker/1).
//
// graph JSON:
//   {"schema": "clausetrack/graph/1", "scope": "corpus" | "series:ID" | ...,
//    "nodes": [{"id": "doc:cg-jk-2023-03", "kind": "document", "ref": "cg-jk-2023-03",
//               "label": "…", ...kind's attributes, "lifecycle": {...} for threads and entities}],
//    "edges": [{"source": ID, "target": ID, "kind": "belongs-to", "change": "reworded",
//               "count": 1}]}
//
// A lifecycle:
//   {"first": DOC, "last": DOC, "status": "dropped", "series": MAIN-SERIES,
//    "absent": [DOC...],
//    "per_series": [{"series", "first", "last", "sessions": [KEY...], "absent_sessions",
//                    "absent", "status"}]}
// `first`/`last` are the first and last documents over every series;
// `status` and `absent` are told over a thread's timeline, and in an
// entity's main series (graph/lifecycle.h); `per_series` gives each series'
// own.
//
// tracker.json `entities`: [{"id", "type", "value", "mentions": [CLAUSE...],
//   "first", "last", "status", then "series", "absent", "texts" (surface
//   forms), "per_series"}], sorted by id.
#pragma once

#include "graph/persistence_graph.h"
#include "model/corpus.h"
#include "report/tracker_json.h"

namespace ct::report {

Json lifecycle_json(const Corpus& corpus, const graph::Lifecycle& life);
Json graph_json(const Corpus& corpus, const graph::PersistenceGraph& g);
Json entities_json(const Corpus& corpus, const graph::Catalogue& catalogue);
// One item of that array.
Json entity_node_json(const Corpus& corpus, const graph::EntityNode& e);

}  // namespace ct::report

// Views of the persistence graph: the part around one series, thread or
// entity, and a compact form with the clauses folded into their edges. A
// view keeps the full graph's vertex and edge order and shares its catalogue.
//
//   auto full = graph::build_graph(corpus);
//   auto part = graph::around_entity(corpus, full, "report:OHCHR@2019-07");
#pragma once

#include <string>

#include "graph/persistence_graph.h"
#include "model/corpus.h"

namespace ct::graph {

// The series' documents, their clauses, the threads of those clauses and the
// entities they mention. Throws InputError for an unknown series id.
PersistenceGraph around_series(const Corpus& corpus, const PersistenceGraph& full,
                               const std::string& series_id);

// The thread, its member clauses, their documents and the entities those
// clauses mention. Throws InputError for an unknown thread id.
PersistenceGraph around_thread(const Corpus& corpus, const PersistenceGraph& full,
                               const std::string& thread_id);

// The entity, the clauses that mention it, their threads, and every document
// of its series from its first appearance on (so the documents it is absent
// from show, linked by `follows` but not to the entity). Throws InputError
// for an unknown entity id (an id or "TYPE:VALUE").
PersistenceGraph around_entity(const Corpus& corpus, const PersistenceGraph& full,
                               const std::string& entity_id);

// The same graph without clause vertices: a clause's `belongs-to` edge
// becomes an `appears-in` edge from its thread to its document (count:
// clauses, change: the first member's), its `mentions` edges become the
// document's (count: clauses) unless the document already cites the entity,
// and compilations keep `contains` edges to their items.
PersistenceGraph fold_clauses(const Corpus& corpus, const PersistenceGraph& g);

}  // namespace ct::graph

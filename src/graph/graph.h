// graph: the persistence graph the tool is named for. From the threads
// (align) and entities (extract) of an analysed corpus it builds, with
// Boost.Graph, a graph of documents, clauses, threads and entities, and the
// lifecycle of every thread and entity: first and last document, the
// sessions it is absent from, and its status (persistent, modified, dropped,
// new, intermittent). It answers which demands of one session the next no
// longer makes, which meetings a communiqué's list lacks, which reports
// stopped being cited. Writers in report/ (graph_dot, graph_graphml,
// graph_json, graph_summary) turn it into DOT, GraphML, JSON and text.
//
//   graph::PersistenceGraph full = graph::build_graph(corpus);
//   graph::PersistenceGraph part = graph::around_series(corpus, full, "contact-group");
//   for (const graph::EntityNode& e : full.catalogue->entities)
//     if (e.life.status == Status::Dropped) ...
//   auto changes = graph::entity_changes(old_clause, new_clause);  // for history
#pragma once

#include "graph/entity_changes.h"
#include "graph/ids.h"
#include "graph/lifecycle.h"
#include "graph/neighborhood.h"
#include "graph/persistence_graph.h"

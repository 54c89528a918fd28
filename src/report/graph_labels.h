// What the graph writers (DOT, GraphML, JSON) say about a vertex: its export
// id (graph/ids.h), a short label, and its attributes, taken from the corpus
// and the graph's catalogue. One place, so the three formats agree.
#pragma once

#include <string>
#include <string_view>

#include "graph/persistence_graph.h"
#include "model/corpus.h"

namespace ct::report {

// "doc:ID", "clause:ID", "thread:ID" or the entity id.
std::string node_id(const Corpus& corpus, const graph::PersistenceGraph& g, graph::Vertex v);
// The id within its own kind: document, clause or thread id, entity id.
std::string node_ref(const Corpus& corpus, const graph::PersistenceGraph& g, graph::Vertex v);
// A short human label (a thread's label and a clause's text are clipped).
std::string node_label(const Corpus& corpus, const graph::PersistenceGraph& g, graph::Vertex v);
// The lifecycle of a thread or entity vertex, nullptr for the others.
const graph::Lifecycle* node_lifecycle(const Corpus& corpus, const graph::PersistenceGraph& g,
                                       graph::Vertex v);

// At most `max` code points of `text` on one line: runs of spaces, line
// breaks and control characters become one space; a clipped text ends with "…".
std::string clip(std::string_view text, std::size_t max);

// Document ids of the sessions an item is absent from in one series.
std::vector<std::string> absent_documents(const Corpus& corpus, const graph::SeriesLife& life);

}  // namespace ct::report

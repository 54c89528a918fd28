// The persistence graph (Boost.Graph): documents, clauses, threads and
// entities as vertices; edges say that a document contains a clause (or a
// compilation its items), a clause belongs to a thread (with its change
// class), a clause mentions an entity, a document cites a resolution, report
// or document symbol, and a document follows the previous session's
// document(s) of its series. Beside the graph, a catalogue holds every
// entity (type, normalized value, mentions) and the lifecycle of every
// thread and entity (lifecycle.h).
//
// Vertex and edge order are deterministic: documents, clauses and threads in
// corpus order, then entities sorted by id; each vertex's out-edges in the
// order listed above. Views (neighborhood.h) keep that order.
//
//   graph::PersistenceGraph g = graph::build_graph(corpus);
//   for (auto v : boost::make_iterator_range(vertices(g.g))) ...
//   const graph::EntityNode* e = g.catalogue->find_entity("meeting:GRP@2019-09-25");
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/lifecycle.h"
#include "model/corpus.h"

namespace ct::graph {

enum class VertexKind { Document, Clause, Thread, Entity };
// contains, belongs-to, mentions, cites, follows; appears-in (thread ->
// document) only in views whose clauses are folded away.
enum class EdgeKind { Contains, BelongsTo, Mentions, Cites, Follows, AppearsIn };

std::string_view name(VertexKind k);
std::string_view name(EdgeKind k);

struct VertexData {
  VertexKind kind = VertexKind::Document;
  // Index into Corpus::documents, Corpus::clauses, Corpus::threads or
  // Catalogue::entities, by kind.
  std::size_t index = 0;
};

struct EdgeData {
  EdgeKind kind = EdgeKind::Contains;
  Change change = Change::First;  // belongs-to and appears-in
  int count = 1;  // mentions and cites: how many times (clauses); appears-in: clauses
};

using Graph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, VertexData, EdgeData>;
using Vertex = Graph::vertex_descriptor;
using Edge = Graph::edge_descriptor;

// One entity: identity (type, value), its mentions and its lifecycle.
struct EntityNode {
  std::string id;  // ids.h: "TYPE:VALUE", escaped
  EntityType type = EntityType::Date;
  std::string value;
  std::vector<std::size_t> mentions;  // clause indices, ascending, distinct
  std::vector<std::string> texts;     // distinct surface forms, sorted
  Lifecycle life;
};

struct Catalogue {
  std::vector<EntityNode> entities;  // sorted by id
  std::vector<Lifecycle> threads;    // parallel to Corpus::threads

  // By id, or by "TYPE:VALUE" written plainly ("person:Jane Doe").
  const EntityNode* find_entity(std::string_view id) const;
  std::optional<std::size_t> entity_index(std::string_view id) const;
};

struct PersistenceGraph {
  std::shared_ptr<const Catalogue> catalogue;
  Graph g;
  std::string scope;  // "corpus", or "series:ID", "thread:ID", "entity:ID" for views
};

// Entity types that become vertices: all contract types but `number`
// (quantities are facts of a clause, compared by the diff, not things a text
// recalls from session to session).
bool is_graph_entity(EntityType type);
// Entity types a document `cites`: resolution, report, document.
bool is_citation(EntityType type);

// The whole graph of an analysed corpus (threads filled by align).
PersistenceGraph build_graph(const Corpus& corpus);

// Vertex of an item in a graph made by build_graph (not in views).
Vertex document_vertex(const Corpus& corpus, std::size_t doc);
Vertex clause_vertex(const Corpus& corpus, std::size_t clause);
Vertex thread_vertex(const Corpus& corpus, std::size_t thread);
Vertex entity_vertex(const Corpus& corpus, std::size_t entity);

}  // namespace ct::graph

// Induced subgraphs around a series, thread or entity, and the folded view.
#include "graph/neighborhood.h"

#include <boost/range/iterator_range.hpp>
#include <map>
#include <tuple>

#include "model/error.h"

namespace ct::graph {

namespace {

// The subgraph induced by the kept vertices, in the original order.
PersistenceGraph induced(const PersistenceGraph& full, const std::vector<bool>& keep,
                         std::string scope) {
  PersistenceGraph view;
  view.catalogue = full.catalogue;
  view.scope = std::move(scope);
  std::vector<Vertex> renumber(num_vertices(full.g), 0);
  for (Vertex v : boost::make_iterator_range(vertices(full.g)))
    if (keep[v]) renumber[v] = add_vertex(full.g[v], view.g);
  // The out-edges of the kept vertices only, in vertex order: edges(full.g)
  // of a vecS, directedS graph runs in that order, and a series keeps a small
  // part of the graph (all edges per series cost a second on a large corpus).
  for (Vertex s : boost::make_iterator_range(vertices(full.g))) {
    if (!keep[s]) continue;
    for (Edge e : boost::make_iterator_range(out_edges(s, full.g))) {
      Vertex t = target(e, full.g);
      if (keep[t]) add_edge(renumber[s], renumber[t], full.g[e], view.g);
    }
  }
  return view;
}

void keep_clause_and_document(const Corpus& corpus, std::vector<bool>& keep, std::size_t c) {
  keep[clause_vertex(corpus, c)] = true;
  keep[document_vertex(corpus, corpus.clauses[c].doc)] = true;
}

void keep_mentioned_entities(const Corpus& corpus, const PersistenceGraph& full,
                             std::vector<bool>& keep, std::size_t c) {
  for (Edge e : boost::make_iterator_range(out_edges(clause_vertex(corpus, c), full.g)))
    if (full.g[e].kind == EdgeKind::Mentions) keep[target(e, full.g)] = true;
}

}  // namespace

PersistenceGraph around_series(const Corpus& corpus, const PersistenceGraph& full,
                               const std::string& series_id) {
  const Series* s = corpus.find_series(series_id);
  if (!s) throw InputError("unknown series '" + series_id + "'");
  std::vector<bool> keep(num_vertices(full.g), false);
  for (std::size_t d : s->documents) {
    keep[document_vertex(corpus, d)] = true;
    const Document& doc = corpus.documents[d];
    for (std::size_t c = doc.first_clause; c < doc.first_clause + doc.clause_count; ++c) {
      keep[clause_vertex(corpus, c)] = true;
      keep_mentioned_entities(corpus, full, keep, c);
      for (Edge e : boost::make_iterator_range(out_edges(clause_vertex(corpus, c), full.g)))
        if (full.g[e].kind == EdgeKind::BelongsTo) keep[target(e, full.g)] = true;
    }
  }
  return induced(full, keep, "series:" + series_id);
}

PersistenceGraph around_thread(const Corpus& corpus, const PersistenceGraph& full,
                               const std::string& thread_id) {
  std::size_t t = 0;
  while (t < corpus.threads.size() && corpus.threads[t].id != thread_id) ++t;
  if (t == corpus.threads.size()) throw InputError("unknown thread '" + thread_id + "'");
  std::vector<bool> keep(num_vertices(full.g), false);
  keep[thread_vertex(corpus, t)] = true;
  for (const ThreadMember& m : corpus.threads[t].members) {
    keep_clause_and_document(corpus, keep, m.clause);
    keep_mentioned_entities(corpus, full, keep, m.clause);
  }
  return induced(full, keep, "thread:" + thread_id);
}

PersistenceGraph around_entity(const Corpus& corpus, const PersistenceGraph& full,
                               const std::string& entity_id) {
  auto e = full.catalogue->entity_index(entity_id);
  if (!e) throw InputError("unknown entity '" + entity_id + "'");
  const EntityNode& node = full.catalogue->entities[*e];
  std::vector<bool> keep(num_vertices(full.g), false);
  keep[entity_vertex(corpus, *e)] = true;
  for (std::size_t c : node.mentions) {
    keep_clause_and_document(corpus, keep, c);
    for (Edge x : boost::make_iterator_range(out_edges(clause_vertex(corpus, c), full.g)))
      if (full.g[x].kind == EdgeKind::BelongsTo) keep[target(x, full.g)] = true;
  }
  for (const SeriesLife& l : node.life.per_series) {
    const Series& s = corpus.series[l.series];
    for (std::size_t k = l.present.front(); k < s.sessions.size(); ++k)
      for (std::size_t d : s.sessions[k].documents) keep[document_vertex(corpus, d)] = true;
  }
  return induced(full, keep, "entity:" + node.id);
}

PersistenceGraph fold_clauses(const Corpus& corpus, const PersistenceGraph& g) {
  PersistenceGraph view;
  view.catalogue = g.catalogue;
  view.scope = g.scope;
  constexpr Vertex kNone = static_cast<Vertex>(-1);
  std::vector<Vertex> renumber(num_vertices(g.g), kNone);
  std::vector<Vertex> document_of(num_vertices(g.g), kNone);  // clause -> its document (new)
  for (Vertex v : boost::make_iterator_range(vertices(g.g)))
    if (g.g[v].kind != VertexKind::Clause) renumber[v] = add_vertex(g.g[v], view.g);
  for (Edge e : boost::make_iterator_range(edges(g.g))) {
    Vertex s = source(e, g.g), t = target(e, g.g);
    if (g.g[s].kind == VertexKind::Document && g.g[t].kind == VertexKind::Clause)
      document_of[t] = renumber[s];
  }

  // (source, target, kind) -> the edge already made for it.
  std::map<std::tuple<Vertex, Vertex, EdgeKind>, Edge> made;
  auto add = [&](Vertex s, Vertex t, EdgeData data) {
    auto key = std::make_tuple(s, t, data.kind);
    auto it = made.find(key);
    if (it != made.end()) {
      ++view.g[it->second].count;
      return;
    }
    data.count = 1;
    made.emplace(key, add_edge(s, t, data, view.g).first);
  };
  // Citations first, so a document's mention of an entity it cites is not repeated.
  for (Edge e : boost::make_iterator_range(edges(g.g)))
    if (g.g[e].kind == EdgeKind::Cites) {
      auto key =
          std::make_tuple(renumber[source(e, g.g)], renumber[target(e, g.g)], EdgeKind::Cites);
      made.emplace(key, add_edge(std::get<0>(key), std::get<1>(key), g.g[e], view.g).first);
    }
  for (Edge e : boost::make_iterator_range(edges(g.g))) {
    Vertex s = source(e, g.g), t = target(e, g.g);
    const EdgeData& data = g.g[e];
    switch (data.kind) {
      case EdgeKind::Cites:
        break;
      case EdgeKind::Contains:
      case EdgeKind::Follows:
      case EdgeKind::AppearsIn:
        if (renumber[s] != kNone && renumber[t] != kNone) add(renumber[s], renumber[t], data);
        break;
      case EdgeKind::BelongsTo:
        if (document_of[s] != kNone)
          add(renumber[t], document_of[s], {EdgeKind::AppearsIn, data.change, 1});
        break;
      case EdgeKind::Mentions:
        if (document_of[s] != kNone &&
            !made.count(std::make_tuple(document_of[s], renumber[t], EdgeKind::Cites)))
          add(document_of[s], renumber[t], {EdgeKind::Mentions, Change::First, 1});
        break;
    }
  }
  return view;
}

}  // namespace ct::graph

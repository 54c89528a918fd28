// GraphML writer: one function property map per key for Boost's write_graphml.
#include "report/graph_graphml.h"

#include <boost/graph/graphml.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <functional>
#include <sstream>

#include "report/graph_labels.h"

namespace ct::report {

namespace {

using graph::Vertex;
using graph::VertexKind;

std::string join(const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : " ") + id;
  return out;
}

}  // namespace

std::string graph_graphml(const Corpus& corpus, const graph::PersistenceGraph& g) {
  using VertexFn = std::function<std::string(Vertex)>;
  auto doc_of = [&](Vertex v) -> const Document* {
    const graph::VertexData& d = g.g[v];
    if (d.kind == VertexKind::Document) return &corpus.documents[d.index];
    if (d.kind == VertexKind::Clause) return &corpus.documents[corpus.clauses[d.index].doc];
    return nullptr;
  };
  auto entity_of = [&](Vertex v) -> const graph::EntityNode* {
    const graph::VertexData& d = g.g[v];
    return d.kind == VertexKind::Entity ? &g.catalogue->entities[d.index] : nullptr;
  };
  auto life_of = [&](Vertex v) { return node_lifecycle(corpus, g, v); };
  auto doc_id = [&](std::size_t d) { return corpus.documents[d].id; };

  const std::vector<std::pair<std::string, VertexFn>> vertex_keys = {
      {"kind", [&](Vertex v) { return std::string(graph::name(g.g[v].kind)); }},
      {"id", [&](Vertex v) { return node_id(corpus, g, v); }},
      {"label", [&](Vertex v) { return node_label(corpus, g, v); }},
      {"series",
       [&](Vertex v) {
         if (const Document* d = doc_of(v)) return d->series;
         const graph::Lifecycle* l = life_of(v);
         return l && !l->empty() ? corpus.series[l->main_life().series].id : std::string();
       }},
      {"date", [&](Vertex v) { return doc_of(v) ? doc_of(v)->date : std::string(); }},
      {"language", [&](Vertex v) { return doc_of(v) ? doc_of(v)->language : std::string(); }},
      {"role",
       [&](Vertex v) {
         const graph::VertexData& d = g.g[v];
         return d.kind == VertexKind::Clause ? std::string(name(corpus.clauses[d.index].role))
                                             : std::string();
       }},
      {"type", [&](Vertex v) { return entity_of(v) ? entity_of(v)->type : std::string(); }},
      {"value", [&](Vertex v) { return entity_of(v) ? entity_of(v)->value : std::string(); }},
      {"status",
       [&](Vertex v) {
         const graph::Lifecycle* l = life_of(v);
         return l && !l->empty() ? std::string(name(l->status)) : std::string();
       }},
      {"first",
       [&](Vertex v) {
         const graph::Lifecycle* l = life_of(v);
         return l && !l->empty() ? doc_id(l->first_doc) : std::string();
       }},
      {"last",
       [&](Vertex v) {
         const graph::Lifecycle* l = life_of(v);
         return l && !l->empty() ? doc_id(l->last_doc) : std::string();
       }},
      {"absent",
       [&](Vertex v) {
         const graph::Lifecycle* l = life_of(v);
         return l && !l->empty() ? join(absent_documents(corpus, l->main_life())) : std::string();
       }},
  };

  boost::dynamic_properties dp;
  for (const auto& [key, fn] : vertex_keys)
    dp.property(key, boost::make_function_property_map<Vertex, std::string>(fn));
  dp.property("kind", boost::make_function_property_map<graph::Edge, std::string>(
                          [&](graph::Edge e) { return std::string(graph::name(g.g[e].kind)); }));
  dp.property("change",
              boost::make_function_property_map<graph::Edge, std::string>([&](graph::Edge e) {
                const graph::EdgeData& d = g.g[e];
                return d.kind == graph::EdgeKind::BelongsTo || d.kind == graph::EdgeKind::AppearsIn
                           ? std::string(name(d.change))
                           : std::string();
              }));
  dp.property("count", boost::make_function_property_map<graph::Edge, int>(
                           [&](graph::Edge e) { return g.g[e].count; }));

  std::ostringstream out;
  boost::write_graphml(out, g.g, get(boost::vertex_index, g.g), dp, true);
  return out.str();
}

}  // namespace ct::report

// JSON views of the persistence graph and of entity lifecycles.
#include "report/graph_json.h"

#include <boost/range/iterator_range.hpp>

#include "report/graph_labels.h"

namespace ct::report {

namespace {

using graph::VertexKind;

Json session_keys(const Series& s, const std::vector<std::size_t>& sessions) {
  Json keys = Json::array();
  for (std::size_t k : sessions) keys.push_back(s.sessions[k].key);
  return keys;
}

Json series_life_json(const Corpus& corpus, const graph::SeriesLife& l) {
  const Series& s = corpus.series[l.series];
  Json j;
  j["series"] = s.id;
  j["first"] = corpus.documents[l.first_doc].id;
  j["last"] = corpus.documents[l.last_doc].id;
  j["sessions"] = session_keys(s, l.present);
  j["absent_sessions"] = session_keys(s, l.absent);
  j["absent"] = absent_documents(corpus, l);
  j["status"] = std::string(name(l.status));
  return j;
}

}  // namespace

Json lifecycle_json(const Corpus& corpus, const graph::Lifecycle& life) {
  Json j;
  if (life.empty()) {
    j["first"] = nullptr;
    j["last"] = nullptr;
    j["status"] = std::string(name(life.status));
    return j;
  }
  j["first"] = corpus.documents[life.first_doc].id;
  j["last"] = corpus.documents[life.last_doc].id;
  j["status"] = std::string(name(life.status));
  j["series"] = corpus.series[life.main_life().series].id;
  Json absent = Json::array();
  for (std::size_t d : life.absent) absent.push_back(corpus.documents[d].id);
  j["absent"] = std::move(absent);
  Json per = Json::array();
  for (const graph::SeriesLife& l : life.per_series) per.push_back(series_life_json(corpus, l));
  j["per_series"] = std::move(per);
  return j;
}

Json graph_json(const Corpus& corpus, const graph::PersistenceGraph& g) {
  Json j;
  j["schema"] = "clausetrack/graph/1";
  j["scope"] = g.scope;
  Json nodes = Json::array();
  for (graph::Vertex v : boost::make_iterator_range(vertices(g.g))) {
    const graph::VertexData& d = g.g[v];
    Json n;
    n["id"] = node_id(corpus, g, v);
    n["kind"] = std::string(graph::name(d.kind));
    n["ref"] = node_ref(corpus, g, v);
    n["label"] = node_label(corpus, g, v);
    switch (d.kind) {
      case VertexKind::Document: {
        const Document& doc = corpus.documents[d.index];
        n["series"] = doc.series;
        n["date"] = doc.date;
        n["language"] = doc.language;
        n["doc_kind"] = doc.kind;
        n["session"] = doc.session.empty() ? doc.date : doc.session;
        break;
      }
      case VertexKind::Clause: {
        const Clause& c = corpus.clauses[d.index];
        n["doc"] = corpus.documents[c.doc].id;
        n["number"] = c.number;
        n["role"] = std::string(name(c.role));
        break;
      }
      case VertexKind::Thread:
        n["lifecycle"] = lifecycle_json(corpus, g.catalogue->threads[d.index]);
        break;
      case VertexKind::Entity: {
        const graph::EntityNode& e = g.catalogue->entities[d.index];
        n["type"] = std::string(name(e.type));
        n["value"] = e.value;
        n["mentions"] = e.mentions.size();
        n["lifecycle"] = lifecycle_json(corpus, e.life);
        break;
      }
    }
    nodes.push_back(std::move(n));
  }
  j["nodes"] = std::move(nodes);

  Json edges = Json::array();
  for (graph::Edge e : boost::make_iterator_range(boost::edges(g.g))) {
    const graph::EdgeData& d = g.g[e];
    Json x;
    x["source"] = node_id(corpus, g, source(e, g.g));
    x["target"] = node_id(corpus, g, target(e, g.g));
    x["kind"] = std::string(graph::name(d.kind));
    if (d.kind == graph::EdgeKind::BelongsTo || d.kind == graph::EdgeKind::AppearsIn)
      x["change"] = std::string(name(d.change));
    x["count"] = d.count;
    edges.push_back(std::move(x));
  }
  j["edges"] = std::move(edges);
  return j;
}

Json entity_node_json(const Corpus& corpus, const graph::EntityNode& e) {
  Json j;
  j["id"] = e.id;
  j["type"] = std::string(name(e.type));
  j["value"] = e.value;
  Json mentions = Json::array();
  for (std::size_t c : e.mentions) mentions.push_back(corpus.clauses[c].id);
  j["mentions"] = std::move(mentions);
  Json life = lifecycle_json(corpus, e.life);
  for (const char* key : {"first", "last", "status", "series", "absent"})
    if (life.contains(key)) j[key] = std::move(life[key]);
  j["texts"] = e.texts;
  if (life.contains("per_series")) j["per_series"] = std::move(life["per_series"]);
  return j;
}

Json entities_json(const Corpus& corpus, const graph::Catalogue& catalogue) {
  Json arr = Json::array();
  for (const graph::EntityNode& e : catalogue.entities) arr.push_back(entity_node_json(corpus, e));
  return arr;
}

}  // namespace ct::report

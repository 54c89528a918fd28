// Export ids, labels and lifecycles of graph vertices, shared by the writers.
#include "report/graph_labels.h"

#include "graph/ids.h"
#include "text/utf8.h"

namespace ct::report {

using graph::VertexKind;

std::string node_ref(const Corpus& corpus, const graph::PersistenceGraph& g, graph::Vertex v) {
  const graph::VertexData& d = g.g[v];
  switch (d.kind) {
    case VertexKind::Document:
      return corpus.documents[d.index].id;
    case VertexKind::Clause:
      return corpus.clauses[d.index].id;
    case VertexKind::Thread:
      return corpus.threads[d.index].id;
    case VertexKind::Entity:
      return g.catalogue->entities[d.index].id;
  }
  return {};
}

std::string node_id(const Corpus& corpus, const graph::PersistenceGraph& g, graph::Vertex v) {
  const std::string ref = node_ref(corpus, g, v);
  switch (g.g[v].kind) {
    case VertexKind::Document:
      return graph::document_node(ref);
    case VertexKind::Clause:
      return graph::clause_node(ref);
    case VertexKind::Thread:
      return graph::thread_node(ref);
    case VertexKind::Entity:
      return ref;
  }
  return ref;
}

std::string node_label(const Corpus& corpus, const graph::PersistenceGraph& g, graph::Vertex v) {
  const graph::VertexData& d = g.g[v];
  switch (d.kind) {
    case VertexKind::Document: {
      const Document& doc = corpus.documents[d.index];
      return doc.date.empty() ? doc.id : doc.id + " (" + doc.date + ")";
    }
    case VertexKind::Clause:
      return clip(corpus.clauses[d.index].text, 80);
    case VertexKind::Thread:
      return clip(corpus.threads[d.index].label, 60);
    case VertexKind::Entity:
      return clip(g.catalogue->entities[d.index].value, 80);
  }
  return {};
}

const graph::Lifecycle* node_lifecycle(const Corpus&, const graph::PersistenceGraph& g,
                                       graph::Vertex v) {
  const graph::VertexData& d = g.g[v];
  if (d.kind == VertexKind::Thread) return &g.catalogue->threads[d.index];
  if (d.kind == VertexKind::Entity) return &g.catalogue->entities[d.index].life;
  return nullptr;
}

std::string clip(std::string_view text, std::size_t max) {
  std::string out;
  std::size_t i = 0, n = 0;
  while (i < text.size()) {
    if (n == max) {
      out += "…";
      break;
    }
    char32_t c = text::decode(text, i);
    if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029 || text::is_space(c)) {
      if (out.empty() || out.back() == ' ') continue;
      c = ' ';
    }
    text::append(out, c);
    ++n;
  }
  return out;
}

std::vector<std::string> absent_documents(const Corpus& corpus, const graph::SeriesLife& life) {
  std::vector<std::string> ids;
  for (std::size_t k : life.absent)
    for (std::size_t d : corpus.series[life.series].sessions[k].documents)
      ids.push_back(corpus.documents[d].id);
  return ids;
}

}  // namespace ct::report

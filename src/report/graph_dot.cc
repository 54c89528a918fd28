// DOT writer: each vertex and edge with its attributes, in graph order.
#include "report/graph_dot.h"

#include <boost/range/iterator_range.hpp>
#include <string>

#include "graph/ids.h"
#include "graph/neighborhood.h"
#include "report/graph_labels.h"

namespace ct::report {

namespace {

using graph::EdgeKind;
using graph::VertexKind;

// The file's text, written with << as to a stream: a string appended to
// directly costs less than an ostringstream (per-call sentry and locale),
// and the graph files of a large corpus are tens of megabytes.
struct DotText {
  std::string text;
  DotText& operator<<(std::string_view s) {
    text += s;
    return *this;
  }
};

// A DOT quoted string; `\n` in `lines` separators are written by the caller.
// Hand-written: Boost's escape_dot_string leaves backslashes alone, and a
// backslash starts an escape sequence in Graphviz labels.
std::string quote(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  out += '"';
  return out;
}

// Lines joined by DOT's centred line break.
std::string lines(std::initializer_list<std::string> parts) {
  std::string out = "\"";
  bool first = true;
  for (const std::string& p : parts) {
    if (!first) out += "\\n";
    first = false;
    std::string q = quote(p);
    out += q.substr(1, q.size() - 2);
  }
  out += '"';
  return out;
}

class VertexWriter {
 public:
  VertexWriter(const Corpus& c, const graph::PersistenceGraph& g, const DotOptions& o)
      : corpus_(c), g_(g), options_(o) {}

  void operator()(DotText& out, graph::Vertex v) const {
    const graph::VertexData& d = g_.g[v];
    switch (d.kind) {
      case VertexKind::Document: {
        const Document& doc = corpus_.documents[d.index];
        out << "[label=" << lines({doc.id, doc.date}) << ", shape=box, style=\"rounded,filled\""
            << ", fillcolor=\"#e8eef7\", tooltip=" << quote(clip(doc.title, 200)) << "]";
        break;
      }
      case VertexKind::Clause: {
        const Clause& c = corpus_.clauses[d.index];
        out << "[label=" << quote(c.number.empty() ? c.key : c.number)
            << ", shape=note, fontsize=9, tooltip=" << quote(clip(c.text, 300)) << "]";
        break;
      }
      case VertexKind::Thread: {
        const Thread& t = corpus_.threads[d.index];
        const Status s = g_.catalogue->threads[d.index].status;
        out << "[label=" << lines({t.id, std::string(name(s))})
            << ", shape=ellipse, tooltip=" << quote(clip(t.label, 200));
        if (s == Status::Dropped) out << ", style=dashed";
        if (s == Status::Intermittent) out << ", style=dotted";
        if (options_.urls) out << ", URL=" << quote("#" + graph::thread_anchor(t.id));
        out << "]";
        break;
      }
      case VertexKind::Entity: {
        const graph::EntityNode& e = g_.catalogue->entities[d.index];
        out << "[label=" << lines({std::string(name(e.type)), clip(e.value, 60)})
            << ", shape=hexagon, tooltip="
            << quote(clip(e.value, 200) + " (" + std::string(name(e.life.status)) + ")");
        if (e.life.status == Status::Dropped) out << ", style=dashed";
        if (options_.urls) out << ", URL=" << quote("#" + graph::entity_anchor(e.id));
        out << "]";
        break;
      }
    }
  }

 private:
  const Corpus& corpus_;
  const graph::PersistenceGraph& g_;
  const DotOptions& options_;
};

class EdgeWriter {
 public:
  explicit EdgeWriter(const graph::PersistenceGraph& g) : g_(g) {}

  void operator()(DotText& out, graph::Edge e) const {
    const graph::EdgeData& d = g_.g[e];
    switch (d.kind) {
      case EdgeKind::Contains:
        out << "[color=gray60]";
        break;
      case EdgeKind::BelongsTo:
      case EdgeKind::AppearsIn:
        out << "[label=" << quote(name(d.change)) << ", fontsize=9]";
        break;
      case EdgeKind::Mentions:
        out << "[color=gray50, arrowhead=open]";
        break;
      case EdgeKind::Cites:
        out << "[label=\"cites\", style=bold, fontsize=9]";
        break;
      case EdgeKind::Follows:
        out << "[label=\"follows\", style=dotted, constraint=false, fontsize=9]";
        break;
    }
  }

 private:
  const graph::PersistenceGraph& g_;
};

// Graph attributes, and each series' documents in one column in date order
// (a rank=same group chained by invisible edges).
void write_graph_attributes(DotText& out, const Corpus& corpus, const graph::PersistenceGraph& g,
                            const std::vector<std::string>& names) {
  out << "rankdir=LR;\n"
      << "node [fontname=\"Helvetica\", fontsize=10];\n"
      << "edge [fontname=\"Helvetica\"];\n";
  constexpr graph::Vertex kNone = static_cast<graph::Vertex>(-1);
  std::vector<graph::Vertex> of_doc(corpus.documents.size(), kNone);
  for (graph::Vertex v : boost::make_iterator_range(vertices(g.g)))
    if (g.g[v].kind == VertexKind::Document) of_doc[g.g[v].index] = v;
  for (const Series& s : corpus.series) {
    std::vector<std::string_view> docs;
    for (std::size_t d : s.documents)
      if (of_doc[d] != kNone) docs.push_back(names[of_doc[d]]);
    if (docs.size() < 2) continue;
    std::string group = "{rank=same;", chain;
    for (std::string_view n : docs) {
      group += " " + std::string(n) + ";";
      chain += (chain.empty() ? "" : " -> ") + std::string(n);
    }
    out << group << "}\n" << chain << " [style=invis];\n";
  }
}

}  // namespace

// The walk over vertices and edges is hand-written rather than Boost's
// write_graphviz, which re-escapes both names of every edge with a regex
// (2 s on a graph of 280,000 edges) and leaves backslashes unescaped.
std::string graph_dot(const Corpus& corpus, const graph::PersistenceGraph& g,
                      const DotOptions& options) {
  std::vector<std::string> names(num_vertices(g.g));
  for (graph::Vertex v : boost::make_iterator_range(vertices(g.g)))
    names[v] = quote(node_id(corpus, g, v));
  const VertexWriter vertex_writer(corpus, g, options);
  const EdgeWriter edge_writer(g);
  DotText out;
  out << "digraph G {\n";
  write_graph_attributes(out, corpus, g, names);
  for (graph::Vertex v : boost::make_iterator_range(vertices(g.g))) {
    out << names[v];
    vertex_writer(out, v);
    out << ";\n";
  }
  for (graph::Edge e : boost::make_iterator_range(edges(g.g))) {
    out << names[source(e, g.g)] << "->" << names[target(e, g.g)] << " ";
    edge_writer(out, e);
    out << ";\n";
  }
  out << "}\n";
  return std::move(out.text);
}

std::string series_dot(const Corpus& corpus, const graph::PersistenceGraph& full,
                       const std::string& series_id) {
  auto view = graph::fold_clauses(corpus, graph::around_series(corpus, full, series_id));
  return graph_dot(corpus, view, DotOptions{true});
}

}  // namespace ct::report

// GraphML writer: the keys, then every vertex and edge with its non-empty data.
#include "report/graph_graphml.h"

#include <array>
#include <boost/range/iterator_range.hpp>
#include <string_view>

#include "report/graph_labels.h"

namespace ct::report {

namespace {

using graph::Vertex;
using graph::VertexKind;

constexpr std::array<std::string_view, 13> kVertexKeys{
    "kind", "id",    "label",  "series", "date", "language", "role",
    "type", "value", "status", "first",  "last", "absent"};
enum VertexKey {
  Kind,
  Id,
  Label,
  SeriesKey,
  Date,
  Language,
  RoleKey,
  Type,
  Value,
  StatusKey,
  First,
  Last,
  Absent
};

// Text for XML content and attributes: the five predefined entities escaped;
// control characters XML 1.0 forbids become spaces.
// Runs of plain bytes are copied whole (graph files of the archive hold
// tens of megabytes of clause text).
void append_xml(std::string& out, std::string_view s) {
  std::size_t run = 0;  // start of the bytes copied as they are
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool control =
        static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
    if (!control && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'') continue;
    out.append(s, run, i - run);
    run = i + 1;
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        out += ' ';
    }
  }
  out.append(s, run, std::string_view::npos);
}

void append_data(std::string& out, std::string_view key, std::string_view value) {
  if (value.empty()) return;
  out += "      <data key=\"";
  out += key;
  out += "\">";
  append_xml(out, value);
  out += "</data>\n";
}

std::array<std::string, 13> vertex_data(const Corpus& corpus, const graph::PersistenceGraph& g,
                                        Vertex v) {
  std::array<std::string, 13> d;
  const graph::VertexData& x = g.g[v];
  d[Kind] = graph::name(x.kind);
  d[Id] = node_id(corpus, g, v);
  d[Label] = node_label(corpus, g, v);
  const Document* doc = nullptr;
  if (x.kind == VertexKind::Document) doc = &corpus.documents[x.index];
  if (x.kind == VertexKind::Clause) {
    doc = &corpus.documents[corpus.clauses[x.index].doc];
    d[RoleKey] = name(corpus.clauses[x.index].role);
  }
  if (doc) {
    d[SeriesKey] = doc->series;
    d[Date] = doc->date;
    d[Language] = doc->language;
  }
  if (x.kind == VertexKind::Entity) {
    d[Type] = name(g.catalogue->entities[x.index].type);
    d[Value] = g.catalogue->entities[x.index].value;
  }
  if (const graph::Lifecycle* l = node_lifecycle(corpus, g, v); l && !l->empty()) {
    d[SeriesKey] = corpus.series[l->main_life().series].id;
    d[StatusKey] = name(l->status);
    d[First] = corpus.documents[l->first_doc].id;
    d[Last] = corpus.documents[l->last_doc].id;
    for (std::size_t a : l->absent)
      d[Absent] += (d[Absent].empty() ? "" : " ") + corpus.documents[a].id;
  }
  return d;
}

}  // namespace

// Hand-written rather than Boost's write_graphml, which writes every key of
// every vertex, empty or not, through dynamic_properties (boost::any and
// lexical_cast per value): on a graph of 60,000 vertices it was 6 times
// slower than this and its file twice the size. The format is a few fixed
// elements; boost::read_graphml reads this output back (tests/graph).
std::string graph_graphml(const Corpus& corpus, const graph::PersistenceGraph& g) {
  std::string out;
  out.reserve(256 * (num_vertices(g.g) + num_edges(g.g)));
  out +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (std::string_view key : kVertexKeys)
    out += "  <key id=\"v_" + std::string(key) + "\" for=\"node\" attr.name=\"" + std::string(key) +
           "\" attr.type=\"string\"/>\n";
  out +=
      "  <key id=\"e_kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
      "  <key id=\"e_change\" for=\"edge\" attr.name=\"change\" attr.type=\"string\"/>\n"
      "  <key id=\"e_count\" for=\"edge\" attr.name=\"count\" attr.type=\"int\"/>\n"
      "  <graph id=\"G\" edgedefault=\"directed\" parse.nodeids=\"canonical\" "
      "parse.edgeids=\"canonical\" parse.order=\"nodesfirst\">\n";

  std::array<std::string, kVertexKeys.size()> key_ids;
  for (std::size_t k = 0; k < kVertexKeys.size(); ++k)
    key_ids[k] = "v_" + std::string(kVertexKeys[k]);
  for (Vertex v : boost::make_iterator_range(vertices(g.g))) {
    out += "    <node id=\"n" + std::to_string(v) + "\">\n";
    const auto data = vertex_data(corpus, g, v);
    for (std::size_t k = 0; k < kVertexKeys.size(); ++k) append_data(out, key_ids[k], data[k]);
    out += "    </node>\n";
  }
  std::size_t n = 0;
  for (graph::Edge e : boost::make_iterator_range(edges(g.g))) {
    const graph::EdgeData& d = g.g[e];
    out += "    <edge id=\"e" + std::to_string(n++) + "\" source=\"n" +
           std::to_string(source(e, g.g)) + "\" target=\"n" + std::to_string(target(e, g.g)) +
           "\">\n";
    append_data(out, "e_kind", graph::name(d.kind));
    if (d.kind == graph::EdgeKind::BelongsTo || d.kind == graph::EdgeKind::AppearsIn)
      append_data(out, "e_change", name(d.change));
    append_data(out, "e_count", std::to_string(d.count));
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

}  // namespace ct::report

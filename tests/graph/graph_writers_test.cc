// The graph writers: DOT that Graphviz renders, GraphML that a GraphML reader
// loads back, JSON with lifecycles, and the text summary.
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "graph/neighborhood.h"
#include "model/error.h"
#include "report/graph_dot.h"
#include "report/graph_graphml.h"
#include "report/graph_json.h"
#include "report/graph_summary.h"
#include "report/tracker_json.h"
#include "sample_corpus.h"
#include "support/test_support.h"

namespace ct::test {
namespace {

// Renders DOT with Graphviz; returns the SVG ("" when dot fails).
std::string render_svg(const std::string& dot) {
  TempDir dir;
  std::string in = dir.write("g.dot", dot), out = dir.path() + "/g.svg";
  int rc =
      std::system(("dot -Tsvg '" + in + "' -o '" + out + "' 2>'" + dir.path() + "/err'").c_str());
  if (rc != 0) {
    UNSCOPED_INFO("dot failed: " << read_file(dir.path() + "/err"));
    return "";
  }
  return read_file(out);
}

// A corpus whose texts and values need escaping in every format.
Corpus awkward_corpus() {
  ModelBuilder b;
  b.series("s");
  b.document("d1", "s", "2020-01-01");
  b.clause("d1", "1", "Says \"hello\" \\ back\\ & <goodbye>\x01 to A&B.",
           {{"organization", "A&B <x>", "A&B"}});
  b.document("d2", "s", "2021-01-01");
  b.clause("d2", "1", "Says \"hello\" again.");
  b.thread("t1", {{"d1/1", Change::First}, {"d2/1", Change::Reworded}}, "label with \"quotes\" \\");
  return b.build();
}

struct ReadVertex {
  std::string kind, id, label, status;
};
struct ReadEdge {
  std::string kind, change;
  int count = 0;
};
using ReadGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, ReadVertex, ReadEdge>;

ReadGraph read_back(const std::string& graphml) {
  ReadGraph g;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("kind", get(&ReadVertex::kind, g));
  dp.property("id", get(&ReadVertex::id, g));
  dp.property("label", get(&ReadVertex::label, g));
  dp.property("status", get(&ReadVertex::status, g));
  dp.property("kind", get(&ReadEdge::kind, g));
  dp.property("change", get(&ReadEdge::change, g));
  dp.property("count", get(&ReadEdge::count, g));
  std::istringstream in(graphml);
  boost::read_graphml(in, g, dp);
  return g;
}

TEST_CASE("writers: DOT renders with Graphviz", "[graph]") {
  Corpus c = sample_corpus();
  auto g = graph::build_graph(c);
  std::string dot = report::graph_dot(c, g);
  CHECK(dot.rfind("digraph G {", 0) == 0);
  CHECK(dot.find("\"doc:d1\"[label=\"d1\\n2020-01-10\"") != std::string::npos);
  CHECK(dot.find("\"clause:d3/3\"->\"thread:t2\" [label=\"reappeared\"") != std::string::npos);
  CHECK(dot.find("URL=") == std::string::npos);
  std::string svg = render_svg(dot);
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find("meeting:B@2019&#45;09&#45;01") != std::string::npos);

  Corpus a = awkward_corpus();
  std::string awkward = report::graph_dot(a, graph::build_graph(a));
  CHECK(awkward.find("tooltip=\"Says \\\"hello\\\" \\\\ back\\\\ & <goodbye> to A&B.\"") !=
        std::string::npos);
  CHECK(render_svg(awkward).find("<svg") != std::string::npos);
}

TEST_CASE("writers: the DOT of one series links threads and entities to anchors", "[graph]") {
  Corpus c = sample_corpus();
  auto full = graph::build_graph(c);
  std::string dot = report::series_dot(c, full, "s");
  CHECK(dot.find("URL=\"#thread-t1\"") != std::string::npos);
  CHECK(dot.find("URL=\"#entity-meeting:B@2019-09-01\"") != std::string::npos);
  CHECK(dot.find("clause:") == std::string::npos);  // clauses folded into the edges
  CHECK(dot.find("\"thread:t1\"->\"doc:d3\" [label=\"amended\"") != std::string::npos);
  CHECK(dot.find("thread:t5") == std::string::npos);  // another series' thread
  CHECK(render_svg(dot).find("href=\"#thread-t1\"") != std::string::npos);
  CHECK_THROWS_AS(report::series_dot(c, full, "nope"), InputError);
}

TEST_CASE("writers: GraphML reads back with boost::read_graphml", "[graph]") {
  Corpus c = sample_corpus();
  auto g = graph::build_graph(c);
  ReadGraph r = read_back(report::graph_graphml(c, g));
  REQUIRE(num_vertices(r) == num_vertices(g.g));
  REQUIRE(num_edges(r) == num_edges(g.g));
  CHECK(r[0].kind == "document");
  CHECK(r[0].id == "doc:d1");
  CHECK(r[0].label == "d1 (2020-01-10)");
  auto t1 = graph::thread_vertex(c, 0);
  CHECK(r[t1].id == "thread:t1");
  CHECK(r[t1].status == "modified");
  auto report_vertex = graph::entity_vertex(c, *g.catalogue->entity_index("report:OHCHR@2018-06"));
  CHECK(r[report_vertex].status == "dropped");
  std::map<std::string, int> kinds;
  for (auto e : boost::make_iterator_range(edges(r))) ++kinds[r[e].kind];
  CHECK(kinds ==
        std::map<std::string, int>{
            {"belongs-to", 14}, {"cites", 3}, {"contains", 16}, {"follows", 5}, {"mentions", 15}});

  Corpus a = awkward_corpus();
  ReadGraph ra = read_back(report::graph_graphml(a, graph::build_graph(a)));
  REQUIRE(num_vertices(ra) == 6);
  CHECK(ra[2].label == "Says \"hello\" \\ back\\ & <goodbye> to A&B.");
  CHECK(ra[5].id == "organization:A%26B_%3Cx%3E");
  CHECK(ra[5].label == "A&B <x>");
}

TEST_CASE("writers: graph JSON has nodes, edges and lifecycles", "[graph]") {
  Corpus c = sample_corpus();
  auto full = graph::build_graph(c);
  auto j = report::graph_json(c, full);
  CHECK(j["schema"] == "clausetrack/graph/1");
  CHECK(j["scope"] == "corpus");
  REQUIRE(j["nodes"].size() == num_vertices(full.g));
  REQUIRE(j["edges"].size() == num_edges(full.g));
  CHECK(j["nodes"][0]["id"] == "doc:d1");
  CHECK(j["nodes"][0]["session"] == "2020-01-10");
  CHECK(j["edges"][0] ==
        report::Json::parse(
            R"({"source":"doc:d1","target":"clause:d1/1","kind":"contains","count":1})"));
  const auto& t2 = j["nodes"][8 + 14 + 1];
  CHECK(t2["id"] == "thread:t2");
  CHECK(t2["lifecycle"] == report::Json::parse(R"({
    "first": "d1", "last": "d3", "status": "intermittent", "series": "s",
    "absent": ["d2", "d2f"],
    "per_series": [{"series": "s", "first": "d1", "last": "d3",
                    "sessions": ["2020-01-10", "2022-01-10"],
                    "absent_sessions": ["2021-01-10"], "absent": ["d2", "d2f"],
                    "status": "intermittent"}]})"));

  auto view = report::graph_json(c, graph::around_thread(c, full, "t2"));
  CHECK(view["scope"] == "thread:t2");
  CHECK(view["nodes"].size() == 6);
}

TEST_CASE("writers: the entities array of tracker.json", "[graph]") {
  Corpus c = sample_corpus();
  auto g = graph::build_graph(c);
  auto entities = report::entities_json(c, *g.catalogue);
  REQUIRE(entities.size() == 8);
  CHECK(entities[4] == report::Json::parse(R"({
    "id": "meeting:B@2019-09-01", "type": "meeting", "value": "B@2019-09-01",
    "mentions": ["d1/3", "d2/2"], "first": "d1", "last": "d2", "status": "dropped",
    "series": "s", "absent": ["d3"],
    "texts": ["1 September 2019"],
    "per_series": [{"series": "s", "first": "d1", "last": "d2",
                    "sessions": ["2020-01-10", "2021-01-10"],
                    "absent_sessions": ["2022-01-10"], "absent": ["d3"], "status": "dropped"}]})"));
  // The contract's fields come first, in order.
  std::vector<std::string> keys;
  for (const auto& [k, v] : entities[0].items()) keys.push_back(k);
  CHECK(std::vector<std::string>(keys.begin(), keys.begin() + 7) ==
        std::vector<std::string>{"id", "type", "value", "mentions", "first", "last", "status"});
  auto tracker = report::tracker_json(c, entities);
  CHECK(tracker["entities"] == entities);
  CHECK(tracker.contains("threads"));
  // The streamed text is the tree's dump, byte for byte, with and without
  // entities, and for an empty corpus.
  CHECK(report::dump(tracker) ==
        tracker.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
  CHECK(report::tracker_json_text(c, entities) == report::dump(tracker));
  CHECK(report::tracker_json_text(c, *g.catalogue) == report::dump(tracker));
  CHECK(report::tracker_json_text(c) == report::dump(report::tracker_json(c)));
  // Made from each document's entries (as track's cache gives them back).
  CHECK(report::tracker_json_text(c, *g.catalogue, [&](std::size_t d) {
          return report::document_entries(c, d);
        }) == report::dump(tracker));
  // The entries read exactly their input: a changed clause changes it.
  std::string input = report::document_entries_input(c, c.clauses[0].doc);
  c.clauses[0].text += " more";
  CHECK(report::document_entries_input(c, c.clauses[0].doc) != input);
  Corpus empty;
  CHECK(report::tracker_json_text(empty, report::Json::array()) ==
        report::dump(report::tracker_json(empty, report::Json::array())));
}

TEST_CASE("writers: tracker.json written straight equals the tree's dump", "[graph]") {
  // Every optional field of documents, clauses, entities, members and series
  // filled, with strings that need escaping or replacing (invalid UTF-8).
  Corpus c = sample_corpus();
  auto g = graph::build_graph(c);
  std::size_t k = 0;
  while (k < c.clauses.size() && c.clauses[k].entities.empty()) ++k;
  REQUIRE(k < c.clauses.size());
  REQUIRE(c.clauses.size() > 2);
  Document& d = c.documents[c.clauses[k].doc];
  d.place = "Gen\xC3\xA8ve \"quoted\"";
  d.number = "7";
  d.detected = {"fr", "bad \xFF byte"};
  d.toc = {{"1", "S/1", "a\ttitle", "40", 3}, {"2", "", "", "", 0}};
  d.session.clear();
  Clause& cl = c.clauses[k];
  cl.text = "line\nbreak \x01 control \\ back";
  cl.parent = k == 0 ? 1 : 0;
  cl.lead = "Decides";
  cl.action = "decides";
  cl.strength = 3;
  cl.entities[0].flags = {"partial", "ambiguous"};
  cl.entities[0].attrs = {{"body", "S"}, {"we\"ird key", "v\xE9"}};
  c.clauses[*cl.parent].id = "";  // an empty id is a string, not null
  REQUIRE(!c.threads.empty());
  ThreadMember& m = c.threads[0].members.back();
  m.against = k;
  m.score = 0.123456;
  m.facts = {"date 2024-01-31 \u2192 2025-01-31"};
  c.threads[0].members.front().score = 2.0 / 3.0;
  c.series[0].body.clear();
  report::Json entities = report::entities_json(c, *g.catalogue);
  report::Json tracker = report::tracker_json(c, entities);
  const std::string text = report::dump(tracker);
  for (const char* field : {"\"toc\"", "\"attrs\"", "\"flags\"", "\"facts\"", "\"detected\"",
                            "\"strength\"", "\"score\"", "\"body\": null", "\"session\": null"})
    CHECK(text.find(field) != std::string::npos);
  CHECK(report::tracker_json_text(c, entities) == text);
  CHECK(report::tracker_json_text(c, *g.catalogue, [&](std::size_t i) {
          return report::document_entries(c, i);
        }) == report::dump(tracker));
  CHECK(report::dump(tracker) ==
        tracker.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
  // In parts, one after the other, with and without the cached entries.
  for (bool cached : {false, true}) {
    std::function<report::DocumentEntries(std::size_t)> entries;
    if (cached) entries = [&](std::size_t i) { return report::document_entries(c, i); };
    std::string parts_joined;
    for (const std::string& part : report::tracker_json_parts(c, *g.catalogue, entries)) {
      CHECK(!part.empty());
      parts_joined += part;
    }
    CHECK(parts_joined == report::tracker_json_text(c, *g.catalogue));
  }
  // An entity that appears nowhere (an empty lifecycle: first and last null).
  graph::Catalogue cat = *g.catalogue;
  graph::EntityNode lone;
  lone.id = "person:Nobody \"quoted\"";
  lone.value = "Nobody";
  lone.texts = {"nobody", "No\xC3\xA9body"};
  cat.entities.push_back(lone);
  const std::string with_lone =
      report::dump(report::tracker_json(c, report::entities_json(c, cat)));
  CHECK(with_lone.find("\"first\": null") != std::string::npos);
  CHECK(report::tracker_json_text(c, cat) == with_lone);
}

TEST_CASE("writers: the summary per series", "[graph]") {
  Corpus c = sample_corpus();
  auto g = graph::build_graph(c);
  CHECK(report::graph_summary(c, g) ==
        "series s: 3 sessions, newest 2022-01-10\n"
        "  threads: 1 persistent, 1 modified, 1 dropped, 0 new, 1 intermittent\n"
        "  entities new in 2022-01-10 (not in 2021-01-10): 3\n"
        "    law: PSA\n"
        "    date: 2019-09, 2022-01-31\n"
        "  entities gone from 2022-01-10 (in 2021-01-10): 2\n"
        "    meeting: B@2019-09-01\n"
        "    report: OHCHR@2018-06\n"
        "series r: 2 sessions, newest R-2\n"
        "  threads: 1 persistent, 0 modified, 0 dropped, 2 new, 0 intermittent\n"
        "  entities new in R-2 (not in 2020-06-01): 1\n"
        "    resolution: R/1\n"
        "  entities gone from R-2 (in 2020-06-01): 1\n"
        "    meeting: B@2019-05-01\n");
}

TEST_CASE("writers: the summary compares the newest session with its strand's last",
          "[graph][strands]") {
  // Two texts renewed in turn (strands A: January, B: June): the newest, a
  // B renewal, is compared with the B renewal before it, not with A's.
  ModelBuilder b;
  b.series("s");
  b.document("a1", "s", "2020-01-10").clause("a1", "1", "Observes.", {{"place", "Kerem", ""}});
  b.document("b1", "s", "2020-06-10").clause("b1", "1", "Patrols.", {{"place", "Coast", ""}});
  b.document("a2", "s", "2021-01-10").clause("a2", "1", "Observes.", {{"place", "Kerem", ""}});
  b.document("b2", "s", "2021-06-10")
      .clause("b2", "1", "Patrols.", {{"place", "Coast", ""}, {"place", "Harbour", ""}});
  b.thread("ta", {{"a1/1", Change::First}, {"a2/1", Change::Unchanged}})
      .thread("tb", {{"b1/1", Change::First}, {"b2/1", Change::Reworded}});
  Corpus c = b.build();
  REQUIRE(c.series.front().sessions.size() == 4);
  for (std::size_t k = 0; k < 4; ++k) c.series.front().sessions[k].strand = int(k % 2);
  const std::string s = report::graph_summary(c, graph::build_graph(c));
  INFO(s);
  // Before strands: "new in 2021-06-10 (not in 2021-01-10): 2" (Coast and
  // Harbour) and Kerem "gone".
  CHECK(s.find("  entities new in 2021-06-10 (not in 2020-06-10): 1\n    place: Harbour\n") !=
        std::string::npos);
  CHECK(s.find("  entities gone from 2021-06-10 (in 2020-06-10): 0\n") != std::string::npos);
}

TEST_CASE("writers: long summary lists wrap", "[graph]") {
  ModelBuilder b;
  b.series("s");
  b.document("d1", "s", "2020-01-01").clause("d1", "1", "Nothing.");
  std::vector<EntitySpec> many;
  for (int i = 10; i < 40; ++i) many.push_back({"place", "Place number " + std::to_string(i), ""});
  b.document("d2", "s", "2021-01-01").clause("d2", "1", "Places.", many);
  b.thread("t1", {{"d1/1", Change::First}}).thread("t2", {{"d2/1", Change::First}});
  Corpus c = b.build();
  std::string s = report::graph_summary(c, graph::build_graph(c));
  std::istringstream in(s);
  int lines = 0;
  for (std::string line; std::getline(in, line); ++lines) CHECK(line.size() <= 101);
  CHECK(lines > 6);
  CHECK(
      s.find("entities new in 2021-01-01 (not in 2020-01-01): 30\n    place: Place number 10, ") !=
      std::string::npos);
}

}  // namespace
}  // namespace ct::test

// `clausetrack graph` and the graph outputs of `clausetrack track`, run as
// the built binary on a corpus the test writes and on the shipped corpus.
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>

#include "graph/persistence_graph.h"
#include "support/test_support.h"

namespace ct::test {
namespace {

const char* kManifest = R"(series:
  - id: demo
    title: Demo group
    body: DEMO
documents:
  - id: demo-2021
    file: demo/2021.en.txt
    series: demo
    language: en
    date: 2021-05-01
  - id: demo-2022
    file: demo/2022.fr.txt
    series: demo
    language: fr
    date: 2022-05-01
  - id: demo-2023
    file: demo/2023.en.txt
    series: demo
    language: en
    date: 2023-05-01
)";

std::vector<std::pair<std::string, std::string>> demo_files() {
  return {{"demo/2021.en.txt",
           "Communiqué of the Demo Group, 1 May 2021\n\n"
           "1. Recalls its meetings held on 3 March 2019 and 4 April 2020.\n\n"
           "2. Demands the release of all political prisoners.\n\n"
           "3. Requests a fact-finding mission.\n"},
          {"demo/2022.fr.txt",
           "Communiqué du Groupe Démo, 1er mai 2022\n\n"
           "1. Rappelle ses réunions tenues le 3 mars 2019, le 4 avril 2020 et le 1er mai 2021.\n\n"
           "2. Exige la libération de tous les prisonniers politiques.\n"},
          {"demo/2023.en.txt",
           "Communiqué of the Demo Group, 1 May 2023\n\n"
           "1. Recalls its meetings held on 3 March 2019 and 1 May 2021.\n\n"
           "2. Demands the immediate release of all political prisoners.\n\n"
           "3. Requests a fact-finding mission.\n"}};
}

struct Demo {
  TempDir dir;
  std::string corpus;
  Demo() {
    for (const auto& [rel, text] : demo_files()) dir.write("corpus/" + rel, text);
    dir.write("corpus/manifest.yaml", kManifest);
    corpus = dir.path() + "/corpus";
  }
  RunResult graph(std::vector<std::string> args) const {
    args.insert(args.begin(), {"graph", "--corpus", corpus, "--rules", rules_dir()});
    return run(args);
  }
};

struct V {
  std::string kind, id;
};
struct E {
  std::string kind;
};
using ReadGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, V, E>;

TEST_CASE("graph cli: GraphML loads back with the graph's counts", "[graph]") {
  Demo demo;
  std::string out = demo.dir.path() + "/g.graphml";
  auto r = demo.graph({"--format", "graphml", "-o", out});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.empty());

  ReadGraph g;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("kind", get(&V::kind, g));
  dp.property("id", get(&V::id, g));
  dp.property("kind", get(&E::kind, g));
  std::istringstream in(read_file(out));
  boost::read_graphml(in, g, dp);

  // The same corpus built in this process.
  TempDir again;
  Corpus c = corpus_from(again, demo_files(), kManifest);
  auto expected = graph::build_graph(c);
  CHECK(num_vertices(g) == num_vertices(expected.g));
  CHECK(num_edges(g) == num_edges(expected.g));
  std::map<std::string, std::size_t> kinds;
  for (auto v : boost::make_iterator_range(vertices(g))) ++kinds[g[v].kind];
  CHECK(kinds["document"] == c.documents.size());
  CHECK(kinds["clause"] == c.clauses.size());
  CHECK(kinds["thread"] == c.threads.size());
  CHECK(kinds["entity"] == expected.catalogue->entities.size());
  CHECK(g[0].id == "doc:demo-2021");
}

TEST_CASE("graph cli: DOT renders with Graphviz, whole and per series", "[graph]") {
  Demo demo;
  for (std::vector<std::string> extra : {std::vector<std::string>{}, {"--series", "demo"}}) {
    std::string dot = demo.dir.path() + "/g.dot", svg = demo.dir.path() + "/g.svg";
    extra.insert(extra.end(), {"-o", dot});
    REQUIRE(demo.graph(extra).exit_code == 0);
    CHECK(std::system(("dot -Tsvg '" + dot + "' -o '" + svg + "'").c_str()) == 0);
    CHECK(read_file(svg).find("<svg") != std::string::npos);
  }
}

TEST_CASE("graph cli: JSON to stdout, and the part around a thread", "[graph]") {
  Demo demo;
  auto r = demo.graph({"--format", "json"});
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["schema"] == "clausetrack/graph/1");
  CHECK(j["scope"] == "corpus");
  std::string thread;
  for (const auto& n : j["nodes"])
    if (n["kind"] == "thread") {
      thread = n["ref"];
      break;
    }
  REQUIRE_FALSE(thread.empty());
  auto part = demo.graph({"--format", "json", "--thread", thread});
  REQUIRE(part.exit_code == 0);
  auto pj = nlohmann::json::parse(part.out);
  CHECK(pj["scope"] == "thread:" + thread);
  CHECK(pj["nodes"].size() < j["nodes"].size());
  std::size_t threads = 0;
  for (const auto& n : pj["nodes"]) threads += n["kind"] == "thread";
  CHECK(threads == 1);
}

TEST_CASE("graph cli: every export is deterministic, whatever --jobs is", "[graph]") {
  Demo demo;
  for (std::string format : {"dot", "graphml", "json"}) {
    auto a = demo.graph({"--format", format, "--jobs", "1"});
    auto b = demo.graph({"--format", format, "--jobs", "4"});
    auto c = demo.graph({"--format", format, "--jobs", "4"});
    REQUIRE(a.exit_code == 0);
    CHECK_FALSE(a.out.empty());
    CHECK(a.out == b.out);
    CHECK(b.out == c.out);
  }
}

TEST_CASE("graph cli: unknown ids and conflicting options exit 2", "[graph]") {
  Demo demo;
  auto s = demo.graph({"--series", "nope"});
  CHECK(s.exit_code == 2);
  CHECK(s.err == "clausetrack: error: unknown series 'nope'\n");
  CHECK(s.out.empty());
  auto t = demo.graph({"--thread", "t9999"});
  CHECK(t.exit_code == 2);
  CHECK(t.err.find("unknown thread 't9999'") != std::string::npos);
  auto e = demo.graph({"--entity", "meeting:NOBODY@1900-01-01"});
  CHECK(e.exit_code == 2);
  CHECK(e.err.find("unknown entity 'meeting:NOBODY@1900-01-01'") != std::string::npos);
  auto both = demo.graph({"--series", "demo", "--thread", "t0001"});
  CHECK(both.exit_code == 2);
  CHECK(both.err.find("at most one of") != std::string::npos);
  auto format = demo.graph({"--format", "png"});
  CHECK(format.exit_code == 2);
  // No partial output file on error.
  std::string out = demo.dir.path() + "/never.dot";
  CHECK(demo.graph({"--series", "nope", "-o", out}).exit_code == 2);
  CHECK_FALSE(exists(out));
}

TEST_CASE("graph cli: track writes graph.dot, graph.graphml and the entities array", "[graph]") {
  Demo demo;
  std::string out = demo.dir.path() + "/reports";
  auto r = run({"track", "--corpus", demo.corpus, "--rules", rules_dir(), "--out", out, "--fail-on",
                "never"});
  REQUIRE(r.exit_code == 0);
  CHECK(exists(out + "/graph.dot"));
  CHECK(exists(out + "/graph.graphml"));
  auto tracker = nlohmann::json::parse(read_file(out + "/tracker.json"));
  REQUIRE(tracker.contains("entities"));
  CHECK(tracker["entities"].is_array());
  for (const auto& e : tracker["entities"]) {
    CHECK(e.contains("id"));
    CHECK(e.contains("mentions"));
    CHECK(e.contains("status"));
  }
  // The contract's fields are all still there.
  for (const char* key : {"schema", "documents", "clauses", "threads"})
    CHECK(tracker.contains(key));
  CHECK(r.out.find("series demo: 3 sessions, newest 2023-05-01\n  threads: ") != std::string::npos);
  CHECK(r.out.find("  entities new in 2023-05-01 (not in 2022-05-01): ") != std::string::npos);

  auto quiet = run({"track", "--corpus", demo.corpus, "--rules", rules_dir(), "--out", out, "-q",
                    "--fail-on", "never"});
  REQUIRE(quiet.exit_code == 0);
  CHECK(quiet.out.empty());
  CHECK(read_file(out + "/graph.graphml").find("<graphml") != std::string::npos);
}

TEST_CASE("graph cli: the shipped corpus, per series, renders and is stable", "[graph]") {
  TempDir dir;
  std::string dot = dir.path() + "/cg.dot", svg = dir.path() + "/cg.svg";
  auto a = run({"graph", "--corpus", corpus_dir(), "--rules", rules_dir(), "--series", "oic-cg-jk",
                "-o", dot, "--jobs", "1"});
  REQUIRE(a.exit_code == 0);
  CHECK(std::system(("dot -Tsvg '" + dot + "' -o '" + svg + "'").c_str()) == 0);
  auto b = run({"graph", "--corpus", corpus_dir(), "--rules", rules_dir(), "--series", "oic-cg-jk",
                "--jobs", "4"});
  REQUIRE(b.exit_code == 0);
  CHECK(b.out == read_file(dot));
}

}  // namespace
}  // namespace ct::test

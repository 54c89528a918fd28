// The persistence graph of a hand-built corpus: exact vertices and edges.
#include "graph/persistence_graph.h"

#include <catch2/catch.hpp>

#include "sample_corpus.h"

namespace ct::test {
namespace {

TEST_CASE("graph: vertices are documents, clauses, threads, then entities by id", "[graph]") {
  Corpus c = sample_corpus();
  auto g = graph::build_graph(c);
  CHECK(g.scope == "corpus");
  CHECK(vertex_list(c, g) == std::vector<std::string>{"doc:d1",
                                                      "doc:d2",
                                                      "doc:d2f",
                                                      "doc:d3",
                                                      "doc:r1",
                                                      "doc:r2",
                                                      "doc:r2-1",
                                                      "doc:r2-2",
                                                      "clause:d1/1",
                                                      "clause:d1/2",
                                                      "clause:d1/3",
                                                      "clause:d1/4",
                                                      "clause:d2/1",
                                                      "clause:d2/2",
                                                      "clause:d2f/1",
                                                      "clause:d3/1",
                                                      "clause:d3/2",
                                                      "clause:d3/3",
                                                      "clause:r1/1",
                                                      "clause:r2-1/1",
                                                      "clause:r2-2/1",
                                                      "clause:r2-2/2",
                                                      "thread:t1",
                                                      "thread:t2",
                                                      "thread:t3",
                                                      "thread:t4",
                                                      "thread:t5",
                                                      "thread:t6",
                                                      "date:2019-09",
                                                      "date:2022-01-31",
                                                      "law:PSA",
                                                      "meeting:B@2019-05-01",
                                                      "meeting:B@2019-09-01",
                                                      "meeting:B@2020-01-10",
                                                      "report:OHCHR@2018-06",
                                                      "resolution:R/1"});
}

TEST_CASE("graph: edges say contains, follows, cites, belongs-to and mentions", "[graph]") {
  Corpus c = sample_corpus();
  auto g = graph::build_graph(c);
  CHECK(edge_list(c, g) == std::vector<std::string>{
                               // documents: contains, follows the previous session, cites
                               "doc:d1 contains clause:d1/1",
                               "doc:d1 contains clause:d1/2",
                               "doc:d1 contains clause:d1/3",
                               "doc:d1 contains clause:d1/4",
                               "doc:d1 cites report:OHCHR@2018-06",
                               "doc:d2 contains clause:d2/1",
                               "doc:d2 contains clause:d2/2",
                               "doc:d2 follows doc:d1",
                               "doc:d2 cites report:OHCHR@2018-06",
                               "doc:d2f contains clause:d2f/1",
                               "doc:d2f follows doc:d1",
                               "doc:d3 contains clause:d3/1",
                               "doc:d3 contains clause:d3/2",
                               "doc:d3 contains clause:d3/3",
                               "doc:d3 follows doc:d2",
                               "doc:d3 follows doc:d2f",
                               "doc:r1 contains clause:r1/1",
                               "doc:r2 contains doc:r2-1",
                               "doc:r2 contains doc:r2-2",
                               "doc:r2 follows doc:r1",
                               "doc:r2-1 contains clause:r2-1/1",
                               "doc:r2-1 cites resolution:R/1",
                               "doc:r2-2 contains clause:r2-2/1",
                               "doc:r2-2 contains clause:r2-2/2",
                               // clauses: belongs-to with the change, mentions with the count
                               "clause:d1/1 belongs-to thread:t1 first",
                               "clause:d1/2 belongs-to thread:t2 first",
                               "clause:d1/3 belongs-to thread:t3 first",
                               "clause:d1/3 mentions date:2019-09",
                               "clause:d1/3 mentions meeting:B@2019-05-01",
                               "clause:d1/3 mentions meeting:B@2019-09-01",
                               "clause:d1/3 mentions report:OHCHR@2018-06",
                               "clause:d1/4 belongs-to thread:t4 first",
                               "clause:d2/1 belongs-to thread:t1 unchanged",
                               "clause:d2/2 belongs-to thread:t3 unchanged",
                               "clause:d2/2 mentions meeting:B@2019-05-01",
                               "clause:d2/2 mentions meeting:B@2019-09-01",
                               "clause:d2/2 mentions meeting:B@2020-01-10",
                               "clause:d2/2 mentions report:OHCHR@2018-06 x2",
                               "clause:d2f/1 belongs-to thread:t1 translated",
                               "clause:d3/1 belongs-to thread:t1 amended",
                               "clause:d3/1 mentions date:2022-01-31",
                               "clause:d3/2 belongs-to thread:t3 unchanged",
                               "clause:d3/2 mentions date:2019-09",
                               "clause:d3/2 mentions meeting:B@2019-05-01",
                               "clause:d3/2 mentions meeting:B@2020-01-10",
                               "clause:d3/3 belongs-to thread:t2 reappeared",
                               "clause:d3/3 mentions law:PSA",
                               "clause:r1/1 belongs-to thread:t1 translated",
                               "clause:r1/1 mentions meeting:B@2019-05-01",
                               "clause:r2-1/1 belongs-to thread:t5 first",
                               "clause:r2-1/1 mentions resolution:R/1",
                               "clause:r2-2/1 belongs-to thread:t6 first",
                               "clause:r2-2/2 belongs-to thread:t1 translated",
                           });
}

TEST_CASE("graph: the catalogue keeps every mention and surface form of an entity", "[graph]") {
  Corpus c = sample_corpus();
  auto g = graph::build_graph(c);
  const auto* report = g.catalogue->find_entity("report:OHCHR@2018-06");
  REQUIRE(report);
  CHECK(report->type == EntityType::Report);
  CHECK(report->value == "OHCHR@2018-06");
  std::vector<std::string> mentions;
  for (std::size_t k : report->mentions) mentions.push_back(c.clauses[k].id);
  CHECK(mentions == std::vector<std::string>{"d1/3", "d2/2"});
  CHECK(report->texts ==
        std::vector<std::string>{"the June 2018 report", "the OHCHR report of June 2018"});
  // Numbers are facts of a clause, not vertices.
  CHECK_FALSE(g.catalogue->find_entity("number:2800"));
  CHECK(g.catalogue->entities.size() == 8);
  CHECK(graph::is_graph_entity(EntityType::Meeting));
  CHECK_FALSE(graph::is_graph_entity(EntityType::Number));
  CHECK(graph::is_citation(EntityType::Resolution));
  CHECK_FALSE(graph::is_citation(EntityType::Meeting));
}

TEST_CASE("graph: the layout of the full graph maps items to vertices", "[graph]") {
  Corpus c = sample_corpus();
  auto g = graph::build_graph(c);
  CHECK(report::node_id(c, g, graph::document_vertex(c, 3)) == "doc:d3");
  CHECK(report::node_id(c, g, graph::clause_vertex(c, 0)) == "clause:d1/1");
  CHECK(report::node_id(c, g, graph::thread_vertex(c, 5)) == "thread:t6");
  CHECK(report::node_id(c, g, graph::entity_vertex(c, 0)) == "date:2019-09");
}

TEST_CASE("graph: an empty corpus gives an empty graph", "[graph]") {
  Corpus c;
  auto g = graph::build_graph(c);
  CHECK(num_vertices(g.g) == 0);
  CHECK(num_edges(g.g) == 0);
  CHECK(g.catalogue->entities.empty());
}

}  // namespace
}  // namespace ct::test

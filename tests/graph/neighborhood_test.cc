// Views of the graph around a series, a thread or an entity, and the folded
// view: exact vertices and edges on the hand-built corpus.
#include "graph/neighborhood.h"

#include <catch2/catch.hpp>

#include "model/error.h"
#include "sample_corpus.h"

namespace ct::test {
namespace {

using Strings = std::vector<std::string>;

TEST_CASE("neighborhood: around an entity, with the documents it is absent from", "[graph]") {
  Corpus c = sample_corpus();
  auto full = graph::build_graph(c);
  auto g = graph::around_entity(c, full, "meeting:B@2019-09-01");
  CHECK(g.scope == "entity:meeting:B@2019-09-01");
  CHECK(vertex_list(c, g) == Strings{"doc:d1", "doc:d2", "doc:d2f", "doc:d3", "clause:d1/3",
                                     "clause:d2/2", "thread:t3", "meeting:B@2019-09-01"});
  CHECK(edge_list(c, g) == Strings{"doc:d1 contains clause:d1/3", "doc:d2 contains clause:d2/2",
                                   "doc:d2 follows doc:d1", "doc:d2f follows doc:d1",
                                   "doc:d3 follows doc:d2", "doc:d3 follows doc:d2f",
                                   "clause:d1/3 belongs-to thread:t3 first",
                                   "clause:d1/3 mentions meeting:B@2019-09-01",
                                   "clause:d2/2 belongs-to thread:t3 unchanged",
                                   "clause:d2/2 mentions meeting:B@2019-09-01"});
  // The shared catalogue still knows the whole lifecycle.
  CHECK(g.catalogue == full.catalogue);
}

TEST_CASE("neighborhood: an entity is found by its id or its plain TYPE:VALUE", "[graph]") {
  ModelBuilder b;
  b.series("s").document("d", "s", "2020-01-01");
  b.clause("d", "1", "Recalls Jane Doe.", {{"person", "Jane Doe", "Jane Doe"}});
  b.thread("t1", {{"d/1", Change::First}});
  Corpus c = b.build();
  auto full = graph::build_graph(c);
  auto by_id = graph::around_entity(c, full, "person:Jane_Doe");
  auto plain = graph::around_entity(c, full, "person:Jane Doe");
  CHECK(vertex_list(c, by_id) == Strings{"doc:d", "clause:d/1", "thread:t1", "person:Jane_Doe"});
  CHECK(vertex_list(c, plain) == vertex_list(c, by_id));
}

TEST_CASE("neighborhood: around a thread", "[graph]") {
  Corpus c = sample_corpus();
  auto full = graph::build_graph(c);
  auto g = graph::around_thread(c, full, "t2");
  CHECK(g.scope == "thread:t2");
  CHECK(vertex_list(c, g) ==
        Strings{"doc:d1", "doc:d3", "clause:d1/2", "clause:d3/3", "thread:t2", "law:PSA"});
  CHECK(edge_list(c, g) == Strings{"doc:d1 contains clause:d1/2", "doc:d3 contains clause:d3/3",
                                   "clause:d1/2 belongs-to thread:t2 first",
                                   "clause:d3/3 belongs-to thread:t2 reappeared",
                                   "clause:d3/3 mentions law:PSA"});
}

TEST_CASE("neighborhood: around a series, with a compilation and its items", "[graph]") {
  Corpus c = sample_corpus();
  auto full = graph::build_graph(c);
  auto g = graph::around_series(c, full, "r");
  CHECK(g.scope == "series:r");
  // clang-format off
  CHECK(vertex_list(c, g) == Strings{
      "doc:r1", "doc:r2", "doc:r2-1", "doc:r2-2",
      "clause:r1/1", "clause:r2-1/1", "clause:r2-2/1", "clause:r2-2/2",
      "thread:t1", "thread:t5", "thread:t6",
      "meeting:B@2019-05-01", "resolution:R/1"});
  CHECK(edge_list(c, g) == Strings{
      "doc:r1 contains clause:r1/1",
      "doc:r2 contains doc:r2-1",
      "doc:r2 contains doc:r2-2",
      "doc:r2 follows doc:r1",
      "doc:r2-1 contains clause:r2-1/1",
      "doc:r2-1 cites resolution:R/1",
      "doc:r2-2 contains clause:r2-2/1",
      "doc:r2-2 contains clause:r2-2/2",
      "clause:r1/1 belongs-to thread:t1 translated",
      "clause:r1/1 mentions meeting:B@2019-05-01",
      "clause:r2-1/1 belongs-to thread:t5 first",
      "clause:r2-1/1 mentions resolution:R/1",
      "clause:r2-2/1 belongs-to thread:t6 first",
      "clause:r2-2/2 belongs-to thread:t1 translated"});
  // clang-format on
}

TEST_CASE("neighborhood: folding clauses links threads to documents", "[graph]") {
  Corpus c = sample_corpus();
  auto full = graph::build_graph(c);
  auto g = graph::fold_clauses(c, graph::around_series(c, full, "s"));
  CHECK(g.scope == "series:s");
  CHECK(vertex_list(c, g) ==
        Strings{"doc:d1", "doc:d2", "doc:d2f", "doc:d3", "thread:t1", "thread:t2", "thread:t3",
                "thread:t4", "date:2019-09", "date:2022-01-31", "law:PSA", "meeting:B@2019-05-01",
                "meeting:B@2019-09-01", "meeting:B@2020-01-10", "report:OHCHR@2018-06"});
  CHECK(edge_list(c, g) == Strings{"doc:d1 cites report:OHCHR@2018-06",
                                   "doc:d1 mentions date:2019-09",
                                   "doc:d1 mentions meeting:B@2019-05-01",
                                   "doc:d1 mentions meeting:B@2019-09-01",
                                   "doc:d2 cites report:OHCHR@2018-06",
                                   "doc:d2 follows doc:d1",
                                   "doc:d2 mentions meeting:B@2019-05-01",
                                   "doc:d2 mentions meeting:B@2019-09-01",
                                   "doc:d2 mentions meeting:B@2020-01-10",
                                   "doc:d2f follows doc:d1",
                                   "doc:d3 follows doc:d2",
                                   "doc:d3 follows doc:d2f",
                                   "doc:d3 mentions date:2022-01-31",
                                   "doc:d3 mentions date:2019-09",
                                   "doc:d3 mentions meeting:B@2019-05-01",
                                   "doc:d3 mentions meeting:B@2020-01-10",
                                   "doc:d3 mentions law:PSA",
                                   "thread:t1 appears-in doc:d1 first",
                                   "thread:t1 appears-in doc:d2 unchanged",
                                   "thread:t1 appears-in doc:d2f translated",
                                   "thread:t1 appears-in doc:d3 amended",
                                   "thread:t2 appears-in doc:d1 first",
                                   "thread:t2 appears-in doc:d3 reappeared",
                                   "thread:t3 appears-in doc:d1 first",
                                   "thread:t3 appears-in doc:d2 unchanged",
                                   "thread:t3 appears-in doc:d3 unchanged",
                                   "thread:t4 appears-in doc:d1 first"});
}

TEST_CASE("neighborhood: folding counts the clauses an edge stands for", "[graph]") {
  ModelBuilder b;
  b.series("s").document("d", "s", "2020-01-01");
  b.clause("d", "1", "Recalls 1 May 2019.", {{"date", "2019-05-01", "1 May 2019"}});
  b.clause("d", "2", "And 1 May 2019 again.", {{"date", "2019-05-01", "1 May 2019"}});
  b.thread("t1", {{"d/1", Change::First}, {"d/2", Change::Split}});
  Corpus c = b.build();
  auto g = graph::fold_clauses(c, graph::build_graph(c));
  CHECK(edge_list(c, g) ==
        Strings{"doc:d mentions date:2019-05-01 x2", "thread:t1 appears-in doc:d first x2"});
}

TEST_CASE("neighborhood: unknown ids are input errors", "[graph]") {
  Corpus c = sample_corpus();
  auto full = graph::build_graph(c);
  CHECK_THROWS_AS(graph::around_series(c, full, "nope"), InputError);
  CHECK_THROWS_AS(graph::around_thread(c, full, "t99"), InputError);
  CHECK_THROWS_AS(graph::around_entity(c, full, "meeting:B@1999-01-01"), InputError);
  CHECK_THROWS_WITH(graph::around_thread(c, full, "t99"), Catch::Contains("unknown thread 't99'"));
}

}  // namespace
}  // namespace ct::test

// Lifecycles of threads and entities: status from presence, per series and
// overall, on hand-built corpora.
#include "graph/lifecycle.h"

#include <catch2/catch.hpp>

#include "graph/persistence_graph.h"
#include "sample_corpus.h"

namespace ct::test {
namespace {

using Sessions = std::vector<std::size_t>;

TEST_CASE("lifecycle: status from the sessions an item appears in", "[graph]") {
  using graph::presence_status;
  // 4 sessions, newest is 3.
  CHECK(presence_status(Sessions{0, 1, 2, 3}, 4, false, true) == Status::Persistent);
  CHECK(presence_status(Sessions{1, 2, 3}, 4, false, true) == Status::Persistent);
  CHECK(presence_status(Sessions{0, 1, 2, 3}, 4, true, true) == Status::Modified);
  CHECK(presence_status(Sessions{0, 1, 2, 3}, 4, true, false) == Status::Persistent);
  CHECK(presence_status(Sessions{3}, 4, false, true) == Status::New);
  CHECK(presence_status(Sessions{0, 1}, 4, true, true) == Status::Dropped);
  CHECK(presence_status(Sessions{0, 2}, 4, false, true) == Status::Dropped);
  CHECK(presence_status(Sessions{0, 2, 3}, 4, false, true) == Status::Intermittent);
  CHECK(presence_status(Sessions{0, 2, 3}, 4, true, true) == Status::Intermittent);
  // A series of one session: everything in it is new.
  CHECK(presence_status(Sessions{0}, 1, false, true) == Status::New);
}

struct Expect {
  std::string first, last, series;
  Status status;
  std::vector<std::string> absent;
};

void check_life(const Corpus& c, const graph::Lifecycle& life, const Expect& e) {
  REQUIRE_FALSE(life.empty());
  CHECK(c.documents[life.first_doc].id == e.first);
  CHECK(c.documents[life.last_doc].id == e.last);
  CHECK(c.series[life.main_life().series].id == e.series);
  CHECK(name(life.status) == name(e.status));
  std::vector<std::string> absent;
  for (std::size_t d : life.absent) absent.push_back(c.documents[d].id);
  CHECK(absent == e.absent);
}

TEST_CASE("lifecycle: threads of the sample corpus", "[graph]") {
  Corpus c = sample_corpus();
  auto g = graph::build_graph(c);
  const auto& t = g.catalogue->threads;
  REQUIRE(t.size() == 6);
  // t1: every session of s and r, amended in d3 -> modified.
  check_life(c, t[0], {"d1", "d3", "s", Status::Modified, {}});
  REQUIRE(t[0].per_series.size() == 2);
  CHECK(t[0].per_series[0].status == Status::Modified);
  CHECK(c.series[t[0].per_series[1].series].id == "r");
  // In r only translated: persistent there.
  CHECK(t[0].per_series[1].status == Status::Persistent);
  CHECK(t[0].per_series[1].present == Sessions{0, 1});
  // t2: d1 and d3, not d2 -> intermittent, absent from both texts of d2's session.
  check_life(c, t[1], {"d1", "d3", "s", Status::Intermittent, {"d2", "d2f"}});
  CHECK(t[1].main_life().present == Sessions{0, 2});
  CHECK(t[1].main_life().absent == Sessions{1});
  // t3: everywhere, unchanged -> persistent.
  check_life(c, t[2], {"d1", "d3", "s", Status::Persistent, {}});
  // t4: only d1 -> dropped.
  check_life(c, t[3], {"d1", "d1", "s", Status::Dropped, {"d2", "d2f", "d3"}});
  // t5, t6: only in r's newest session -> new.
  check_life(c, t[4], {"r2-1", "r2-1", "r", Status::New, {}});
  check_life(c, t[5], {"r2-2", "r2-2", "r", Status::New, {}});
}

TEST_CASE("lifecycle: entities of the sample corpus", "[graph]") {
  Corpus c = sample_corpus();
  auto g = graph::build_graph(c);
  auto life = [&](const std::string& id) -> const graph::Lifecycle& {
    const auto* e = g.catalogue->find_entity(id);
    REQUIRE(e);
    return e->life;
  };
  // Recalled in every list of s; also in r1 but not r2 (per series: dropped there).
  check_life(c, life("meeting:B@2019-05-01"), {"d1", "d3", "s", Status::Persistent, {}});
  const auto& m05 = life("meeting:B@2019-05-01");
  REQUIRE(m05.per_series.size() == 2);
  CHECK(m05.per_series[1].status == Status::Dropped);
  // The meeting d3's list lacks.
  check_life(c, life("meeting:B@2019-09-01"), {"d1", "d2", "s", Status::Dropped, {"d3"}});
  // Persistent since it first appeared (it could not be recalled before it was held).
  check_life(c, life("meeting:B@2020-01-10"), {"d2", "d3", "s", Status::Persistent, {}});
  // The report cited until d2, no longer in d3.
  check_life(c, life("report:OHCHR@2018-06"), {"d1", "d2", "s", Status::Dropped, {"d3"}});
  check_life(c, life("date:2019-09"), {"d1", "d3", "s", Status::Intermittent, {"d2", "d2f"}});
  check_life(c, life("law:PSA"), {"d3", "d3", "s", Status::New, {}});
  check_life(c, life("resolution:R/1"), {"r2-1", "r2-1", "r", Status::New, {}});
}

TEST_CASE("lifecycle: the main series is the one with the most sessions", "[graph]") {
  // A thread in one session of a long series and two of a short one.
  ModelBuilder b;
  b.series("long").series("short");
  for (int y = 2020; y <= 2023; ++y) {
    std::string id = "l" + std::to_string(y);
    b.document(id, "long", std::to_string(y) + "-01-01").clause(id, "1", "Text " + id);
  }
  b.document("s1", "short", "2021-06-01").clause("s1", "1", "Text s1");
  b.document("s2", "short", "2022-01-01").clause("s2", "1", "Text s2");
  b.thread("a",
           {{"l2020/1", Change::First}, {"s1/1", Change::Translated}, {"s2/1", Change::Reworded}});
  b.thread("b", {{"l2021/1", Change::First}});
  b.thread("c", {{"l2022/1", Change::First}});
  b.thread("d", {{"l2023/1", Change::First}});
  Corpus c = b.build();
  SessionIndex sessions(c);
  auto a = graph::thread_lifecycle(c, sessions, c.threads[0]);
  // 2 sessions in "short" against 1 in "long": short is the main series;
  // reworded after its first member there -> modified in it.
  CHECK(c.series[a.main_life().series].id == "short");
  CHECK(a.main_life().status == Status::Modified);
  CHECK(c.documents[a.first_doc].id == "l2020");
  CHECK(c.documents[a.last_doc].id == "s2");
  REQUIRE(a.in_series(0));
  CHECK(a.in_series(0)->status == Status::Dropped);
  CHECK(a.in_series(0)->absent == Sessions{1, 2, 3});
  // Overall, over its timeline l2020 l2021 s1 l2022 s2 l2023: gone from the
  // newest session -> dropped, absent from l2021, l2022 and l2023.
  CHECK(a.status == Status::Dropped);
  std::vector<std::string> absent;
  for (std::size_t d : a.absent) absent.push_back(c.documents[d].id);
  CHECK(absent == std::vector<std::string>{"l2021", "l2022", "l2023"});

  // Ties on sessions go to the later last appearance, then to the preferred
  // series (a thread's own).
  std::vector<graph::Occurrence> occ{{c.document_index("l2023").value(), false},
                                     {c.document_index("s1").value(), false}};
  auto tie = graph::lifecycle_of(c, sessions, occ, "", graph::Overall::MainSeries);
  CHECK(c.series[tie.main_life().series].id == "long");  // 2023 after 2021
  // l2022 and s2 share a date: a full tie.
  std::vector<graph::Occurrence> same{{c.document_index("l2022").value(), false},
                                      {c.document_index("s2").value(), false}};
  CHECK(c.series[graph::lifecycle_of(c, sessions, same, "short", graph::Overall::MainSeries)
                     .main_life()
                     .series]
            .id == "short");
  CHECK(c.series[graph::lifecycle_of(c, sessions, same, "long", graph::Overall::MainSeries)
                     .main_life()
                     .series]
            .id == "long");
}

TEST_CASE("lifecycle: a thread is told over its timeline, an entity in its main series",
          "[graph]") {
  // A demand in every session of "a" and in the first of "b"; the same for a
  // date the clauses mention.
  ModelBuilder b;
  b.series("a").series("b");
  const EntitySpec date{"date", "2019-08-05", "5 August 2019"};
  b.document("a1", "a", "2020-01-01").clause("a1", "1", "Demand of 5 August 2019.", {date});
  b.document("b1", "b", "2020-06-01").clause("b1", "1", "Demand of 5 August 2019.", {date});
  b.document("a2", "a", "2021-01-01").clause("a2", "1", "Demand of 5 August 2019.", {date});
  b.document("b2", "b", "2021-06-01").clause("b2", "1", "Something else.");
  b.document("a3", "a", "2022-01-01").clause("a3", "1", "Demand of 5 August 2019.", {date});
  b.thread("t1", {{"a1/1", Change::First},
                  {"b1/1", Change::Unchanged},
                  {"a2/1", Change::Unchanged},
                  {"a3/1", Change::Unchanged}});
  b.thread("t2", {{"b2/1", Change::First}});
  Corpus c = b.build();
  auto g = graph::build_graph(c);
  // The thread's timeline a1 b1 a2 b2 a3 lacks b2: intermittent (as the
  // aligner tells Thread::status), while it persists in a and is dropped in b.
  check_life(c, g.catalogue->threads[0], {"a1", "a3", "a", Status::Intermittent, {"b2"}});
  CHECK(g.catalogue->threads[0].per_series[0].status == Status::Persistent);
  CHECK(g.catalogue->threads[0].per_series[1].status == Status::Dropped);
  // The date is told in its main series, a: persistent.
  const auto* e = g.catalogue->find_entity("date:2019-08-05");
  REQUIRE(e);
  check_life(c, e->life, {"a1", "a3", "a", Status::Persistent, {}});
  CHECK(e->life.per_series[1].status == Status::Dropped);
}

TEST_CASE("lifecycle: a thread with no members has an empty lifecycle", "[graph]") {
  ModelBuilder b;
  b.series("s").document("d", "s", "2020-01-01").clause("d", "1", "Text.");
  b.thread("t1", {{"d/1", Change::First}});
  Corpus c = b.build();
  c.threads.push_back(Thread{"t2", "empty", "s", Status::New, {}});
  SessionIndex sessions(c);
  CHECK(graph::thread_lifecycle(c, sessions, c.threads[1]).empty());
  CHECK_FALSE(graph::thread_lifecycle(c, sessions, c.threads[0]).empty());
}

}  // namespace
}  // namespace ct::test

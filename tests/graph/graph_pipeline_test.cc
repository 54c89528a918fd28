// The graph of texts written by the test and run through the pipeline, with
// the threads and entities of the clauses under test set by hand, so the
// lifecycles asserted here do not depend on what align and extract find.
#include <catch2/catch.hpp>

#include "graph/entity_changes.h"
#include "graph/persistence_graph.h"
#include "report/graph_labels.h"
#include "report/graph_summary.h"
#include "support/model_builder.h"
#include "support/test_support.h"

namespace ct::test {
namespace {

const char* kManifest = R"(series:
  - id: renewals
    title: Yearly renewals
    body: DEMO
documents:
  - id: y2021
    file: y2021.en.txt
    series: renewals
    language: en
    date: 2021-03-01
  - id: y2022
    file: y2022.en.txt
    series: renewals
    language: en
    date: 2022-03-01
  - id: y2023
    file: y2023.en.txt
    series: renewals
    language: en
    date: 2023-03-01
)";

const char* k2021 =
    "Statement of the Demo Group\n\n"
    "1. Demands the release of all political prisoners.\n\n"
    "2. Calls for the repeal of the emergency laws.\n\n"
    "3. Recalls its meetings held on 1 May 2019 and 2 June 2020.\n";
const char* k2022 =
    "Statement of the Demo Group\n\n"
    "1. Demands the release of all political prisoners.\n\n"
    "2. Recalls its meetings held on 1 May 2019, 2 June 2020 and 3 July 2021.\n";
const char* k2023 =
    "Statement of the Demo Group\n\n"
    "1. Demands the immediate release of all political prisoners.\n\n"
    "2. Calls for the repeal of the emergency laws.\n\n"
    "3. Recalls its meetings held on 1 May 2019 and 3 July 2021.\n";

// The clause of document `doc` whose text holds `words`.
std::size_t find_clause(const Corpus& c, const std::string& doc, const std::string& words) {
  for (std::size_t i = 0; i < c.clauses.size(); ++i)
    if (c.documents[c.clauses[i].doc].id == doc &&
        c.clauses[i].text.find(words) != std::string::npos)
      return i;
  FAIL("no clause of " << doc << " holds '" << words << "'");
  return 0;
}

// Threads by hand: the given groups, every other clause a thread of its own.
void set_threads(Corpus& c,
                 const std::vector<std::vector<std::pair<std::size_t, Change>>>& groups) {
  c.threads.clear();
  std::vector<bool> used(c.clauses.size(), false);
  int n = 0;
  for (const auto& members : groups) {
    Thread t;
    t.id = "g" + std::to_string(++n);
    t.series = c.documents[c.clauses[members.front().first].doc].series;
    for (auto [clause, change] : members) {
      t.members.push_back({clause, change, std::nullopt, {}, {}, 0});
      used[clause] = true;
    }
    c.threads.push_back(std::move(t));
  }
  for (std::size_t i = 0; i < c.clauses.size(); ++i)
    if (!used[i])
      c.threads.push_back(Thread{"o" + std::to_string(i),
                                 c.clauses[i].text,
                                 "renewals",
                                 Status::New,
                                 {{i, Change::First, std::nullopt, {}, {}, 0}}});
}

void set_meetings(Corpus& c, std::size_t clause, const std::vector<std::string>& dates) {
  c.clauses[clause].entities.clear();
  for (const auto& d : dates) {
    Entity e;
    e.type = EntityType::Meeting;
    e.value = "DEMO@" + d;
    e.text = d;
    c.clauses[clause].entities.push_back(e);
  }
}

TEST_CASE("pipeline graph: demands and recalled meetings of a renamed series", "[graph]") {
  TempDir dir;
  Corpus c = corpus_from(
      dir, {{"y2021.en.txt", k2021}, {"y2022.en.txt", k2022}, {"y2023.en.txt", k2023}}, kManifest);
  REQUIRE(c.series.size() == 1);
  REQUIRE(c.series[0].sessions.size() == 3);

  auto release = std::vector<std::pair<std::size_t, Change>>{
      {find_clause(c, "y2021", "release"), Change::First},
      {find_clause(c, "y2022", "release"), Change::Unchanged},
      {find_clause(c, "y2023", "release"), Change::Reworded}};
  auto repeal = std::vector<std::pair<std::size_t, Change>>{
      {find_clause(c, "y2021", "repeal"), Change::First},
      {find_clause(c, "y2023", "repeal"), Change::Reappeared}};
  auto recalls = std::vector<std::pair<std::size_t, Change>>{
      {find_clause(c, "y2021", "Recalls"), Change::First},
      {find_clause(c, "y2022", "Recalls"), Change::Amended},
      {find_clause(c, "y2023", "Recalls"), Change::Amended}};
  set_threads(c, {release, repeal, recalls});
  set_meetings(c, recalls[0].first, {"2019-05-01", "2020-06-02"});
  set_meetings(c, recalls[1].first, {"2019-05-01", "2020-06-02", "2021-07-03"});
  set_meetings(c, recalls[2].first, {"2019-05-01", "2021-07-03"});

  auto g = graph::build_graph(c);
  const auto& t = g.catalogue->threads;
  CHECK(t[0].status == Status::Modified);      // reworded in 2023
  CHECK(t[1].status == Status::Intermittent);  // not in 2022
  CHECK(report::absent_documents(c, t[1].main_life()) == std::vector<std::string>{"y2022"});
  CHECK(t[2].status == Status::Modified);  // its list amended

  auto status = [&](const std::string& id) {
    const auto* e = g.catalogue->find_entity(id);
    REQUIRE(e);
    return e->life.status;
  };
  CHECK(status("meeting:DEMO@2019-05-01") == Status::Persistent);
  CHECK(status("meeting:DEMO@2020-06-02") == Status::Dropped);     // missing from 2023's list
  CHECK(status("meeting:DEMO@2021-07-03") == Status::Persistent);  // since it was held
  const auto* dropped = g.catalogue->find_entity("meeting:DEMO@2020-06-02");
  CHECK(c.documents[dropped->life.last_doc].id == "y2022");
  CHECK(report::absent_documents(c, dropped->life.main_life()) ==
        std::vector<std::string>{"y2023"});

  // What history shows between the 2022 and 2023 lists.
  auto ch = graph::entity_changes(c.clauses[recalls[1].first], c.clauses[recalls[2].first]);
  REQUIRE(ch.lost.size() == 1);
  CHECK(ch.lost[0].id == "meeting:DEMO@2020-06-02");
  CHECK(ch.gained.empty());

  // Every clause is contained by its document and belongs to its thread.
  std::size_t contains = 0, belongs = 0;
  for (auto e : boost::make_iterator_range(edges(g.g))) {
    contains += g.g[e].kind == graph::EdgeKind::Contains;
    belongs += g.g[e].kind == graph::EdgeKind::BelongsTo;
  }
  CHECK(contains == c.clauses.size());
  CHECK(belongs == c.clauses.size());

  std::string summary = report::graph_summary(c, g);
  CHECK(summary.find("series renewals: 3 sessions, newest 2023-03-01\n") == 0);
  CHECK(summary.find("  entities gone from 2023-03-01 (in 2022-03-01): ") != std::string::npos);
  CHECK(summary.find("    meeting: DEMO@2020-06-02\n") != std::string::npos);
}

}  // namespace
}  // namespace ct::test

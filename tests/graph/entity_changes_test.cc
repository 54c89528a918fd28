// Entities a clause's versions gained and lost (for `clausetrack history`).
#include "graph/entity_changes.h"

#include <catch2/catch.hpp>

#include "sample_corpus.h"

namespace ct::test {
namespace {

std::vector<std::string> ids(const std::vector<graph::EntityRef>& refs) {
  std::vector<std::string> out;
  for (const auto& r : refs) out.push_back(r.id);
  return out;
}

TEST_CASE("entity changes: what a recalled list gained and lost", "[graph]") {
  Corpus c = sample_corpus();
  const Clause& d1 = c.clauses[*c.clause_index("d1/3")];
  const Clause& d2 = c.clauses[*c.clause_index("d2/2")];
  const Clause& d3 = c.clauses[*c.clause_index("d3/2")];

  auto a = graph::entity_changes(d1, d2);
  CHECK(ids(a.gained) == std::vector<std::string>{"meeting:B@2020-01-10"});
  CHECK(ids(a.lost) == std::vector<std::string>{"date:2019-09"});

  auto b = graph::entity_changes(d2, d3);
  CHECK(ids(b.gained) == std::vector<std::string>{"date:2019-09"});
  CHECK(ids(b.lost) == std::vector<std::string>{"meeting:B@2019-09-01", "report:OHCHR@2018-06"});
  REQUIRE(b.lost.size() == 2);
  CHECK(b.lost[1].type == EntityType::Report);
  CHECK(b.lost[1].value == "OHCHR@2018-06");
  CHECK(b.lost[1].text == "the OHCHR report of June 2018");  // its first mention

  auto same = graph::entity_changes(d3, d3);
  CHECK(same.gained.empty());
  CHECK(same.lost.empty());
}

TEST_CASE("entity changes: a translation naming the same facts changes nothing", "[graph]") {
  ModelBuilder b;
  b.series("s");
  b.document("en", "s", "2020-01-01")
      .clause("en", "1", "Recalls its meeting of 5 August 2019.",
              {{"date", "2019-08-05", "5 August 2019"}});
  b.document("fr", "s", "2021-01-01", "fr")
      .clause("fr", "1", "Rappelle sa réunion du 5 août 2019 et 2 800 personnes.",
              {{"date", "2019-08-05", "5 août 2019"}, {"number", "2800", "2 800"}});
  Corpus c = b.build();
  auto ch = graph::entity_changes(c.clauses[0], c.clauses[1]);
  CHECK(ch.lost.empty());
  // Numbers count here: a history shows them.
  CHECK(ids(ch.gained) == std::vector<std::string>{"number:2800"});
}

}  // namespace
}  // namespace ct::test

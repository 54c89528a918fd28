// Sessions cited in texts the test writes: a session cited as held before it
// opened, a session cited as to come (no finding), an ordinal that does not
// fit its date, and one so far off that it names another body's session.
#include <catch2/catch.hpp>

#include "check/written_corpus.h"

using namespace ct;
using namespace ct::test;

namespace {

// The clean series with `clause` added to the newest communiqué (2023-09-19).
std::vector<Finding> with_clause(const std::string& clause, const std::string& rule) {
  auto files = clean_series();
  files.back().second += "\n4. " + clause + "\n";
  auto all = of_rule(findings_of(files), rule);
  return all;
}

}  // namespace

TEST_CASE("a session cited as held before it opened", "[check][session]") {
  auto hits = with_clause(
      "Recalled the resolution adopted by the General Assembly at its seventy-ninth session;",
      "ref.future-session");
  INFO(listing(hits));
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].message.find("UNGA-79") != std::string::npos);
}

TEST_CASE("a session cited as to come is not a future-session slip", "[check][session]") {
  for (const char* clause :
       {"Requested the Secretary General to report to the General Assembly at its seventy-ninth "
        "session;",
        "Decided that the item shall be considered by the General Assembly at its seventy-ninth "
        "session;"}) {
    auto hits = with_clause(clause, "ref.future-session");
    INFO(clause << "\n" << listing(hits));
    CHECK(hits.empty());
  }
}

TEST_CASE("a session ordinal that does not fit its date", "[check][session]") {
  auto near = with_clause(
      "Welcomed the pledges made at the seventy-eighth session of the General Assembly in "
      "September 2018;",
      "date.session-year");
  INFO(listing(near));
  REQUIRE(near.size() == 1);
  CHECK(near[0].message.find("UNGA-78") != std::string::npos);
  // Forty sessions away: the ordinal of another body's session, not a slip.
  auto far = with_clause(
      "Welcomed the pledges made at the thirty-third session of the General Assembly in "
      "September 2018;",
      "date.session-year");
  INFO(listing(far));
  CHECK(far.empty());
}

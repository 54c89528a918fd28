// `clausetrack history TEXT`: a few words typed from a clause find it, in the
// language they are written in.
#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace ct::test;

TEST_CASE("history finds a clause from a few of its words", "[pipeline][history]") {
  struct Case {
    const char* words;
    const char* clause;
  } cases[] = {
      {"release all Kashmiri political prisoners", "cg-jk-2023-09/op.5.iv"},
      {"libère tous les prisonniers politiques du Cachemire", "cg-jk-2023-03/s2.8.iii"},
  };
  for (const auto& c : cases) {
    RunResult r =
        run({"history", c.words, "--corpus", source_dir() + "/corpus", "--rules", rules_dir()});
    INFO(c.words << ": " << r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.rfind(c.clause, 0) == 0);
  }
}

// Plain messages for usage mistakes: an unknown command is named and the
// commands listed; --jobs is bounded (0 to 1024) without a 300-digit bound.
#include <catch2/catch.hpp>

#include "support/test_support.h"

using ct::test::run;

TEST_CASE("an unknown command is named and the commands listed", "[cli][errors]") {
  auto r = run({"trakc", "--out", "x"});
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err.rfind("clausetrack: error: unknown command 'trakc' (commands: track, check, diff, "
                    "segment, graph, history, export)\n",
                    0) == 0);
  CHECK(r.err.find("subcommand") == std::string::npos);
}

TEST_CASE("no command at all lists the commands", "[cli][errors]") {
  auto r = run({});
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.err.rfind("clausetrack: error: no command given (commands: track, check", 0) == 0);
}

TEST_CASE("a number of jobs outside 0..1024 is refused with a plain message", "[cli][errors]") {
  for (std::string jobs : {"-5", "1025", "99999999999999999999", "two", "1.5"}) {
    auto r = run({"track", "--jobs", jobs, "--out", "unused-out"});
    INFO(jobs << ": " << r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.rfind("clausetrack: error: --jobs: '" + jobs +
                          "' is not a number of workers from 0 to 1024 (0: one per core)\n",
                      0) == 0);
    CHECK(r.err.size() < 200);
  }
}

TEST_CASE("the version and help flags still exit 0", "[cli]") {
  CHECK(run({"--version"}).exit_code == 0);
  auto r = run({"--help"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("track") != std::string::npos);
}

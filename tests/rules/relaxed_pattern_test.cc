// relax_repetitions: large counted repetitions made unbounded, every other
// brace kept, and the relaxed pattern matching at least what the pattern
// matches.
#include "rules/relaxed_pattern.h"

#include <re2/re2.h>

#include <catch2/catch.hpp>
#include <string>

using namespace ct;

TEST_CASE("relaxed pattern: large repetitions made unbounded", "[rules][relaxed_pattern]") {
  CHECK(relax_repetitions("(?i)adopted by the .{3,120} (?:on|at) .{0,60}\\d{4}\\.?") ==
        "(?i)adopted by the .{3,} (?:on|at) .*\\d{4}\\.?");
  CHECK(relax_repetitions("(?:[^|>›]{1,40}\\s*[|>›]\\s*){1,6}[^|>›]{0,40}") ==
        "(?:[^|>›]+\\s*[|>›]\\s*){1,6}[^|>›]*");
  CHECK(relax_repetitions("x{12}y{20,}z{9,30}?") == "x{8,}y{8,}z{8,}?");
  CHECK(relax_repetitions("a{2,30}", 4) == "a{2,}");
}

TEST_CASE("relaxed pattern: small repetitions and other braces kept", "[rules][relaxed_pattern]") {
  for (const char* p :
       {"\\d{1,3}", "[-–—]{3,}", "x{8}", "a{,40}", "a{x}", "\\{1,40\\}", "[{1,40}]", "[]{1,40}]",
        "[[:alpha:]{1,40}]", "\\Qa{1,40}\\E", "\\p{Greek}", "\\x{10FFFF}", "{", "a{1,40", "plain"})
    CHECK(relax_repetitions(p) == p);
  // After a class or an escape, a repetition is still one.
  CHECK(relax_repetitions("[a-z]{2,50}") == "[a-z]{2,}");
  CHECK(relax_repetitions("\\Qa\\E{0,99}") == "\\Qa\\E*");
  CHECK(relax_repetitions("\\p{L}{1,99}") == "\\p{L}+");
}

TEST_CASE("relaxed pattern: matches what the pattern matches, and more",
          "[rules][relaxed_pattern]") {
  const std::string p = "(?i)adopted by the .{3,20} on \\d{1,2} [a-z]{3,12} \\d{4}";
  RE2 exact(p), relaxed(relax_repetitions(p, 8));
  REQUIRE(relaxed.ok());
  for (const char* line :
       {"Adopted by the Council on 5 June 2020", "adopted by the Council on 12 september 2021",
        "Adopted by the Security Council at its 8000th meeting on 5 June 2020"}) {
    INFO(line);
    if (RE2::FullMatch(line, exact)) CHECK(RE2::FullMatch(line, relaxed));
  }
  // The last line: too long for .{3,20}, let through by .{3,}.
  CHECK_FALSE(RE2::FullMatch("Adopted by the Security Council at its 8000th meeting on 5 June 2020",
                             exact));
  CHECK(RE2::FullMatch("Adopted by the Security Council at its 8000th meeting on 5 June 2020",
                       relaxed));
}

// FirstBytes never turns away a text a pattern matches, and does turn away
// texts opening with bytes no match opens with.
#include "rules/first_bytes.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "rules/rules.h"
#include "support/test_support.h"

using namespace ct;

TEST_CASE("first bytes: a range of the bytes matches open with", "[rules][first_bytes]") {
  re2::RE2 digits("(\\d{1,4})\\.\\s+");
  FirstBytes f = first_bytes(digits);
  CHECK(f.admits("12. Decides", 0));
  CHECK(f.admits("see 3. above", 4));
  CHECK_FALSE(f.admits("Decides", 0));
  CHECK_FALSE(f.admits("(a) text", 0));
  CHECK(f.admits("", 0));  // past the end: the pattern decides

  re2::RE2 folded("(?i)adopted");
  CHECK(first_bytes(folded).admits("Adopted by", 0));
  CHECK(first_bytes(folded).admits("adopted by", 0));
  CHECK_FALSE(first_bytes(folded).admits("(adopted)", 0));

  // A pattern that can match the empty string admits everything.
  re2::RE2 optional("a?");
  CHECK(first_bytes(optional).admits("zzz", 0));
}

TEST_CASE("first bytes: every shipped marker form admits the lines it matches",
          "[rules][first_bytes]") {
  const Rules& rules = test::rules();
  const std::vector<std::string> lines = {
      "1. Decides", "12) text", "(3) text", "4 - text", "a. text",  "iv) text",    "(b) text",
      "с) text",    "x- text",  "(أ) نص",   "’1‘ نص",   "㈠ 文本",  "(十一) 文本", "一、文本",
      "(•) item",   "• item",   "- item",   "* item",   "B. Title", "(xii) text"};
  int matched = 0;
  for (const MarkerForm& form : rules.structure.markers)
    for (const std::string& line : lines)
      if (re2::RE2::PartialMatch(line, "^(?:" + form.pattern->pattern() + ")")) {
        ++matched;
        CHECK(form.first.admits(line, 0));
      }
  CHECK(matched >= static_cast<int>(lines.size()));
  // Narrower than everything: a line of words is turned away by some forms.
  int refused = 0;
  for (const MarkerForm& form : rules.structure.markers)
    refused += !form.first.admits("Recalling its resolutions", 0);
  CHECK(refused * 2 > static_cast<int>(rules.structure.markers.size()));
}

// WholeLineSet answers as RE2::FullMatch with each of its patterns would.
#include "rules/whole_line_set.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "model/error.h"

using namespace ct;

namespace {
re2::RE2::Options options() {
  re2::RE2::Options opt;
  opt.set_log_errors(false);
  opt.set_encoding(re2::RE2::Options::EncodingUTF8);
  return opt;
}
std::shared_ptr<const DeferredPattern> re(const std::string& p) {
  return std::make_shared<const DeferredPattern>(p, options(), "test.yaml", 1, 1);
}
}  // namespace

TEST_CASE("whole-line set: the same answers as each pattern's full match",
          "[rules][whole_line_set]") {
  std::vector<std::shared_ptr<const DeferredPattern>> ps = {
      re("(?i)newsletter"), re("\\d{1,3}"), re("[-–—]{3,}"), re("(?i)page\\s*\\d+")};
  WholeLineSet set(ps);
  for (std::string line : {"Newsletter", "newsletter box", "12", "1234", "———", "--", "Page 3",
                           "page 3 of 9", "", "Subscribe to our newsletter"}) {
    bool each = false;
    for (const auto& p : ps) each |= re2::RE2::FullMatch(line, p->get());
    INFO(line);
    CHECK(set.full_match(line) == each);
  }
  CHECK(set.full_match("Newsletter"));
  CHECK_FALSE(set.full_match("newsletter box"));
}

TEST_CASE("whole-line set: one pattern and none", "[rules][whole_line_set]") {
  WholeLineSet one({re("\\*{3,}")});
  CHECK(one.full_match("****"));
  CHECK_FALSE(one.full_match("** x **"));
  WholeLineSet none;
  CHECK(none.empty());
  CHECK_FALSE(none.full_match("anything"));
}

TEST_CASE("whole-line set: patterns compiled one by one only when the set cannot answer",
          "[rules][whole_line_set]") {
  // A budget too small for `.{300}` (UTF-8): it parses, but neither the set
  // nor the pattern alone compiles. The error names the pattern's place.
  re2::RE2::Options tiny = options();
  tiny.set_max_mem(1 << 12);
  auto big = std::make_shared<const DeferredPattern>(".{300}", tiny, "chrome.yaml", 3, 7);
  auto small = std::make_shared<const DeferredPattern>("x", tiny, "chrome.yaml", 4, 7);
  try {
    WholeLineSet set({small, big});
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.file() == "chrome.yaml");
    CHECK(e.line() == 3);
    CHECK(e.column() == 7);
    CHECK(e.what_only().rfind("pattern does not compile: ", 0) == 0);
  }
  // The same error again on a second call (nothing compiled is kept).
  CHECK_THROWS_AS(big->get(), InputError);
  // Patterns that make a set stay uncompiled and still answer.
  WholeLineSet fine({re("(?i)newsletter"), re("\\d{1,3}")});
  CHECK(fine.full_match("NEWSLETTER"));
  CHECK(fine.full_match("12"));
  CHECK_FALSE(fine.full_match("1234"));
}

TEST_CASE("whole-line groups: each group's bit as its own set answers", "[rules][whole_line_set]") {
  std::vector<std::vector<std::shared_ptr<const DeferredPattern>>> groups = {
      {re("(?:\\\\?[*_=~#•·]\\s*){3,}"), re("[-–—]{3,}")},
      {re("\\d{1,3}"), re("(?i)(?:page|p\\.)\\s*\\d{1,3}")},
      {},
      {re("(?i)adopted by the .{3,120} (?:on|at) .{0,60}\\d{4}\\.?"), re("\\d{1,5}")}};
  WholeLineGroups all(groups);
  int matched = 0;
  for (std::string line :
       {"***", "———", "12", "Page 3", "p. 7", "12345", "123", "",
        "Adopted by the Security Council at its 8000th meeting, on 5 June 2020",
        "The Security Council,", "Recalling its resolutions 2540 (2020) and 2568 (2021),"}) {
    std::uint32_t want = 0;
    for (std::uint32_t g = 0; g < groups.size(); ++g)
      if (WholeLineSet(groups[g]).full_match(line)) want |= std::uint32_t{1} << g;
    INFO(line);
    CHECK(all.match(line) == want);
    matched += want != 0;
  }
  CHECK(matched == 8);
  CHECK(all.match("123") == 0b1010);  // two groups at once
  CHECK(WholeLineGroups().match("123") == 0);
}

TEST_CASE("whole-line groups: a line the relaxed screen lets through is matched exactly",
          "[rules][whole_line_set]") {
  // `.{3,20}` is screened as `.{3,}`: a line of 30 letters passes the screen
  // but not the pattern; 10 letters match both.
  std::vector<std::vector<std::shared_ptr<const DeferredPattern>>> groups = {
      {re("x-.{3,20}")}, {re("\\d{1,3}")}, {re("x-.{25,40}")}};
  WholeLineGroups all(groups);
  CHECK(all.match("x-" + std::string(10, 'a')) == 0b001);
  CHECK(all.match("x-" + std::string(30, 'a')) == 0b100);
  CHECK(all.match("x-" + std::string(50, 'a')) == 0);
  CHECK(all.match("12") == 0b010);
  WholeLineSet one({re("x-.{3,20}")});
  CHECK(one.full_match("x-abcd"));
  CHECK_FALSE(one.full_match("x-" + std::string(30, 'a')));
}

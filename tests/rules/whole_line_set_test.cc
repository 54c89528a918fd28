// WholeLineSet answers as RE2::FullMatch with each of its patterns would.
#include "rules/whole_line_set.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace ct;

namespace {
std::shared_ptr<const re2::RE2> re(const std::string& p) {
  re2::RE2::Options opt;
  opt.set_log_errors(false);
  opt.set_encoding(re2::RE2::Options::EncodingUTF8);
  return std::make_shared<re2::RE2>(p, opt);
}
}  // namespace

TEST_CASE("whole-line set: the same answers as each pattern's full match",
          "[rules][whole_line_set]") {
  std::vector<std::shared_ptr<const re2::RE2>> ps = {re("(?i)newsletter"), re("\\d{1,3}"),
                                                     re("[-–—]{3,}"), re("(?i)page\\s*\\d+")};
  WholeLineSet set(ps);
  for (std::string line : {"Newsletter", "newsletter box", "12", "1234", "———", "--", "Page 3",
                           "page 3 of 9", "", "Subscribe to our newsletter"}) {
    bool each = false;
    for (const auto& p : ps) each |= re2::RE2::FullMatch(line, *p);
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

TEST_CASE("whole-line groups: each group's bit as its own set answers", "[rules][whole_line_set]") {
  std::vector<std::vector<std::shared_ptr<const re2::RE2>>> groups = {
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

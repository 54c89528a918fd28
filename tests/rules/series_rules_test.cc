// rules/series.yaml is validated strictly: an unknown key or an out-of-range
// similarity is an error naming the file, line and column.
#include "rules/series_rules.h"

#include <re2/re2.h>

#include <catch2/catch.hpp>

#include "model/error.h"
#include "support/test_support.h"

using ct::test::TempDir;

namespace {

void expect_error(const std::string& content, int line, int column, const std::string& what) {
  TempDir dir;
  dir.write("series.yaml", content);
  try {
    ct::load_series_rules(dir.path());
    FAIL("no error for:\n" << content);
  } catch (const ct::InputError& e) {
    INFO(e.located());
    CHECK(e.file() == dir.path() + "/series.yaml");
    CHECK(e.line() == line);
    CHECK(e.column() == column);
    CHECK(e.what_only().find(what) != std::string::npos);
  }
}

}  // namespace

TEST_CASE("the shipped series rules load", "[rules][series]") {
  const ct::SeriesRules& r = ct::test::rules().series;
  CHECK(r.min_similarity > 0);
  CHECK(r.min_similarity <= 1);
  CHECK(!r.generic_title.empty());
  // Longest phrases first, so "the situation in" goes before a word of it.
  for (std::size_t i = 1; i < r.generic_title.size(); ++i)
    CHECK(r.generic_title[i - 1].size() >= r.generic_title[i].size());
}

TEST_CASE("series.yaml errors are located", "[rules][series]") {
  expect_error("min_similarity: 0.1\nthreshold: 2\n", 2, 1, "threshold");
  expect_error("min_similarity: 1.5\n", 1, 17, "min_similarity");
  expect_error("generic_title: {a: b}\n", 1, 16, "generic_title");
  expect_error("subject:\n  - 'situation in (?P<what>\\w+)'\n", 2, 5, "(?P<subject>");
  expect_error("subject:\n  - 'situation in (?P<subject>[a-'\n", 2, 5, "does not compile");
}

TEST_CASE("the shipped subject phrases find a text's subject", "[rules][series]") {
  const ct::SeriesRules& r = ct::test::rules().series;
  REQUIRE(!r.subject.empty());
  auto subject = [&](const std::string& text) {
    for (const auto& p : r.subject) {
      std::string s;
      if (re2::RE2::PartialMatch(text, p->get(), &s)) return s;
    }
    return std::string();
  };
  CHECK(subject("Recalling its previous resolutions on the situation in Somalia, and") ==
        "Somalia");
  CHECK(subject("Reaffirming its resolutions 1261 (1999) on children and armed conflict,") ==
        "children and armed conflict");
  CHECK(subject("Rappelant ses résolutions antérieures sur la situation en Haïti,") != "");
  CHECK(subject("Decides to renew the mandate of the Mission until 31 May 2021.") == "");
}

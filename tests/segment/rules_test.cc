// rules/structure.yaml and rules/chrome.yaml are validated strictly: an
// unknown key, a wrong type or a pattern that does not compile is an error
// naming the rules file, line and column (exit 2 from the binary).
#include "rules/rules.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <regex>

#include "model/error.h"
#include "support/test_support.h"

namespace fs = std::filesystem;
using ct::test::TempDir;

namespace {

// A copy of the project's rules with one file replaced.
std::string rules_with(const TempDir& dir, const std::string& file, const std::string& content) {
  std::string rules = dir.path() + "/rules";
  fs::copy(ct::test::rules_dir(), rules, fs::copy_options::recursive);
  dir.write("rules/" + file, content);
  return rules;
}

void expect_error(const std::string& file, const std::string& content, int line, int column,
                  const std::string& what) {
  TempDir dir;
  std::string rules = rules_with(dir, file, content);
  try {
    ct::load_rules(rules);
    FAIL("no error for " << file << ":\n" << content);
  } catch (const ct::InputError& e) {
    INFO(e.located());
    CHECK(e.file() == rules + "/" + file);
    CHECK(e.line() == line);
    CHECK(e.column() == column);
    CHECK(e.what_only().find(what) != std::string::npos);
  }
}

}  // namespace

TEST_CASE("the shipped structure and chrome rules load", "[segment][rules]") {
  const ct::Rules& r = ct::test::rules();
  CHECK(r.structure.markers.size() >= 8);
  CHECK(r.structure.decoration != nullptr);
  CHECK(!r.structure.meta_lines.empty());
  CHECK(r.structure.participle_suffixes.count("en") == 1);
  CHECK(r.structure.participle_suffixes.count("fr") == 1);
  CHECK(!r.chrome.lines.empty());
  CHECK(!r.chrome.separators.empty());
  CHECK(!r.chrome.page_numbers.empty());
  CHECK(r.chrome.repeated_min >= 2);
}

TEST_CASE("structure.yaml errors are located", "[segment][rules]") {
  expect_error("structure.yaml", "markers:\n  - {style: \"N.\", pattern: '(?P<num>\\d+'}\n", 2, 28,
               "pattern does not compile");
  expect_error("structure.yaml", "markers:\n  - {style: \"N.\", pattern: '\\d+\\.'}\n", 2, 28,
               "named groups");
  expect_error("structure.yaml", "heading_max_words: 25\ntitle_words: 4\n", 2, 1,
               "unknown key 'title_words'");
  expect_error("structure.yaml", "heading_max_words: many\n", 1, 20, "must be an integer");
  expect_error("structure.yaml", "signature:\n  max_words: 10\n  lines: 2\n", 3, 3,
               "unknown key 'lines'");
  expect_error("structure.yaml", "markers: [\n", 2, 1, "invalid YAML");
}

TEST_CASE("chrome.yaml errors are located", "[segment][rules]") {
  expect_error("chrome.yaml", "lines:\n  - {pattern: 'Share', zone: footer}\n", 2, 30,
               "zone must be one of");
  expect_error("chrome.yaml", "separators:\n  - '[*'\n", 2, 5, "pattern does not compile");
  expect_error("chrome.yaml", "repeated:\n  min_count: 1\n", 2, 14, "at least 2");
  expect_error("chrome.yaml", "page_numbers: '\\d+'\nbanners: []\n", 2, 1, "unknown key 'banners'");
}

TEST_CASE("a bad rules file stops the binary with a located one-line error", "[segment][rules]") {
  TempDir dir;
  std::string rules =
      rules_with(dir, "chrome.yaml", "lines:\n  - {pattern: '(unclosed', zone: any}\n");
  std::string text = dir.write("doc.txt", "Title\n\n1. Decides to act.\n");
  auto r = ct::test::run({"segment", text, "--rules", rules});
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  INFO(r.err);
  CHECK(std::regex_match(
      r.err,
      std::regex("clausetrack: error: .*chrome\\.yaml:2:15: pattern does not compile: .*\n")));
}

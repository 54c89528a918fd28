// The checks on the shipped corpus: the acceptance findings, and every finding
// against tests/check/expected_findings.txt (reviewed by hand: no false alarm
// at error severity); the findings differ from the file -> the test fails.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "check/check.h"
#include "pipeline/pipeline.h"
#include "support/test_support.h"

using namespace ct;
using namespace ct::test;

namespace {

const std::vector<Finding>& shipped() {
  static const std::vector<Finding> findings = [] {
    Corpus c = pipeline::load(corpus_dir(), rules(), 2);
    return check::run_checks(c, rules());
  }();
  return findings;
}

std::string cut(std::string s);

std::string line_of(const Finding& f) {
  std::string msg = cut(f.message.substr(0, 50));
  return f.rule + "\t" + f.where.file + "\t" + std::to_string(f.where.line) + "\t" +
         std::string(name(f.severity)) + "\t" + msg;
}

std::string cut(std::string s) {
  while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80) s.pop_back();
  if (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0xC0) s.pop_back();
  return s;
}

bool has(const std::string& rule, const std::string& file, int line, const std::string& text) {
  for (const Finding& f : shipped())
    if (f.rule == rule && f.where.file == file && f.where.line == line &&
        f.message.find(text) != std::string::npos)
      return true;
  return false;
}

}  // namespace

TEST_CASE("shipped corpus: the acceptance findings", "[check][shipped]") {
  CHECK(has("date.missing-day", "cg-jk/2019-09-25-new-york.fr.txt", 17, "le Septembre 2019"));
  CHECK(has("date.meeting-mismatch", "cg-jk/2023-09-20-new-york.en.txt", 11, "17 March 2023"));
  CHECK(has("date.meeting-mismatch", "cg-jk/2025-09-23-new-york.en.txt", 15, "2023-03-16"));
  CHECK(has("text.mixed-script", "cfm/2020-11-27-niamey-cfm47-pol.fr.txt", 2186, "TÉHÉРАН"));
  CHECK(has("ref.toc-title", "cfm/2020-11-27-niamey-cfm47-pol.fr.txt", 36, "DIFFEREND"));
  CHECK(has("text.near-miss", "cg-jk/2025-09-23-new-york.en.txt", 32, "activists"));
  CHECK(has("text.spacing", "cg-jk/2025-09-23-new-york.en.txt", 50, "23,2025"));
  CHECK(has("text.spacing", "cg-jk/2023-09-20-new-york.en.txt", 65, "2019,on"));
  CHECK(has("numbering.repeated", "cfm/2020-11-27-niamey-cfm47-pol.fr.txt", 2212, "7"));
}

TEST_CASE("shipped corpus: every finding is in the reviewed expectation file", "[check][shipped]") {
  std::ifstream in(source_dir() + "/tests/check/expected_findings.txt");
  REQUIRE(in);
  std::vector<std::string> expected, actual;
  std::string line;
  while (std::getline(in, line))
    if (!line.empty() && line[0] != '#') {
      // The message is compared on its first 50 bytes, cut on a character.
      auto tab = line.rfind('\t');
      expected.push_back(line.substr(0, tab + 1) + cut(line.substr(tab + 1, 50)));
    }
  for (const Finding& f : shipped()) actual.push_back(line_of(f));
  std::string missing, unexpected;
  for (const auto& e : expected)
    if (std::find(actual.begin(), actual.end(), e) == actual.end()) missing += e + "\n";
  for (const auto& a : actual)
    if (std::find(expected.begin(), expected.end(), a) == expected.end()) unexpected += a + "\n";
  INFO("missing:\n" << missing << "unexpected:\n" << unexpected);
  CHECK(missing.empty());
  CHECK(unexpected.empty());
  CHECK(expected.size() == actual.size());
}

TEST_CASE("shipped corpus: findings are sorted, fingerprints stable and distinct",
          "[check][shipped]") {
  const auto& f = shipped();
  REQUIRE(!f.empty());
  for (std::size_t i = 1; i < f.size(); ++i) {
    bool ordered = std::tie(f[i - 1].where.file, f[i - 1].where.line, f[i - 1].where.column) <=
                   std::tie(f[i].where.file, f[i].where.line, f[i].where.column);
    CHECK(ordered);
  }
  std::set<std::string> prints;
  for (const Finding& x : f) prints.insert(x.fingerprint);
  CHECK(prints.size() == f.size());
  Corpus again = pipeline::load(corpus_dir(), rules(), 1);
  auto second = check::run_checks(again, rules());
  REQUIRE(second.size() == f.size());
  for (std::size_t i = 0; i < f.size(); ++i) CHECK(second[i].fingerprint == f[i].fingerprint);
  // The families on several threads: the same findings in the same order.
  auto threaded = check::run_checks(again, rules(), {}, 3);
  REQUIRE(threaded.size() == f.size());
  for (std::size_t i = 0; i < f.size(); ++i) {
    CHECK(threaded[i].fingerprint == f[i].fingerprint);
    CHECK(threaded[i].message == f[i].message);
  }
}

// The cross-document checks on 1,358 adopted Security Council resolutions
// (../shared/corpora/unsc-archive): their errors and warnings are exactly
// those reviewed by hand in tests/check/archive_crossref_reviewed.txt, every
// one judged true; a new finding (a false alarm until reviewed) or a lost
// one fails the test. Also: the same checks say nothing on the shipped
// corpus (tests/check/expected_findings.txt has none of them).
#include <catch2/catch.hpp>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include "check/check.h"
#include "pipeline/pipeline.h"
#include "support/test_support.h"

using namespace ct;
using namespace ct::test;

namespace {

const std::set<std::string> kRules = {"ref.resolution-year", "ref.report-date", "date.mandate-end",
                                      "date.meeting-backwards"};

using Key = std::tuple<std::string, std::string, int>;  // rule, file, line

}  // namespace

TEST_CASE("archive: cross-document findings are the reviewed ones, all true",
          "[check][crossref][archive]") {
  const std::string dir = shared_dir() + "/corpora/unsc-archive";
  if (!have(dir, "the unsc-archive set")) return;
  std::ifstream in(source_dir() + "/tests/check/archive_crossref_reviewed.txt");
  REQUIRE(in);
  std::multiset<Key> reviewed;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream row(line);
    std::string rule, file, number, verdict;
    std::getline(row, rule, '\t');
    std::getline(row, file, '\t');
    std::getline(row, number, '\t');
    std::getline(row, verdict, '\t');
    CHECK(verdict == "true");
    reviewed.insert({rule, file, std::stoi(number)});
  }
  Corpus c = pipeline::load(dir, rules(), 2);
  std::multiset<Key> found;
  std::string listing;
  std::size_t repeats = 0;  // places of a slip repeated in one document
  for (const Finding& f : check::run_checks(c, rules()))
    if (kRules.count(f.rule) && f.severity != Severity::Info) {
      for (const Location& r : f.related) repeats += r.message.starts_with("also at");
      found.insert({f.rule, f.where.file, f.where.line});
      listing += f.rule + "\t" + f.where.file + "\t" + std::to_string(f.where.line) + "\t" +
                 f.message + "\n";
    }
  INFO(listing);
  CHECK(found == reviewed);
  // "1989 (2001)" twice in S/RES/2325 (2016), "1556 (2005)" twice in
  // S/RES/2138 (2014): one finding each, the second place "also at".
  CHECK(repeats == 2);
}

TEST_CASE("shipped corpus: no cross-document finding", "[check][crossref][shipped]") {
  Corpus c = pipeline::load(corpus_dir(), rules(), 2);
  for (const Finding& f : check::run_checks(c, rules())) {
    INFO(f.rule << " " << f.where.file << ":" << f.where.line << " " << f.message);
    CHECK(kRules.count(f.rule) == 0);
    CHECK(f.rule != "date.mandate-period");
  }
}

// Finding anchors of the report (ReportIndex::finding_anchor): named for the
// fingerprint, so a link to a finding survives findings added before it;
// short forms that repeat get a suffix decided by the fingerprints.
#include "report/html_index.h"

#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace ct;

namespace {

Finding finding(const std::string& fingerprint, const std::string& file) {
  Finding f;
  f.rule = "date.missing-year";
  f.where.file = file;
  f.message = "message of " + fingerprint;
  f.fingerprint = fingerprint;
  return f;
}

// Anchor by fingerprint and message.
std::map<std::string, std::string> anchors(const Corpus& c) {
  report::ReportIndex index(c);
  std::map<std::string, std::string> out;
  for (std::size_t f = 0; f < c.findings.size(); ++f)
    out[c.findings[f].fingerprint + " " + c.findings[f].message] = index.finding_anchor(f);
  return out;
}

}  // namespace

TEST_CASE("finding anchors name the fingerprint and survive added findings", "[report][html]") {
  Corpus c;
  c.findings = {finding("0123456789abcdef", "b.txt"), finding("fedcba9876543210", "c.txt"),
                finding("01234567ffffffff", "d.txt")};
  auto before = anchors(c);
  CHECK(before["0123456789abcdef message of 0123456789abcdef"] == "finding-01234567");
  CHECK(before["fedcba9876543210 message of fedcba9876543210"] == "finding-fedcba98");
  // The same eight digits: the later fingerprint gets "-2".
  CHECK(before["01234567ffffffff message of 01234567ffffffff"] == "finding-01234567-2");

  // A finding sorted first (an earlier file), another at the end.
  c.findings.insert(c.findings.begin(), finding("aaaaaaaa00000000", "a.txt"));
  c.findings.push_back(finding("bbbbbbbb00000000", "e.txt"));
  auto after = anchors(c);
  for (const auto& [key, anchor] : before) CHECK(after[key] == anchor);

  // The same fingerprint twice (made elsewhere than the checks' sink, which
  // keeps one): suffixes in the findings' order; every anchor differs.
  Finding again = finding("fedcba9876543210", "f.txt");
  again.message = "again";
  c.findings.push_back(again);
  report::ReportIndex index(c);
  CHECK(index.finding_anchor(c.findings.size() - 1) == "finding-fedcba98-2");
  std::set<std::string> distinct;
  for (std::size_t f = 0; f < c.findings.size(); ++f) distinct.insert(index.finding_anchor(f));
  CHECK(distinct.size() == c.findings.size());
}

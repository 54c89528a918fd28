// `clausetrack check` through the binary: formats (text, json, SARIF 2.1.0
// structure, github), --fail-on exit codes, --baseline, a rules file error
// (located, exit 2), a draft checked against the corpus, and track's
// findings.json / findings.sarif.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/test_support.h"

using namespace ct::test;
using nlohmann::json;

namespace {

RunResult check(std::vector<std::string> args) {
  std::vector<std::string> all = {"check", "--corpus", corpus_dir(), "--rules", rules_dir()};
  all.insert(all.end(), args.begin(), args.end());
  return run(all);
}

}  // namespace

TEST_CASE("check: text format like a compiler, exit 1 on errors", "[check][cli]") {
  RunResult r = check({});
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("cg-jk/2019-09-25-new-york.fr.txt:17:84: error date.missing-day: date has no "
                   "day: 'le Septembre 2019'") != std::string::npos);
  CHECK(check({"--fail-on", "never"}).exit_code == 0);
  CHECK(check({"--fail-on", "bogus"}).exit_code == 2);
}

TEST_CASE("check: json follows clausetrack/findings/1", "[check][cli]") {
  RunResult r = check({"--format", "json", "--fail-on", "never"});
  REQUIRE(r.exit_code == 0);
  json j = json::parse(r.out);
  CHECK(j["schema"] == "clausetrack/findings/1");
  REQUIRE(j["findings"].is_array());
  REQUIRE(!j["findings"].empty());
  for (const auto& f : j["findings"]) {
    for (const char* k : {"rule", "severity", "doc", "file", "line", "column", "end_line",
                          "message", "related", "fingerprint"})
      CHECK(f.contains(k));
    std::string rule = f["rule"];
    CHECK(rule.find('.') != std::string::npos);
  }
}

TEST_CASE("check: SARIF 2.1.0 structure", "[check][cli]") {
  RunResult r = check({"--format", "sarif", "--fail-on", "never"});
  REQUIRE(r.exit_code == 0);
  json j = json::parse(r.out);
  CHECK(j["version"] == "2.1.0");
  CHECK(j["$schema"].get<std::string>().find("sarif") != std::string::npos);
  REQUIRE(j["runs"].size() == 1);
  const json& run = j["runs"][0];
  CHECK(run["tool"]["driver"]["name"] == "clausetrack");
  const json& rules = run["tool"]["driver"]["rules"];
  REQUIRE(rules.is_array());
  std::set<std::string> ids;
  for (const auto& rule : rules) {
    ids.insert(rule["id"].get<std::string>());
    CHECK(rule["shortDescription"]["text"].is_string());
    std::string level = rule["defaultConfiguration"]["level"];
    CHECK((level == "error" || level == "warning" || level == "note"));
  }
  REQUIRE(!run["results"].empty());
  for (const auto& res : run["results"]) {
    std::string id = res["ruleId"];
    CHECK(ids.count(id));
    CHECK(rules[res["ruleIndex"].get<int>()]["id"] == id);
    CHECK(res["message"]["text"].is_string());
    const json& loc = res["locations"][0]["physicalLocation"];
    CHECK(loc["artifactLocation"]["uri"].is_string());
    CHECK(loc["region"]["startLine"].get<int>() >= 1);
    CHECK(res["partialFingerprints"]["clausetrack/v1"].get<std::string>().size() == 16);
    if (res.contains("relatedLocations"))
      for (const auto& rl : res["relatedLocations"])
        CHECK(rl["physicalLocation"]["region"]["startLine"].get<int>() >= 1);
  }
}

TEST_CASE("check: github annotations", "[check][cli]") {
  RunResult r = check({"--format", "github"});
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("::error file=") != std::string::npos);
  CHECK(r.out.find("2019-09-25-new-york.fr.txt,line=17,col=84") != std::string::npos);
  CHECK(r.out.find("::warning file=") != std::string::npos);
  CHECK(r.out.find("::notice file=") != std::string::npos);
}

TEST_CASE("check: a baseline of accepted findings suppresses them", "[check][cli]") {
  TempDir dir;
  RunResult all = check({"--format", "json", "-o", dir.path() + "/accepted.json"});
  CHECK(all.exit_code == 1);
  RunResult r = check({"--baseline", dir.path() + "/accepted.json"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
  CHECK(check({"--baseline", dir.path() + "/missing.json"}).exit_code == 2);
}

TEST_CASE("check: a bad rules file is a located error, exit 2", "[check][cli]") {
  TempDir dir;
  std::filesystem::copy(rules_dir(), dir.path() + "/rules",
                        std::filesystem::copy_options::recursive);
  dir.write("rules/checks.yaml",
            "rules:\n  date.missing-day: {severity: error}\n  date.no-such-rule: {}\n");
  RunResult r = run({"check", "--corpus", corpus_dir(), "--rules", dir.path() + "/rules"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("checks.yaml:3:3") != std::string::npos);
  CHECK(r.err.find("unknown check rule") != std::string::npos);
  dir.write("rules/checks.yaml", "rules:\n  date.missing-day: {severity: fatal}\n");
  r = run({"check", "--corpus", corpus_dir(), "--rules", dir.path() + "/rules"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("checks.yaml:2") != std::string::npos);
  // A rule turned off and a severity changed.
  dir.write(
      "rules/checks.yaml",
      "rules:\n  date.missing-day: {enabled: false}\n  date.meeting-mismatch: {severity: info}\n"
      "  text.mixed-script: {severity: warning}\n  numbering.repeated: {severity: warning}\n"
      "  date.session-year: {severity: warning}\n");
  r = run({"check", "--corpus", corpus_dir(), "--rules", dir.path() + "/rules"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("date.missing-day") == std::string::npos);
  CHECK(r.out.find("info date.meeting-mismatch") != std::string::npos);
}

TEST_CASE("check DRAFT: the draft against its series", "[check][cli]") {
  TempDir dir;
  std::string draft = read_file(corpus_dir() + "/cg-jk/2025-09-23-new-york.en.txt");
  REQUIRE(draft.find("23,2025") != std::string::npos);
  std::string path = dir.write("draft.en.txt", draft);
  RunResult r = check({path, "--fail-on", "never"});
  CHECK(r.exit_code == 0);
  // Findings are the draft's only, with its path as given.
  CHECK(r.out.find(path + ":") != std::string::npos);
  CHECK(r.out.find("text.spacing") != std::string::npos);
  CHECK(r.out.find("date.meeting-mismatch") != std::string::npos);
  CHECK(r.out.find("2019-09-25-new-york") == std::string::npos);
  RunResult given = check({path, "--series", "oic-cg-jk", "--fail-on", "error"});
  CHECK(given.exit_code == 1);
  CHECK(check({path, "--series", "no-such-series"}).exit_code == 2);
}

TEST_CASE("track writes findings.json and findings.sarif", "[check][cli]") {
  TempDir dir;
  RunResult r = run(
      {"track", "--corpus", corpus_dir(), "--rules", rules_dir(), "--out", dir.path(), "--quiet"});
  CHECK(r.exit_code == 1);  // the shipped corpus has errors
  json f = json::parse(read_file(dir.path() + "/findings.json"));
  CHECK(f["schema"] == "clausetrack/findings/1");
  CHECK(!f["findings"].empty());
  json s = json::parse(read_file(dir.path() + "/findings.sarif"));
  CHECK(s["version"] == "2.1.0");
  CHECK(s["runs"][0]["results"].size() == f["findings"].size());
  CHECK(s["runs"][0]["originalUriBaseIds"]["CORPUSROOT"]["uri"].is_string());
  CHECK(read_file(dir.path() + "/index.html").find("date.missing-day") != std::string::npos);
}

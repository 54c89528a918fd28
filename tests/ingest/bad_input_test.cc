// Bad input through the binary: every problem is one line on stderr,
// "clausetrack: error: FILE[:LINE[:COL]]: what", exit code 2, and no output
// file is written. And the shipped corpus is never modified by a run.
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <regex>

#include "support/test_support.h"

namespace fs = std::filesystem;
using ct::test::run;
using ct::test::TempDir;

namespace {

const std::string kGood = "Joint Communique\n\nThe Ministers:\n\nDecided to meet again.\n";

// Checks the one-line located error; `located` is a regex for FILE[:LINE[:COL]].
void expect_error(const ct::test::RunResult& r, const std::string& located,
                  const std::string& what) {
  INFO("stderr: " << r.err << "stdout: " << r.out);
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  CHECK(std::regex_match(r.err,
                         std::regex("clausetrack: error: " + located + ": .*" + what + ".*\n")));
}

bool empty_dir(const std::string& dir) {
  return !fs::exists(dir) || fs::is_empty(dir);
}

// Runs `track` on a corpus folder and checks it fails without writing anything.
ct::test::RunResult track_fails(const TempDir& dir) {
  std::string out = dir.path() + "/out";
  auto r = run({"track", "--corpus", dir.path() + "/corpus", "--out", out, "--rules",
                ct::test::rules_dir(), "--quiet"});
  CHECK(empty_dir(out));
  return r;
}

std::string esc(const std::string& s) {
  return std::regex_replace(s, std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)");
}

}  // namespace

TEST_CASE("segment: a missing file", "[ingest][errors]") {
  TempDir dir;
  auto r = run({"segment", dir.path() + "/nowhere.txt", "--corpus", dir.path(), "--rules",
                ct::test::rules_dir()});
  expect_error(r, esc(dir.path() + "/nowhere.txt"), "no such file");
}

TEST_CASE("segment: a directory", "[ingest][errors]") {
  TempDir dir;
  fs::create_directories(dir.path() + "/folder.txt");
  auto r = run({"segment", dir.path() + "/folder.txt", "--corpus", dir.path() + "/none", "--rules",
                ct::test::rules_dir()});
  expect_error(r, esc(dir.path() + "/folder.txt"), "is a directory");
}

TEST_CASE("segment: an empty file", "[ingest][errors]") {
  TempDir dir;
  std::string f = dir.write("empty.txt", "");
  auto r = run({"segment", f, "--corpus", dir.path() + "/none", "--rules", ct::test::rules_dir()});
  expect_error(r, esc(f), "file is empty");
}

TEST_CASE("segment: invalid UTF-8 names its byte offset", "[ingest][errors]") {
  TempDir dir;
  std::string f = dir.write("latin1.txt", "Titre\n\nLa r\xE9union s'est tenue.\n");
  auto r = run({"segment", f, "--corpus", dir.path() + "/none", "--rules", ct::test::rules_dir()});
  expect_error(r, esc(f) + ":3:5", "invalid UTF-8 at byte offset 11");
}

TEST_CASE("segment: a binary file", "[ingest][errors]") {
  TempDir dir;
  std::string bytes = "PK\x03\x04";
  bytes += std::string("\0\0\x14\0", 4);
  bytes += "binary data";
  std::string f = dir.write("archive.txt", bytes);
  auto r = run({"segment", f, "--corpus", dir.path() + "/none", "--rules", ct::test::rules_dir()});
  expect_error(r, esc(f) + "(:\\d+:\\d+)?", "binary file");
}

TEST_CASE("track: a malformed manifest gives the YAML line and column", "[ingest][errors]") {
  TempDir dir;
  dir.write("corpus/a.txt", kGood);
  dir.write("corpus/manifest.yaml",
            "documents:\n  - id: a\n    file: a.txt\n   kind: [communique\n");
  auto r = track_fails(dir);
  expect_error(r, esc(dir.path() + "/corpus/manifest.yaml") + ":\\d+:\\d+", "YAML");
}

TEST_CASE("track: a manifest path leaving the corpus folder", "[ingest][errors]") {
  TempDir dir;
  dir.write("outside.txt", kGood);
  dir.write("corpus/manifest.yaml", "documents:\n  - id: a\n    file: ../outside.txt\n");
  auto r = track_fails(dir);
  expect_error(r, ".*manifest\\.yaml:3:\\d+", "");
  CHECK(r.err.find("outside.txt") != std::string::npos);
}

TEST_CASE("track: two documents with the same id", "[ingest][errors]") {
  TempDir dir;
  dir.write("corpus/a.txt", kGood);
  dir.write("corpus/b.txt", kGood);
  dir.write("corpus/manifest.yaml",
            "documents:\n  - id: same\n    file: a.txt\n  - id: same\n    file: b.txt\n");
  auto r = track_fails(dir);
  expect_error(r, ".*manifest\\.yaml(:\\d+:\\d+)?", "same");
}

TEST_CASE("track: a missing file listed in the manifest", "[ingest][errors]") {
  TempDir dir;
  dir.write("corpus/manifest.yaml", "documents:\n  - id: a\n    file: missing.txt\n");
  auto r = track_fails(dir);
  expect_error(r, ".*(manifest\\.yaml:3:\\d+|missing\\.txt)", "");
}

TEST_CASE("track: invalid UTF-8 in a corpus file", "[ingest][errors]") {
  TempDir dir;
  dir.write("corpus/manifest.yaml", "documents:\n  - id: a\n    file: a.txt\n");
  dir.write("corpus/a.txt", "Title\n\nOK line\nbad \xC3\x28 byte\n");
  auto r = track_fails(dir);
  expect_error(r, "a\\.txt:4:5", "invalid UTF-8 at byte offset 19");
}

TEST_CASE("a track run leaves the shipped corpus byte for byte as it was", "[ingest][corpus]") {
  TempDir out;
  auto r = run({"track", "--out", out.path() + "/reports", "--quiet"}, ct::test::source_dir());
  INFO(r.err);
  CHECK(r.exit_code != 2);
  // sha256sum (coreutils) checks every file listed in corpus/SHA256SUMS.
  std::string cmd =
      "cd '" + ct::test::corpus_dir() + "' && sha256sum --check --quiet --strict SHA256SUMS 2>&1";
  FILE* p = ::popen(cmd.c_str(), "r");
  REQUIRE(p != nullptr);
  std::string report;
  char buf[256];
  while (std::fgets(buf, sizeof buf, p)) report += buf;
  int status = ::pclose(p);
  INFO(report);
  CHECK(status == 0);
  CHECK(report.empty());
}

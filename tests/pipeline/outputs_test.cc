// Outputs all or nothing: a track run that fails, is interrupted or killed
// leaves the previous set of outputs whole and nothing beside it (a killed
// run's temporary is removed by the next run); an output folder holding
// files track did not write is refused; outputs never go into the corpus
// folder.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <map>
#include <thread>

#include "support/test_support.h"

namespace fs = std::filesystem;
using ct::test::read_file;
using ct::test::run;
using ct::test::Running;
using ct::test::TempDir;

namespace {

const std::string kText =
    "Joint Communique\n\nThe Ministers:\n\n1. Decided to meet again in New York on 5 May "
    "2021.\n\n2. Called for the release of all prisoners.\n";

// Every file under `dir` (relative path -> content).
std::map<std::string, std::string> snapshot(const std::string& dir) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file())
      files[fs::relative(e.path(), dir).generic_string()] = read_file(e.path().string());
  return files;
}

// The names in `dir` (not recursive), sorted.
std::vector<std::string> names_in(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> track_args(const std::string& corpus, const std::string& out) {
  return {"track", "--corpus", corpus,   "--rules", ct::test::rules_dir(), "--out",
          out,     "--quiet",  "--jobs", "2",       "--fail-on",           "never"};
}

// A first, good run into DIR/reports from a small corpus; returns its files.
std::map<std::string, std::string> previous_set(const TempDir& dir) {
  dir.write("small/a.txt", kText);
  auto r = run(track_args(dir.path() + "/small", dir.path() + "/work/reports"));
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto files = snapshot(dir.path() + "/work/reports");
  REQUIRE(files.count("index.html"));
  REQUIRE(files.count("tracker.json"));
  return files;
}

// Whether a temporary folder of `target` exists beside it.
bool temp_beside(const std::string& target) {
  fs::path t(target);
  for (const auto& e : fs::directory_iterator(t.parent_path()))
    if (e.path().filename().string().rfind(t.filename().string() + ".tmp-", 0) == 0) return true;
  return false;
}

// Waits until track has started writing outputs (a file in its temporary
// folder); false if it ended first.
bool wait_for_writing(Running& r, const std::string& target) {
  fs::path t(target);
  for (int i = 0; i < 60000; ++i) {
    for (const auto& e : fs::directory_iterator(t.parent_path())) {
      std::string name = e.path().filename().string();
      std::error_code ec;
      if (name.rfind(t.filename().string() + ".tmp-", 0) == 0 && !fs::is_empty(e.path(), ec))
        return true;
    }
    if (r.finished()) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return false;
}

}  // namespace

TEST_CASE("a run whose writes fail leaves the previous outputs whole", "[pipeline][outputs]") {
  TempDir dir;
  auto before = previous_set(dir);
  std::string out = dir.path() + "/work/reports";
  // Files over 200 kB cannot be written (as on a full disk): index.html and
  // tracker.json of the shipped corpus fail, the findings files succeed.
  Running running(track_args(ct::test::corpus_dir(), out), "", 200 * 1000);
  auto r = running.wait();
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("cannot write") != std::string::npos);
  CHECK(snapshot(out) == before);
  CHECK(names_in(dir.path() + "/work") == std::vector<std::string>{"reports"});
}

TEST_CASE("a folder named like an output inside OUT is refused, the outputs kept",
          "[pipeline][outputs]") {
  TempDir dir;
  auto before = previous_set(dir);
  std::string out = dir.path() + "/work/reports";
  fs::remove(out + "/index.html");
  before.erase("index.html");
  fs::create_directory(out + "/index.html");
  auto r = run(track_args(ct::test::corpus_dir(), out));
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("'index.html'") != std::string::npos);
  CHECK(snapshot(out) == before);
  CHECK(fs::is_directory(out + "/index.html"));
  CHECK(names_in(dir.path() + "/work") == std::vector<std::string>{"reports"});
}

TEST_CASE("an output folder holding a user's file is refused, nothing deleted",
          "[pipeline][outputs]") {
  TempDir dir;
  dir.write("small/a.txt", kText);
  dir.write("work/reports/thesis.docx", "my work");
  auto r = run(track_args(dir.path() + "/small", dir.path() + "/work/reports"));
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("'thesis.docx'") != std::string::npos);
  CHECK(r.err.find("did not write") != std::string::npos);
  CHECK(names_in(dir.path() + "/work/reports") == std::vector<std::string>{"thesis.docx"});
  CHECK(names_in(dir.path() + "/work") == std::vector<std::string>{"reports"});
}

TEST_CASE("dotfiles and permissions of the output folder are kept across runs",
          "[pipeline][outputs]") {
  TempDir dir;
  previous_set(dir);
  std::string out = dir.path() + "/work/reports";
  dir.write("work/reports/.nojekyll", "");
  dir.write("work/reports/.git/HEAD", "ref: refs/heads/main\n");
  // Outputs an earlier version left half written are track's own.
  dir.write("work/reports/index.html.tmp-12345", "partial");
  fs::permissions(out, fs::perms::owner_all);
  auto r = run(track_args(dir.path() + "/small", out));
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(fs::exists(out + "/.nojekyll"));
  CHECK(read_file(out + "/.git/HEAD") == "ref: refs/heads/main\n");
  CHECK(!fs::exists(out + "/index.html.tmp-12345"));
  CHECK(fs::status(out).permissions() == fs::perms::owner_all);  // kept private
  CHECK(names_in(dir.path() + "/work") == std::vector<std::string>{"reports"});
}

TEST_CASE("SIGTERM or SIGINT during a run leaves the previous outputs and no temporary",
          "[pipeline][outputs][signals]") {
  for (int sig : {SIGTERM, SIGINT}) {
    TempDir dir;
    auto before = previous_set(dir);
    std::string out = dir.path() + "/work/reports";
    Running running(track_args(ct::test::corpus_dir(), out));
    bool writing = wait_for_writing(running, out);
    running.signal(sig);
    auto r = running.wait();
    INFO("signal " << sig << ": " << r.err);
    if (!writing) {
      WARN("the run ended before it could be interrupted");
      continue;
    }
    CHECK(r.exit_code == 128 + sig);
    CHECK(snapshot(out) == before);
    CHECK(names_in(dir.path() + "/work") == std::vector<std::string>{"reports"});
  }
}

TEST_CASE(
    "a run killed with SIGKILL leaves the previous outputs; the next run removes its "
    "temporary",
    "[pipeline][outputs][signals]") {
  TempDir dir;
  auto before = previous_set(dir);
  std::string out = dir.path() + "/work/reports";
  {
    Running running(track_args(ct::test::corpus_dir(), out));
    bool writing = wait_for_writing(running, out);
    running.signal(SIGKILL);
    auto r = running.wait();
    REQUIRE(writing);
    CHECK(r.exit_code == 128 + SIGKILL);
  }
  // Whole, never a mix of two runs.
  CHECK(snapshot(out) == before);
  CHECK(temp_beside(out));
  auto r = run(track_args(dir.path() + "/small", out));
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(names_in(dir.path() + "/work") == std::vector<std::string>{"reports"});
  CHECK(snapshot(out) == before);  // the same input gives the same files
}

TEST_CASE("a swap cut between its two renames is undone by the next run", "[pipeline][outputs]") {
  TempDir dir;
  auto before = previous_set(dir);
  std::string out = dir.path() + "/work/reports";
  // The state a run killed in the middle of the fallback swap leaves: the
  // previous folder renamed aside, the new one not yet in place. The pid is
  // one of a process that has ended.
  pid_t dead = ::fork();
  if (dead == 0) ::_exit(0);
  ::waitpid(dead, nullptr, 0);
  std::string id = std::to_string(dead);
  fs::rename(out, out + ".old-" + id + "-0123456789abcdef");
  dir.write("work/reports.tmp-" + id + "-fedcba9876543210/index.html", "new, unfinished");
  // A run that fails before writing still puts the previous folder back.
  auto r = run({"track", "--corpus", dir.path() + "/nowhere", "--rules", ct::test::rules_dir(),
                "--out", out, "--quiet"});
  CHECK(r.exit_code == 2);
  CHECK(snapshot(out) == before);
  CHECK(names_in(dir.path() + "/work") == std::vector<std::string>{"reports"});
}

TEST_CASE("the temporary file a killed check -o run left is removed by the next run",
          "[pipeline][outputs]") {
  TempDir dir;
  dir.write("small/a.txt", kText);
  pid_t dead = ::fork();
  if (dead == 0) ::_exit(0);
  ::waitpid(dead, nullptr, 0);
  std::string stale = dir.write("work/f.json.tmp-" + std::to_string(dead), "partial");
  std::string stale2 =
      dir.write("work/f.json.tmp-" + std::to_string(dead) + "-00000000deadbeef", "partial");
  auto r = run({"check", "--corpus", dir.path() + "/small", "--rules", ct::test::rules_dir(),
                "--format", "json", "--fail-on", "never", "-o", dir.path() + "/work/f.json"});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(names_in(dir.path() + "/work") == std::vector<std::string>{"f.json"});
}

TEST_CASE("outputs may not be, contain or lie inside the corpus folder", "[pipeline][outputs]") {
  TempDir dir;
  std::string corpus = dir.path() + "/top/corpus";
  dir.write("top/corpus/a.txt", kText);
  // A listed document named like an output must never be overwritten.
  dir.write("top/corpus/tracker.json", "{}");
  const std::string rules = ct::test::rules_dir();
  auto before = snapshot(corpus);
  struct Case {
    std::vector<std::string> args;
    std::string what;
  };
  std::vector<Case> cases = {
      {track_args(corpus, corpus), "--out is the corpus folder"},
      {track_args(corpus, corpus + "/reports"), "--out lies inside the corpus folder"},
      {track_args(corpus, dir.path() + "/top"), "--out contains the corpus folder"},
      {track_args(corpus, dir.path() + "/top/corpus/../corpus/x"), "lies inside"},
      {{"check", "--corpus", corpus, "--rules", rules, "-o", corpus + "/tracker.json"},
       "-o lies inside the corpus folder"},
      {{"graph", "--corpus", corpus, "--rules", rules, "-o", corpus + "/g.dot"}, "-o lies inside"},
      {{"diff", "a", "a", "--corpus", corpus, "--rules", rules, "-o", corpus + "/d.txt"},
       "-o lies inside"},
  };
  for (const Case& c : cases) {
    auto r = run(c.args);
    INFO(c.what << ": " << r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(c.what) != std::string::npos);
  }
  CHECK(snapshot(corpus) == before);
  CHECK(names_in(dir.path() + "/top") == std::vector<std::string>{"corpus"});
}

TEST_CASE("a split report is replaced by the next run; a user's file in series/ is refused",
          "[pipeline][outputs]") {
  TempDir dir;
  std::string out = dir.path() + "/reports";
  auto r = run(track_args(ct::test::corpus_dir(), out));
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  REQUIRE(fs::is_directory(out + "/series"));
  REQUIRE(fs::is_directory(out + "/search"));
  r = run(track_args(ct::test::corpus_dir(), out));  // the folders are ours
  CHECK(r.exit_code == 0);
  dir.write("reports/series/notes.txt", "mine");
  r = run(track_args(ct::test::corpus_dir(), out));
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("'series/notes.txt'") != std::string::npos);
  CHECK(fs::exists(out + "/series/notes.txt"));
}

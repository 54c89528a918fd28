// No file outside the corpus folder is ever read: a path or a link, listed in
// the manifest or only lying in the folder, whose target leaves the folder is
// refused with its name (exit 2), and nothing is written.
#include <catch2/catch.hpp>
#include <filesystem>

#include "support/test_support.h"

namespace fs = std::filesystem;
using ct::test::run;
using ct::test::TempDir;

namespace {

const std::string kGood = "Joint Communique\n\nThe Ministers:\n\nDecided to meet again.\n";
const std::string kSecret = "SECRET-OUTSIDE-THE-CORPUS root:x:0:0\n\nNever to be read.\n";

ct::test::RunResult track(const TempDir& dir, const std::string& command = "track") {
  std::vector<std::string> args = {command, "--corpus", dir.path() + "/corpus", "--rules",
                                   ct::test::rules_dir()};
  if (command == "track") {
    args.insert(args.end(), {"--out", dir.path() + "/out", "--quiet", "--fail-on", "never"});
  } else {
    args.insert(args.end(), {"--format", "json", "--fail-on", "never"});
  }
  return run(args);
}

void expect_refused(const ct::test::RunResult& r, const TempDir& dir, const std::string& name) {
  INFO("stderr: " << r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(name) != std::string::npos);
  CHECK(r.err.find("leaves the corpus folder") != std::string::npos);
  CHECK(r.out.find("SECRET-OUTSIDE") == std::string::npos);
  CHECK(!fs::exists(dir.path() + "/out"));
}

}  // namespace

TEST_CASE("an unlisted link leaving the corpus folder is refused, not followed",
          "[ingest][outside]") {
  TempDir dir;
  std::string secret = dir.write("secret.txt", kSecret);
  dir.write("corpus/a.txt", kGood);
  fs::create_symlink(secret, dir.path() + "/corpus/leak.txt");
  expect_refused(track(dir), dir, "leak.txt");
  expect_refused(track(dir, "check"), dir, "leak.txt");
}

TEST_CASE("an unlisted relative link climbing out of a subfolder is refused", "[ingest][outside]") {
  TempDir dir;
  dir.write("secret.txt", kSecret);
  dir.write("corpus/s/a.txt", kGood);
  fs::create_symlink("../../secret.txt", dir.path() + "/corpus/s/leak.md");
  expect_refused(track(dir), dir, "leak.md");
}

TEST_CASE("a listed link leaving the corpus folder is refused", "[ingest][outside]") {
  TempDir dir;
  std::string secret = dir.write("secret.txt", kSecret);
  dir.write("corpus/manifest.yaml", "documents:\n  - id: a\n    file: leak.txt\n");
  fs::create_symlink(secret, dir.path() + "/corpus/leak.txt");
  expect_refused(track(dir), dir, "leak.txt");
}

TEST_CASE("a manifest that is a link leaving the corpus folder is refused", "[ingest][outside]") {
  TempDir dir;
  std::string other = dir.write("elsewhere.yaml", "documents:\n  - id: a\n    file: a.txt\n");
  dir.write("corpus/a.txt", kGood);
  fs::create_symlink(other, dir.path() + "/corpus/manifest.yaml");
  expect_refused(track(dir), dir, "manifest.yaml");
}

TEST_CASE("a link that stays inside the corpus folder is read once", "[ingest][outside]") {
  TempDir dir;
  dir.write("corpus/a.txt", kGood);
  fs::create_symlink("a.txt", dir.path() + "/corpus/b.txt");
  auto r = track(dir);
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(fs::exists(dir.path() + "/out/tracker.json"));
}

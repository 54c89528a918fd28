// `cmake --install` puts the binary, its rules, the man page and the bash
// completion under a prefix, and the installed binary finds its rules from
// its own location when run from any other folder without --rules.
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "support/test_support.h"

using namespace ct::test;
namespace fs = std::filesystem;

namespace {

// Runs a shell command line; its exit status and standard output and error.
RunResult shell(const std::string& command) {
  RunResult r;
  FILE* p = popen((command + " 2>&1").c_str(), "r");
  REQUIRE(p);
  char buf[4096];
  for (std::size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) r.out.append(buf, n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

std::string quoted(const std::string& s) {
  return "'" + s + "'";
}

}  // namespace

TEST_CASE("the installed binary works from any folder with its installed rules", "[cli][install]") {
  TempDir dir;
  const std::string prefix = dir.path() + "/prefix";
  const std::string build = fs::path(binary()).parent_path().string();
  RunResult install =
      shell(quoted(CT_CMAKE) + " --install " + quoted(build) + " --prefix " + quoted(prefix));
  INFO(install.out);
  REQUIRE(install.exit_code == 0);

  const std::string bin = prefix + "/bin/clausetrack";
  CHECK(exists(bin));
  CHECK(exists(prefix + "/share/clausetrack/rules/lang/en.yaml"));
  CHECK(exists(prefix + "/share/clausetrack/rules/checks.yaml"));
  CHECK(exists(prefix + "/share/man/man1/clausetrack.1"));
  const std::string completion = prefix + "/share/bash-completion/completions/clausetrack";
  REQUIRE(exists(completion));
  CHECK(shell("bash -n " + quoted(completion)).exit_code == 0);
  CHECK(read_file(completion).find("complete -o filenames -F _clausetrack clausetrack") !=
        std::string::npos);

  // Run from a folder with no rules/ and no --rules: the rules beside the binary are used.
  const std::string text = dir.write(
      "work/draft.txt",
      "Joint Communique\n\nThe Ministers:\n\n1. Decided to meet again in New York on 5 May "
      "2021.\n\n2. Requested the Secretary-General to report on the matter.\n");
  RunResult seg = shell("cd " + quoted(dir.path() + "/work") + " && " + quoted(bin) +
                        " segment draft.txt --format json");
  INFO(seg.out);
  CHECK(seg.exit_code == 0);
  CHECK(seg.out.find("Requested the Secretary-General") != std::string::npos);

  // Proof of which folder was read: a broken rules file in the prefix is
  // reported with the installed path; --rules and ./rules still come first.
  // (structure.yaml: `segment` reads it; it skips checks.yaml.)
  dir.write("prefix/share/clausetrack/rules/structure.yaml", "markers: [\n");
  RunResult broken =
      shell("cd " + quoted(dir.path() + "/work") + " && " + quoted(bin) + " segment draft.txt");
  INFO(broken.out);
  CHECK(broken.exit_code == 2);
  CHECK(broken.out.find(prefix + "/share/clausetrack/rules/structure.yaml:") != std::string::npos);
  RunResult given = shell("cd " + quoted(dir.path() + "/work") + " && " + quoted(bin) +
                          " segment draft.txt --rules " + quoted(rules_dir()));
  CHECK(given.exit_code == 0);
  fs::create_directory_symlink(rules_dir(), dir.path() + "/work/rules");
  RunResult local =
      shell("cd " + quoted(dir.path() + "/work") + " && " + quoted(bin) + " segment draft.txt");
  CHECK(local.exit_code == 0);
}

TEST_CASE("the man page names every command", "[cli][install]") {
  const std::string page = read_file(source_dir() + "/docs/clausetrack.1");
  for (const char* command : {"track", "check", "diff", "segment", "graph", "history"})
    CHECK(page.find(std::string(".B clausetrack ") + command) != std::string::npos);
  CHECK(page.find(".SH EXIT STATUS") != std::string::npos);
}

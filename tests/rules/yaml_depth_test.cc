// YAML nested too deeply (a hostile manifest or rules file) is a located
// error that says so, not yaml-cpp's "bad file".
#include <catch2/catch.hpp>
#include <regex>

#include "support/test_support.h"

using ct::test::run;
using ct::test::TempDir;

TEST_CASE("deeply nested YAML gives a located, plain message", "[rules][yaml]") {
  std::string flow = "documents: " + std::string(5000, '[') + std::string(5000, ']') + "\n";
  std::string block = "documents:\n";
  for (int i = 0; i < 1500; ++i) block += std::string(2 * i, ' ') + "- a:\n";
  for (const std::string& manifest : {flow, block}) {
    TempDir dir;
    dir.write("corpus/a.txt", "Joint Communique\n\nDecided to meet again.\n");
    dir.write("corpus/manifest.yaml", manifest);
    auto r = run({"track", "--corpus", dir.path() + "/corpus", "--rules", ct::test::rules_dir(),
                  "--out", dir.path() + "/out", "--quiet"});
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK(std::regex_match(r.err, std::regex("clausetrack: error: .*manifest\\.yaml:\\d+:\\d+: "
                                             "invalid YAML: nested too deeply \\(\\d+ levels or "
                                             "more\\)\n")));
    CHECK(r.err.find("bad file") == std::string::npos);
  }
}

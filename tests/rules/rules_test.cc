// load_rules reads only the parts a command needs: without the checks, a
// broken rules/checks.yaml is neither read nor reported.
#include "rules/rules.h"

#include <catch2/catch.hpp>
#include <filesystem>

#include "model/error.h"
#include "support/test_support.h"

namespace fs = std::filesystem;

TEST_CASE("rules loaded without the checks skip checks.yaml", "[rules]") {
  ct::test::TempDir dir;
  std::string rules = dir.path() + "/rules";
  fs::copy(ct::test::rules_dir(), rules, fs::copy_options::recursive);
  dir.write("rules/checks.yaml", "rules: [unclosed\n");
  CHECK_THROWS_AS(ct::load_rules(rules), ct::InputError);
  ct::Rules r = ct::load_rules(rules, {.checks = false});
  CHECK(r.checks.rules.empty());
  CHECK(!r.structure.markers.empty());
  CHECK(!r.glossary.entries.empty());
}

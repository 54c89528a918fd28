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

// The patterns of a pattern list of the extract rules, by language.
static std::map<std::string, std::vector<std::string>> date_patterns(const ct::Rules& r) {
  std::map<std::string, std::vector<std::string>> out;
  for (const auto& [code, list] : r.extract.dates.patterns.by_language)
    for (const auto& p : list) out[code].push_back(p.re->pattern());
  return out;
}

TEST_CASE("rules of the documents' languages only: the same patterns for those languages",
          "[rules]") {
  const std::string dir = ct::test::rules_dir();
  ct::Rules all = ct::load_rules(dir, {.checks = false});
  ct::Rules en = ct::load_rules(dir, {.checks = false, .language_parts = false});
  CHECK(en.extract.dates.patterns.by_language.empty());
  CHECK(en.glossary.entries.empty());
  CHECK(en.structure.markers.empty());
  CHECK(!en.compilation.file.empty());  // what ingest reads
  ct::load_language_parts(en, {"en"});
  CHECK(en.structure.markers.size() == all.structure.markers.size());
  CHECK(!en.structure.words.count("fr"));  // word lists of English only
  CHECK(en.structure.words.count("en") == all.structure.words.count("en"));

  auto full = date_patterns(all), only = date_patterns(en);
  REQUIRE(full.count("fr"));
  CHECK(!only.count("fr"));  // not compiled
  REQUIRE(only.count("en"));
  CHECK(only.at("en") == full.at("en"));
  // The patterns of "" (a language without rules reads with all of them)
  // only when a document is in such a language: none is here.
  CHECK(!only.count(""));
  CHECK(en.extract.persons.pattern.get("en")->pattern() ==
        all.extract.persons.pattern.get("en")->pattern());
  ct::Rules unknown = ct::load_rules(dir, {.checks = false, .language_parts = false});
  ct::load_language_parts(unknown, {"en", "xx"});
  auto with_unknown = date_patterns(unknown);
  REQUIRE(with_unknown.count(""));
  CHECK(with_unknown.at("") == full.at(""));
  CHECK(with_unknown.at("en") == full.at("en"));
  CHECK(unknown.extract.persons.pattern.get("xx")->pattern() ==
        all.extract.persons.pattern.get("")->pattern());
  CHECK(en.extract.symbols.rules.get("en").size() == all.extract.symbols.rules.get("en").size());

  // Glossary phrases stemmed for English only, every entry kept as written;
  // no lexicon for one language (translations need two).
  CHECK(en.glossary.entries.size() == all.glossary.entries.size());
  CHECK(en.glossary.phrases.count("en"));
  CHECK(!en.glossary.phrases.count("fr"));
  CHECK(en.glossary.phrases.at("en").size() == all.glossary.phrases.at("en").size());
  CHECK(!all.glossary.lexicons.empty());
  CHECK(en.glossary.lexicons.empty());

  ct::Rules two = ct::load_rules(dir, {.checks = false, .language_parts = false});
  ct::load_language_parts(two, {"ar", "zh"});
  CHECK(two.glossary.lexicons.size() == all.glossary.lexicons.size());
  CHECK(date_patterns(two).at("zh") == full.at("zh"));
}

// Word diff: both texts rebuilt byte for byte, readable renderings, list
// markers, and the change classes with the facts that changed.
#include "diff/word_diff.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "diff/classify.h"
#include "diff/marker.h"
#include "report/html_escape.h"
#include "support/test_support.h"
#include "text/analyzer_set.h"

using namespace ct;
using namespace ct::test;

namespace {

Clause clause(const std::string& text, const std::string& lang = "en") {
  static text::AnalyzerSet analyzers = analyzers_for(rules());
  Clause c;
  c.text = text;
  c.tokens = analyzers.get(lang).tokenize(text);
  c.forms = analyzers.get(lang).forms();
  return c;
}

std::string html(std::string_view s) {
  return report::html_escape(s);
}

}  // namespace

TEST_CASE("diff: both texts are rebuilt exactly", "[diff]") {
  std::vector<std::pair<std::string, std::string>> pairs = {
      {"", ""},
      {"", "Decides to extend the mandate."},
      {"Decides to extend the mandate.", ""},
      {"Decides to extend the mandate until 31 January 2025;",
       "Decides to extend the mandate until 31 January 2026;"},
      {"  leading and  double  spaces ", "leading and double spaces"},
      {"a b c d e f", "f e d c b a"},
      {"Réaffirmant son attachement à l’unité",
       "Réaffirmant  son ferme attachement à l'unité du pays"},
      {"same", "same"},
  };
  std::mt19937 rng(7);
  const char* words[] = {"the",  "Council", "decides", "to", ",",
                         "2025", "mandate", "(a)",     "é",  ";"};
  for (int k = 0; k < 200; ++k) {
    std::string a, b;
    for (int i = 0, n = int(rng() % 12); i < n; ++i)
      a += std::string(i ? (rng() % 3 ? " " : "  ") : "") + words[rng() % 10];
    for (int i = 0, n = int(rng() % 12); i < n; ++i)
      b += std::string(i ? " " : "") + words[rng() % 10];
    pairs.emplace_back(a, b);
  }
  for (const auto& [a, b] : pairs) {
    INFO("old: '" << a << "' new: '" << b << "'");
    auto ops = diff::word_diff(a, b);
    CHECK(diff::old_text(ops) == a);
    CHECK(diff::new_text(ops) == b);
    CHECK(diff::is_equal(ops) == (a == b));
    for (std::size_t i = 1; i < ops.size(); ++i) CHECK(ops[i].kind != ops[i - 1].kind);
  }
}

TEST_CASE("diff: renderings mark words, not spaces", "[diff]") {
  auto ops = diff::word_diff("extend the mandate until 31 January 2025;",
                             "extend the mandate until 31 January 2026;");
  CHECK(diff::render_plain(ops) == "extend the mandate until 31 January [-2025-]{+2026+};");
  auto ops2 = diff::word_diff("Demands that <India> stop", "Urges that <India> stop");
  CHECK(diff::render_html(ops2, html) ==
        "<del>Demands</del><ins>Urges</ins> that &lt;India&gt; stop");
  auto ops3 = diff::word_diff("release all prisoners", "release all political prisoners");
  CHECK(diff::render_plain(ops3) == "release all {+political+} prisoners");
}

TEST_CASE("diff: repeated words keep dtl's choice among equal edit scripts", "[diff]") {
  // Words are compared as integer ids; these were rendered when dtl compared
  // the texts themselves, and must not move.
  const char* cases[][3] = {
      {"a b c d e f", "f e d c b a", "[-a b c d e -]f {+e d c b a+}"},
      {"the Council the the decides", "Council the Council the decides the",
       "{+Council +}the Council the {+decides+} the [-decides-]"},
      {"to the to the to", "the to the to the", "[-to -]the to the to {+the+}"},
      {"Decides to extend the mandate until 31 January 2025; decides to remain seized",
       "Decides to remain seized; decides to extend the mandate until 31 January 2026",
       "Decides to {+remain seized; decides to+} extend the mandate until 31 January "
       "[-2025; decides to remain seized-]{+2026+}"},
  };
  for (const auto& [a, b, plain] : cases) {
    INFO("old: '" << a << "' new: '" << b << "'");
    CHECK(diff::render_plain(diff::word_diff(a, b)) == plain);
  }
}

TEST_CASE("diff: list markers", "[diff]") {
  auto count = [](const std::string& s) { return diff::marker_tokens(s, text::split_tokens(s)); };
  CHECK(count("1. Decides") == 2);
  CHECK(count("iv. release all") == 2);
  CHECK(count("(a) Protection of civilians") == 3);
  CHECK(count("8.ii. Libère") == 4);
  CHECK(count("b) the second") == 2);
  CHECK(count("- Concevoir un plan") == 1);
  CHECK(count("M. Ghulam Muhammad Safi") == 0);
  CHECK(count("2019 was a year") == 0);
  CHECK(count("l'homme") == 0);
  CHECK(count("Decides to") == 0);
  // One letter of any script in parentheses; a word in parentheses is not one.
  CHECK(count("(أ) حماية المدنيين") == 3);
  CHECK(count("(б) поддержка") == 3);
  CHECK(count("(حماية) المدنيين") == 0);
}

TEST_CASE("diff: change classes and facts", "[diff]") {
  const Rules& r = rules();
  Clause a = clause("1. Decides to extend the mandate of the Mission until 31 January 2025;");

  SECTION("renumbered, re-punctuated and re-cased: unchanged") {
    Clause b = clause("4. decides to extend the mandate of the Mission until 31 January 2025.");
    auto cmp = diff::compare(a, "en", b, "en", r);
    CHECK(cmp.change == Change::Unchanged);
    CHECK(cmp.facts.empty());
    CHECK_FALSE(diff::is_equal(cmp.diff));
  }
  SECTION("a date changed: amended, with the fact") {
    Clause b = clause("1. Decides to extend the mandate of the Mission until 31 January 2026;");
    auto cmp = diff::compare(a, "en", b, "en", r);
    CHECK(cmp.change == Change::Amended);
    REQUIRE(cmp.facts.size() == 1);
    CHECK(cmp.facts[0] == "date 31 January 2025 \xE2\x86\x92 31 January 2026");
  }
  SECTION("words changed, no fact: reworded") {
    Clause b = clause("1. Decides to renew the mandate of the Mission until 31 January 2025;");
    auto cmp = diff::compare(a, "en", b, "en", r);
    CHECK(cmp.change == Change::Reworded);
    CHECK(cmp.facts.empty());
    CHECK(diff::render_plain(cmp.diff).find("[-extend-]{+renew+}") != std::string::npos);
  }
  SECTION("a number that only moves is no fact") {
    Clause x = clause("Requests a report every 90 days on the situation");
    Clause y = clause("Requests a report on the situation every 90 days");
    auto cmp = diff::compare(x, "en", y, "en", r);
    CHECK(cmp.change == Change::Reworded);
  }
  SECTION("a name replaced by another: amended") {
    Clause x = clause("Welcomes the visit of the Special Envoy Mr. Ahmed to Kassala");
    Clause y = clause("Welcomes the visit of the Special Envoy Mr. Okafor to Kassala");
    auto cmp = diff::compare(x, "en", y, "en", r);
    CHECK(cmp.change == Change::Amended);
    REQUIRE(cmp.facts.size() == 1);
    CHECK(cmp.facts[0].rfind("name Ahmed", 0) == 0);
  }
  SECTION("a lead verb written in capitals is no name") {
    // The Council of Foreign Ministers writes its verbs in capitals.
    Clause x = clause("4. Le Groupe de contact a exprimé sa gratitude à la Commission", "fr");
    Clause y = clause("4. SE FÉLICITE de la gratitude de la Commission", "fr");
    auto cmp = diff::compare(x, "fr", y, "fr", r);
    INFO(cmp.facts.size());
    CHECK(cmp.facts.empty());
    // An acronym after the verb still is one.
    Clause z = clause("4. SE FÉLICITE de la gratitude de la CPIDH", "fr");
    auto cmp2 = diff::compare(y, "fr", z, "fr", r);
    REQUIRE(cmp2.facts.size() == 1);
    CHECK(cmp2.facts[0].rfind("name Commission", 0) == 0);
  }
  SECTION("another language: translated, no word diff") {
    Clause b =
        clause("1. Décide de proroger le mandat de la Mission jusqu'au 31 janvier 2025 ;", "fr");
    auto cmp = diff::compare(a, "en", b, "fr", r);
    CHECK(cmp.change == Change::Translated);
    CHECK(cmp.diff.empty());
  }
  SECTION("entity values make the facts when present") {
    Clause x = a,
           y = clause("1. Decides to extend the mandate of the Mission until 31 January 2026;");
    Entity e;
    e.type = EntityType::Date;
    e.value = "2025-01-31";
    e.begin = x.text.find("31");
    e.end = x.text.find(';');
    x.entities.push_back(e);
    e.value = "2026-01-31";
    y.entities.push_back(e);
    auto cmp = diff::compare(x, "en", y, "en", r);
    CHECK(cmp.change == Change::Amended);
    CHECK(cmp.facts == std::vector<std::string>{"date 2025-01-31 \xE2\x86\x92 2026-01-31"});
  }
}

TEST_CASE("entity facts: distinct values, a value named several times is one fact", "[diff]") {
  auto entity = [](const std::string& type, const std::string& value) {
    ct::Entity e;
    e.type = ct::parse_entity_type(type).value();
    e.value = value;
    e.text = value;
    return e;
  };
  ct::Clause older, newer;
  older.entities = {entity("place", "Northland"), entity("date", "2020-01-31"),
                    entity("place", "Northland"), entity("place", "Northland")};
  newer.entities = {entity("date", "2021-01-31"), entity("place", "Southland")};
  CHECK(ct::diff::entity_facts(older, newer) ==
        std::vector<std::string>{"place Northland \u2192 Southland",
                                 "date 2020-01-31 \u2192 2021-01-31"});
}

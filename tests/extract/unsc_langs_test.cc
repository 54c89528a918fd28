// Extraction of dates and symbols in the six UN languages and German, on
// resolutions of the unsc-dev set annotated by hand (unsc_langs.yaml, see the
// note at its top): precision and recall per language, printed, held at the
// floors reached. Each file is read as clauses cut at blank lines (the
// segmenter is measured elsewhere). Skipped when ../shared is absent.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "support/clause_fixture.h"
#include "support/test_support.h"

using namespace ct;
using namespace ct::test;
namespace fs = std::filesystem;

namespace {

struct Score {
  int tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / (tp + fp) : 1.0; }
  double recall() const { return tp + fn ? double(tp) / (tp + fn) : 1.0; }
};

// The group an entity type is scored in: dates or symbols.
std::string group_of(const std::string& type) {
  if (type == "date" || type == "date-range") return "dates";
  if (type == "resolution" || type == "document") return "symbols";
  return "";
}

// The entities extracted from one file of the sample.
std::vector<Entity> entities_of(const fs::path& file, const std::string& lang) {
  REQUIRE(fs::exists(file));
  ClauseFixture f(read_file(file.string()), lang);
  std::vector<Entity> out;
  for (std::size_t i = 0; i < f.size(); ++i)
    for (auto& e : f.extract(i)) out.push_back(std::move(e));
  return out;
}

using Counts = std::map<std::string, int>;  // how many times each key

// Adds to `s` what `found` holds of `expected`, key by key; each difference
// is printed after `where`.
void score_counts(Score& s, const Counts& expected, const Counts& found, const std::string& where) {
  std::set<std::string> keys;
  for (const auto& [k, _] : expected) keys.insert(k);
  for (const auto& [k, _] : found) keys.insert(k);
  for (const auto& k : keys) {
    int want = expected.count(k) ? expected.at(k) : 0, got = found.count(k) ? found.at(k) : 0;
    s.tp += std::min(want, got);
    s.fp += std::max(0, got - want);
    s.fn += std::max(0, want - got);
    if (want != got)
      std::cout << "  " << where << " " << k << ": annotated " << want << ", found " << got << "\n";
  }
}

}  // namespace

TEST_CASE("unsc-dev: dates and symbols in every language against a hand-annotated sample",
          "[extract][unsc][langs]") {
  std::string dir = shared_dir() + "/corpora/unsc-dev";
  if (!have(dir, "the unsc-dev set")) return;
  YAML::Node root = YAML::LoadFile(source_dir() + "/tests/extract/unsc_langs.yaml");
  std::map<std::string, std::map<std::string, Score>> score;  // lang -> group -> score
  for (const auto& doc : root["documents"]) {
    std::string series = doc["series"].as<std::string>(), stem = doc["file"].as<std::string>();
    for (const auto& l : doc["languages"]) {
      std::string lang = l.first.as<std::string>();
      fs::path file = fs::path(dir) / series / lang / (stem + "." + lang + ".txt");
      std::map<std::string, Counts> expected, found;  // by group
      for (const auto& e : l.second) {
        std::string type = e[0].as<std::string>();
        ++expected[group_of(type)][type + " " + e[1].as<std::string>()];
      }
      for (const auto& e : entities_of(file, lang))
        if (std::string type(name(e.type)); !group_of(type).empty())
          ++found[group_of(type)][type + " " + e.value];
      for (const char* group : {"dates", "symbols"})
        if (expected.count(group) || found.count(group))
          score_counts(score[lang][group], expected[group], found[group], "[" + lang + "] " + stem);
    }
  }
  std::cout << "unsc-dev extraction against the hand-annotated sample:\n";
  for (const auto& [lang, groups] : score)
    for (const auto& [group, s] : groups)
      std::printf("  %s %-8s tp %3d  fp %2d  fn %2d  precision %.3f  recall %.3f\n", lang.c_str(),
                  group.c_str(), s.tp, s.fp, s.fn, s.precision(), s.recall());
  std::cout.flush();
  CHECK(score.size() == 7);
  for (const auto& [lang, groups] : score) {
    CHECK(groups.size() == 2);
    for (const auto& [group, s] : groups) {
      INFO(lang << " " << group);
      CHECK(s.tp >= 10);
      CHECK(s.precision() >= 0.98);
      CHECK(s.recall() >= 0.98);
    }
  }
}

namespace {

// Places and bodies found in the files of a hand-annotated sample (see
// unsc_names.yaml) against the annotation, by language; differences printed.
std::map<std::string, Score> score_names(const std::string& sample,
                                         const std::vector<std::string>& languages) {
  std::string dir = shared_dir() + "/corpora/unsc-dev";
  YAML::Node root = YAML::LoadFile(source_dir() + "/tests/extract/" + sample);
  std::map<std::string, Score> score;  // by language
  for (const auto& doc : root["documents"]) {
    std::string series = doc["series"].as<std::string>(), stem = doc["file"].as<std::string>();
    for (const std::string& lang : languages) {
      if (!doc[lang]) continue;
      fs::path file = fs::path(dir) / series / lang / (stem + "." + lang + ".txt");
      Counts expected, found;
      std::set<std::string> types;
      for (const auto& m : doc[lang]) {
        types.insert(m[0].as<std::string>());
        expected[m[0].as<std::string>() + " " + m[1].as<std::string>()] += m[2].as<int>();
      }
      for (const auto& e : entities_of(file, lang))
        if (std::string type(name(e.type)); types.count(type)) ++found[type + " " + e.value];
      score_counts(score[lang], expected, found, "[" + lang + "] " + stem);
    }
  }
  for (const auto& [lang, s] : score)
    std::printf("  %s %s: tp %3d  fp %2d  fn %2d  precision %.3f  recall %.3f\n", sample.c_str(),
                lang.c_str(), s.tp, s.fp, s.fn, s.precision(), s.recall());
  std::cout.flush();
  return score;
}

}  // namespace

TEST_CASE("unsc-dev: Chinese and Spanish places and bodies against a hand-annotated sample",
          "[extract][unsc][langs][zh]") {
  if (!have(shared_dir() + "/corpora/unsc-dev", "the unsc-dev set")) return;
  // Places and bodies (the types annotated there).
  auto score = score_names("unsc_names.yaml", {"zh", "es"});
  CHECK(score.size() == 2);
  for (const auto& [lang, s] : score) {
    INFO(lang);
    CHECK(s.tp >= 30);
    CHECK(s.precision() >= 0.98);
    CHECK(s.recall() >= 0.98);
  }
}

TEST_CASE(
    "unsc-dev: Arabic and Russian places and bodies, inflected, against a hand-annotated sample",
    "[extract][unsc][langs][ar][ru]") {
  if (!have(shared_dir() + "/corpora/unsc-dev", "the unsc-dev set")) return;
  // Russian cases ("Южном Судане") and Arabic clitics ("وهايتي") are read
  // through the stems of the names (lang/*.yaml `names_by_stem`).
  auto score = score_names("unsc_names_ar_ru.yaml", {"ar", "ru"});
  CHECK(score.size() == 2);
  for (const auto& [lang, s] : score) {
    INFO(lang);
    // Measured when written: ar P 0.917 R 1.000 (22 of 22; the two extra are
    // "الهايتيين", Haitians, whose stem is the country's), ru P 1.000 R 1.000
    // (20 of 20). With three more Arabic resolutions annotated, ar was P 0.845
    // R 0.983 (tp 174, fp 32: adjectives and peoples, "الليبية", "العراقيين");
    // with ar.yaml's `derived_names` P 1.000 R 0.983 (the 3 missed are
    // "لليبيا" twice and "والكويت", whose stems are not the names'). Bodies
    // annotated in two resolutions (UNSC, UN, UNSG): ar 0 of 13 and ru 0 of
    // 10 before bodies.yaml named them in Arabic and Russian; then ar places
    // and bodies P 1.000 R 0.984 (187 of 190), ru P 1.000 R 1.000 (30 of 30).
    // With ar.yaml's `glued_prefixes` (names indexed with "و", "ل" ... in
    // front too): ar P 1.000 R 1.000 (190 of 190).
    CHECK(s.tp >= 19);
    CHECK(s.precision() >= 0.98);
    CHECK(s.recall() >= 0.99);
  }
}

TEST_CASE("unsc-dev: date ranges in every language against a hand-annotated sample",
          "[extract][unsc][langs][ranges]") {
  std::string dir = shared_dir() + "/corpora/unsc-dev";
  if (!have(dir, "the unsc-dev set")) return;
  YAML::Node root = YAML::LoadFile(source_dir() + "/tests/extract/unsc_ranges.yaml");
  std::map<std::string, Score> score;  // by language
  for (const auto& doc : root["documents"]) {
    std::string series = doc["series"].as<std::string>(), stem = doc["file"].as<std::string>();
    for (const auto& l : doc["languages"]) {
      std::string lang = l.as<std::string>();
      fs::path file = fs::path(dir) / series / lang / (stem + "." + lang + ".txt");
      Counts expected, found;
      for (const auto& r : doc["ranges"]) ++expected[r.as<std::string>()];
      for (const auto& e : entities_of(file, lang))
        if (e.type == EntityType::DateRange) ++found[e.value];
      score_counts(score[lang], expected, found, "[" + lang + "] " + stem);
    }
  }
  for (const auto& [lang, s] : score)
    std::printf("  unsc_ranges.yaml %s: tp %d  fp %d  fn %d  precision %.3f  recall %.3f\n",
                lang.c_str(), s.tp, s.fp, s.fn, s.precision(), s.recall());
  std::cout.flush();
  CHECK(score.size() == 7);
  for (const auto& [lang, s] : score) {
    INFO(lang);
    CHECK(s.tp >= 1);
    CHECK(s.precision() >= 1.0);
    CHECK(s.recall() >= 1.0);
  }
}

TEST_CASE(
    "unsc-dev: chapter numbers and durations in every language against a hand-annotated "
    "sample",
    "[extract][unsc][langs][numbers]") {
  std::string dir = shared_dir() + "/corpora/unsc-dev";
  if (!have(dir, "the unsc-dev set")) return;
  YAML::Node root = YAML::LoadFile(source_dir() + "/tests/extract/unsc_numbers.yaml");
  // Only the units annotated (unsc_numbers.yaml's header): other numbers
  // (persons, troops, money) are not scored here.
  const std::set<std::string> units = {"chapter", "day", "week", "month", "year"};
  std::map<std::string, Score> score;  // by language
  for (const auto& doc : root["documents"]) {
    std::string series = doc["series"].as<std::string>(), stem = doc["file"].as<std::string>();
    for (const auto& l : doc["languages"]) {
      std::string lang = l.first.as<std::string>();
      fs::path file = fs::path(dir) / series / lang / (stem + "." + lang + ".txt");
      Counts expected, found;
      for (const auto& e : l.second) expected[e[0].as<std::string>()] += e[1].as<int>();
      for (const auto& e : entities_of(file, lang))
        if (e.type == EntityType::Number && e.attrs.count("unit") &&
            units.count(e.attrs.at("unit")))
          ++found[e.value];
      score_counts(score[lang], expected, found, "[" + lang + "] " + stem);
    }
  }
  for (const auto& [lang, s] : score)
    std::printf("  unsc_numbers.yaml %s: tp %2d  fp %d  fn %d  precision %.3f  recall %.3f\n",
                lang.c_str(), s.tp, s.fp, s.fn, s.precision(), s.recall());
  std::cout.flush();
  CHECK(score.size() == 7);
  for (const auto& [lang, s] : score) {
    INFO(lang);
    CHECK(s.tp >= 2);
    CHECK(s.precision() >= 0.95);
    CHECK(s.recall() >= 0.9);
  }
}

// Extraction quality on an annotated set (annotated.yaml): precision and
// recall of dates and of references (resolutions, documents, sessions,
// meetings, reports), printed per type; the test fails below precision 0.98
// or recall 0.95 for either group.
#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>
#include <iostream>
#include <map>
#include <set>

#include "support/clause_fixture.h"
#include "support/test_support.h"

using namespace ct;
using namespace ct::test;

namespace {

const std::vector<std::string> kDateTypes = {"date", "date-range"};
const std::vector<std::string> kReferenceTypes = {"resolution", "document", "session", "meeting",
                                                  "report"};

struct Score {
  int tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / (tp + fp) : 1.0; }
  double recall() const { return tp + fn ? double(tp) / (tp + fn) : 1.0; }
  Score& operator+=(const Score& o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
    return *this;
  }
};

std::string str(const YAML::Node& n, const char* key) {
  return n[key] ? n[key].as<std::string>() : std::string();
}

}  // namespace

TEST_CASE("Precision and recall of dates and references on the annotated set",
          "[extract][quality]") {
  YAML::Node root = YAML::LoadFile(source_dir() + "/tests/extract/annotated.yaml");
  std::set<std::string> measured(kDateTypes.begin(), kDateTypes.end());
  measured.insert(kReferenceTypes.begin(), kReferenceTypes.end());

  std::map<std::string, Score> by_type;
  int mentions = 0, sentences = 0;
  std::set<std::string> languages;
  for (const auto& s : root["sentences"]) {
    ++sentences;
    std::string lang = str(s, "lang");
    languages.insert(lang);
    std::multiset<std::pair<std::string, std::string>> expected, found;
    for (const auto& e : s["expect"]) {
      expected.insert({e[0].as<std::string>(), e[1].as<std::string>()});
      REQUIRE(measured.count(e[0].as<std::string>()));
    }
    mentions += static_cast<int>(expected.size());
    for (const auto& e : entities_of(str(s, "text"), lang, str(s, "body"), str(s, "date")))
      if (std::string type(name(e.type)); measured.count(type)) found.insert({type, e.value});
    for (const auto& f : found) {
      auto it = expected.find(f);
      if (it != expected.end()) {
        ++by_type[f.first].tp;
        expected.erase(it);
      } else {
        ++by_type[f.first].fp;
        std::cout << "  extra   " << f.first << " " << f.second
                  << "  in: " << str(s, "text").substr(0, 90) << "\n";
      }
    }
    for (const auto& m : expected) {
      ++by_type[m.first].fn;
      std::cout << "  missing " << m.first << " " << m.second
                << "  in: " << str(s, "text").substr(0, 90) << "\n";
    }
  }

  Score dates, refs;
  std::cout << "Extraction quality on " << sentences << " annotated sentences (" << mentions
            << " mentions):\n";
  for (const auto& [type, sc] : by_type) {
    std::printf("  %-11s tp %4d  fp %3d  fn %3d  precision %.3f  recall %.3f\n", type.c_str(),
                sc.tp, sc.fp, sc.fn, sc.precision(), sc.recall());
    bool is_date = std::find(kDateTypes.begin(), kDateTypes.end(), type) != kDateTypes.end();
    (is_date ? dates : refs) += sc;
  }
  std::printf("  dates       precision %.3f  recall %.3f\n", dates.precision(), dates.recall());
  std::printf("  references  precision %.3f  recall %.3f\n", refs.precision(), refs.recall());
  std::cout.flush();

  CHECK(mentions >= 150);
  CHECK(languages == std::set<std::string>{"en", "fr"});
  CHECK(dates.precision() >= 0.98);
  CHECK(dates.recall() >= 0.95);
  CHECK(refs.precision() >= 0.98);
  CHECK(refs.recall() >= 0.95);
}

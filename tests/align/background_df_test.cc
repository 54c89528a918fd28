// Background document frequencies (align::BackgroundDf, rules/df/LANG.tsv):
// a clause's weights and its series' threads do not depend on the documents
// of other series; the table's errors name their line and column.
#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>

#include "align/align.h"
#include "align/dictionary.h"
#include "align/features.h"
#include "model/error.h"
#include "support/test_support.h"

using namespace ct;
using namespace ct::test;

namespace {

std::string manifest_of(const std::vector<std::array<std::string, 3>>& docs) {
  std::string m =
      "series:\n  - id: mission\n    title: The mission\n  - id: other\n    title: Other\n"
      "documents:\n";
  for (const auto& [id, series, date] : docs)
    m += "  - id: " + id + "\n    file: " + id + ".en.txt\n    series: " + series +
         "\n    kind: resolution\n    language: en\n    date: " + date + "\n";
  return m;
}

const std::string kMission2020 =
    "S/RES/10 (2020)\n\nThe Security Council,\n\nRecalling its previous resolutions on the "
    "situation in Ruritania,\n\nWelcoming the ceasefire agreement signed by the parties,\n\n"
    "1. Decides to extend the mandate of the mission until 31 March 2021;\n\n"
    "2. Requests the mission to support the electoral process and the return of refugees;\n\n"
    "3. Calls upon the parties to respect the ceasefire and to release detained fishermen;\n\n"
    "4. Decides to remain seized of the matter.\n";
const std::string kMission2021 =
    "S/RES/20 (2021)\n\nThe Security Council,\n\nRecalling its previous resolutions on the "
    "situation in Ruritania,\n\nWelcoming the ceasefire agreement and its implementation,\n\n"
    "1. Decides to extend the mandate of the mission until 31 March 2022;\n\n"
    "2. Requests the mission to support the electoral process, the census and the return of "
    "refugees and displaced persons;\n\n"
    "3. Calls upon the parties to respect the ceasefire and to release detained fishermen "
    "without delay;\n\n4. Decides to remain seized of the matter.\n";
// Another series, in the same words as the mission's: the corpus-wide counts
// of those words move when it is added.
const std::string kOther2020 =
    "S/RES/15 (2020)\n\nThe Security Council,\n\nRecalling its previous resolutions on the "
    "ceasefire,\n\n1. Requests the mission to support the electoral process and the return of "
    "refugees;\n\n2. Calls upon the parties to respect the ceasefire;\n\n"
    "3. Decides to remain seized of the matter.\n";
const std::string kOther2021 =
    "S/RES/25 (2021)\n\nThe Security Council,\n\nRecalling the ceasefire and the census,\n\n"
    "1. Requests the mission to support the census, the ceasefire and the return of refugees "
    "and displaced persons;\n\n2. Calls upon the parties to respect the ceasefire and release "
    "detained fishermen;\n\n3. Decides to extend the mandate of the mission and to remain "
    "seized of the matter.\n";

// The threading of `series`: the members of that series of each thread
// holding one, by clause id (links to other series' threads left out: the
// added document's clauses join them).
std::set<std::set<std::string>> threads_of(const Corpus& c, const std::string& series) {
  std::set<std::set<std::string>> out;
  for (const Thread& t : c.threads) {
    std::set<std::string> members;
    for (const auto& m : t.members) {
      const Clause& cl = c.clauses[m.clause];
      if (c.documents[cl.doc].series == series) members.insert(cl.id);
    }
    if (!members.empty()) out.insert(members);
  }
  return out;
}

bool same_vec(const align::Vec& a, const align::Vec& b) {
  if (a.items.size() != b.items.size() || a.norm != b.norm) return false;
  for (std::size_t k = 0; k < a.items.size(); ++k)
    if (a.items[k].id != b.items[k].id || a.items[k].w != b.items[k].w) return false;
  return true;
}

// Whether every clause of `series` weighs the same in the two corpora.
bool same_weights(const Corpus& a, const align::FeatureTable& fa, const Corpus& b,
                  const align::FeatureTable& fb, const std::string& series) {
  std::size_t compared = 0;
  for (std::size_t i = 0; i < a.clauses.size(); ++i) {
    if (a.documents[a.clauses[i].doc].series != series) continue;
    auto j = std::find_if(b.clauses.begin(), b.clauses.end(),
                          [&](const Clause& c) { return c.id == a.clauses[i].id; });
    REQUIRE(j != b.clauses.end());
    const auto& x = fa.clauses[i];
    const auto& y = fb.clauses[static_cast<std::size_t>(j - b.clauses.begin())];
    if (!same_vec(x.native, y.native) || !same_vec(x.shared, y.shared)) return false;
    ++compared;
  }
  REQUIRE(compared > 8);
  return true;
}

// A background table of the English clauses of `c`, as scripts/background_df
// writes one (floor 1).
std::string table_of(const Corpus& c) {
  std::unordered_map<align::FeatureId, std::string> names;
  align::Translations none;
  align::FeatureContext ctx("en", rules(), none, {}, &names);
  std::map<std::string, int> df;
  for (const Clause& cl : c.clauses) {
    std::set<align::FeatureId> held;
    for (const auto& t : align::terms_of(cl, ctx).native) held.insert(t.id);
    for (align::FeatureId id : held) ++df[names.at(id)];
  }
  std::string out = "# test table\nclauses\t" + std::to_string(c.clauses.size()) + "\n";
  for (const auto& [key, n] : df) out += key + "\t" + std::to_string(n) + "\n";
  return out;
}

}  // namespace

TEST_CASE("align: a document of another series changes no weight and no thread of a series",
          "[align][background]") {
  TempDir small, large, with_table;
  std::vector<std::pair<std::string, std::string>> files = {
      {"m2020.en.txt", kMission2020}, {"m2021.en.txt", kMission2021}, {"o2020.en.txt", kOther2020}};
  std::vector<std::array<std::string, 3>> docs = {{"m2020", "mission", "2020-03-20"},
                                                  {"m2021", "mission", "2021-03-19"},
                                                  {"o2020", "other", "2020-06-01"}};
  Corpus a = corpus_from(small, files, manifest_of(docs));
  files.push_back({"o2021.en.txt", kOther2021});
  docs.push_back({"o2021", "other", "2021-06-01"});
  Corpus b = corpus_from(large, files, manifest_of(docs));

  // Rules with a background table of English, made from the smaller corpus
  // as scripts/background_df makes one (keys written out, read back).
  with_table.write("df/en.tsv", table_of(a));
  Rules with = rules();
  with.dir = with_table.path();
  align::Translations none;
  align::FeatureTable fa = align::build_features(a, with, none, 1);
  align::FeatureTable fb = align::build_features(b, with, none, 1);
  REQUIRE(fa.weights.from_tables());
  // The table's keys are the features' ids: the clauses' features are found
  // (the unseen weight is negative).
  std::size_t found = 0;
  for (const auto& w : fa.clauses[clause_with(a, "m2020", "electoral process")].native.items)
    found += fa.weights(w.id) > 0;
  CHECK(found >= 5);
  CHECK(same_weights(a, fa, b, fb, "mission"));
  align::align_corpus(a, with, 1);
  align::align_corpus(b, with, 1);
  auto mission = threads_of(a, "mission");
  CHECK(mission.size() >= 5);
  CHECK(threads_of(b, "mission") == mission);

  // Without a table the corpus's own counts weigh, and the added document
  // moves them: what the table is for.
  align::FeatureTable ga = align::build_features(a, rules(), none, 1);
  align::FeatureTable gb = align::build_features(b, rules(), none, 1);
  CHECK_FALSE(ga.weights.from_tables());
  CHECK_FALSE(same_weights(a, ga, b, gb, "mission"));
}

TEST_CASE("align: a background table's errors name their line and column", "[align][background]") {
  TempDir dir;
  auto error_of = [&](const std::string& text) {
    std::string file = dir.write("df/xx.tsv", text);
    try {
      align::BackgroundDf::load(file);
    } catch (const InputError& e) {
      return e.located().substr(file.size());
    }
    return std::string("no error");
  };
  const std::string head = "# a table\nclauses\t100\n";
  CHECK(error_of(head + "s:xx:word\t3\n") == "no error");
  CHECK(error_of(head + "s:xx:word\n") ==
        ":3:1: expected 2 tab-separated fields (feature, clauses)");
  CHECK(error_of(head + "s:xx:word\t3\t4\n") ==
        ":3:1: expected 2 tab-separated fields (feature, clauses)");
  CHECK(error_of(head + "s:xx:word\tthree\n") == ":3:11: 'three' is not a positive whole number");
  CHECK(error_of(head + "s:xx:word\t0\n") == ":3:11: '0' is not a positive whole number");
  CHECK(error_of(head + "s:xx:word\t101\n") == ":3:11: count 101 exceeds the clauses (100)");
  CHECK(error_of(head + "word\t3\n") == ":3:1: 'word' is not a feature key (kind:value)");
  CHECK(error_of(head + "s:xx:word\t3\n\ns:xx:word\t4\n") ==
        ":5:1: feature 's:xx:word' is listed already (line 3)");
  CHECK(error_of("s:xx:word\t3\n") ==
        ":1:1: a feature before the 'clauses' line (the reference's clause count)");
  CHECK(error_of(head + "clauses\t5\n") == ":3:1: a second 'clauses' line");
  CHECK(error_of("# only a comment\n") == ": no 'clauses' line (the reference's clause count)");

  // Weights: log(1 + 1 / p), p the mean share over the tables; a feature no
  // table lists weighs as the rarest listed one (negated, as pivots read it).
  align::BackgroundDf t =
      align::BackgroundDf::load(dir.write("df/yy.tsv", head + "s:xx:word\t4\ne:date:x\t2\n"));
  CHECK(t.clauses() == 100);
  CHECK(t.size() == 2);
  CHECK(t.share(align::feature_id("s:xx:word")) == Approx(0.04));
  CHECK(t.share(align::feature_id("s:xx:none")) == 0);
  align::BackgroundDf u =
      align::BackgroundDf::load(dir.write("df/zz.tsv", "clauses\t50\ns:zz:mot\t5\ne:date:x\t3\n"));
  align::Weights one = align::Weights::background({t});
  CHECK(one(align::feature_id("s:xx:word")) == Approx(std::log(1 + 100 / 4.0)));
  CHECK(one(align::feature_id("s:xx:none")) == Approx(-std::log(1 + 100 / 2.0)));
  align::Weights two = align::Weights::background({t, u});
  // A stem of one language: its share halved, as in a corpus of two.
  CHECK(two(align::feature_id("s:xx:word")) == Approx(std::log(1 + 2 / 0.04)));
  CHECK(two(align::feature_id("s:zz:mot")) == Approx(std::log(1 + 2 / 0.1)));
  // A fact both languages hold: the mean of its shares.
  CHECK(two(align::feature_id("e:date:x")) == Approx(std::log(1 + 2 / (0.02 + 0.06))));
  CHECK(two(align::feature_id("s:xx:none")) == Approx(-std::log(1 + 2 / 0.02)));

  // The command line reports a broken table as other rules files: exit 2,
  // FILE:LINE:COLUMN (the shipped corpus is in French and English: a table
  // of English alone is not used, but still read).
  TempDir rules_copy, out;
  std::filesystem::copy(rules_dir(), rules_copy.path(), std::filesystem::copy_options::recursive);
  rules_copy.write("df/en.tsv", head + "s:en:word\tmany\n");
  RunResult r = run({"track", "--corpus", corpus_dir(), "--rules", rules_copy.path(), "--out",
                     out.path() + "/o", "--no-cache", "--quiet", "--fail-on", "never"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("df/en.tsv:3:11: 'many' is not a positive whole number") != std::string::npos);
}

// Threads of the shipped Contact Group texts and CFM-47 resolution 10/47-POL
// against the hand-annotated gold (tests/align/gold/cg-jk-threads.yaml, see
// GUIDE.md): pair precision, recall and F1 printed, and held at least at the
// level measured when the gold was written (issue 18's target is F1 0.9).
#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

#include "align/dictionary.h"
#include "align/features.h"
#include "align/score.h"
#include "pipeline/pipeline.h"
#include "support/test_support.h"

using namespace ct;
using namespace ct::test;

namespace {

using Pair = std::pair<std::string, std::string>;

void add_pairs(const std::vector<std::string>& members, std::set<Pair>& out) {
  for (std::size_t i = 0; i < members.size(); ++i)
    for (std::size_t j = i + 1; j < members.size(); ++j)
      if (members[i] != members[j]) out.insert(std::minmax(members[i], members[j]));
}

}  // namespace

TEST_CASE("threads of the Contact Group texts against the gold", "[align][gold]") {
  YAML::Node gold = YAML::LoadFile(source_dir() + "/tests/align/gold/cg-jk-threads.yaml");
  std::set<std::string> docs, furniture, annotated;
  for (const auto& d : gold["documents"]) docs.insert(d.as<std::string>());
  for (const auto& f : gold["furniture"]) furniture.insert(f.as<std::string>());
  std::set<Pair> gold_pairs;
  std::map<std::string, int> gold_threads_of;  // clause -> gold threads holding it
  for (const auto& t : gold["threads"]) {
    std::vector<std::string> members;
    for (const auto& m : t["members"]) members.push_back(m.as<std::string>());
    for (const std::string& m : std::set<std::string>(members.begin(), members.end()))
      ++gold_threads_of[m];
    annotated.insert(members.begin(), members.end());
    add_pairs(members, gold_pairs);
  }

  Corpus c = pipeline::load(corpus_dir(), rules(), 2);
  // Every clause of the listed documents is annotated: furniture or a thread.
  std::size_t clauses = 0;
  std::string missing;
  for (const Document& d : c.documents) {
    if (!docs.count(d.id)) continue;
    for (std::size_t k = d.first_clause; k < d.first_clause + d.clause_count; ++k) {
      ++clauses;
      const std::string& id = c.clauses[k].id;
      if (!furniture.count(id) && !annotated.count(id)) missing += id + "\n";
    }
  }
  INFO("clauses the gold does not annotate (re-segmented?):\n" << missing);
  CHECK(clauses > 150);
  CHECK(missing.empty());

  std::set<Pair> predicted;
  for (const Thread& t : c.threads) {
    std::vector<std::string> members;
    for (const ThreadMember& m : t.members) {
      const Clause& cl = c.clauses[m.clause];
      if (docs.count(c.document_of(cl).id) && !furniture.count(cl.id)) members.push_back(cl.id);
    }
    if (members.size() > 1 && std::getenv("CT_GOLD_DETAIL")) {
      std::printf("thread %s:", t.id.c_str());
      for (const std::string& m : members) std::printf(" %s", m.c_str());
      std::printf("\n");
    }
    add_pairs(members, predicted);
  }
  std::size_t correct = 0;
  for (const Pair& p : predicted) correct += gold_pairs.count(p);
  // CT_GOLD_DETAIL=1 lists the missed (-) and wrong (+) pairs with their texts.
  if (const char* detail = std::getenv("CT_GOLD_DETAIL"); detail && *detail == '1') {
    std::map<std::string, std::string> text;
    for (const Clause& cl : c.clauses) {
      std::size_t cut = std::min<std::size_t>(cl.text.size(), 90);
      while (cut < cl.text.size() && (static_cast<unsigned char>(cl.text[cut]) & 0xC0) == 0x80)
        --cut;  // not inside a UTF-8 sequence
      text[cl.id] = cl.text.substr(0, cut);
    }
    std::map<std::string, std::size_t> index;
    for (std::size_t k = 0; k < c.clauses.size(); ++k) index[c.clauses[k].id] = k;
    align::Translations tr = align::load_translations(rules(), 2);
    align::FeatureTable f = align::build_features(c, rules(), tr, 2);
    // Stems of the French clauses with no English translation (CT_GOLD_DETAIL=2).
    if (*detail == '1' && detail[1] == '2') {
      std::map<std::string, int> lacking;
      std::size_t words = 0, unbridged = 0;
      for (const Clause& cl : c.clauses)
        if (docs.count(c.document_of(cl).id) && c.document_of(cl).language == "fr")
          for (const Token& t : cl.tokens)
            if (t.word && !t.stop) {
              ++words;
              if (const std::string stem(t.stem); !tr.find("fr", "en", stem))
                ++lacking[stem], ++unbridged;
            }
      for (const auto& [stem, n] : lacking) std::printf("lacking %d %s\n", n, stem.c_str());
      std::printf(
          "French content words with a translation: %zu of %zu (the rest: names, "
          "acronyms, glossary phrases or none)\n",
          words - unbridged, words);
      for (std::size_t k = 0; k < c.clauses.size(); ++k)
        if (docs.count(c.document_of(c.clauses[k]).id) && f.clauses[k].act == 0)
          std::printf("no act: %s %s\n", c.clauses[k].id.c_str(), text[c.clauses[k].id].c_str());
    }
    auto lang = [&](std::size_t k) { return c.documents[c.clauses[k].doc].language; };
    // Units of a clause: its statements, or itself.
    auto units_of = [&](std::size_t k) {
      std::vector<const align::ClauseFeatures*> u;
      for (const align::Statement& st : f.statements)
        if (st.clause == k) u.push_back(&st.features);
      if (u.empty()) u.push_back(&f.clauses[k]);
      return u;
    };
    for (const Pair& p : gold_pairs)
      if (!predicted.count(p)) {
        std::size_t a = index[p.first], b = index[p.second];
        double best = -1;
        for (const auto* ua : units_of(a))
          for (const auto* ub : units_of(b))
            best = std::max(best, align::pair_score(c, f, a, *ua, b, *ub, false));
        std::printf("  statements best %.2f (%zu x %zu)\n", best, units_of(a).size(),
                    units_of(b).size());
        std::printf(
            "- %s | %s  score %.2f in %.2f/%.2f acts %llx%s %llx%s\n    %s\n    %s\n",
            p.first.c_str(), p.second.c_str(), align::pair_score(c, f, a, b, false),
            align::contained(f.clauses[a], lang(a), f.clauses[b], lang(b)),
            align::contained(f.clauses[b], lang(b), f.clauses[a], lang(a)),
            (unsigned long long)(f.clauses[a].act & 0xffff), f.clauses[a].weak_act ? "w" : "",
            (unsigned long long)(f.clauses[b].act & 0xffff), f.clauses[b].weak_act ? "w" : "",
            text[p.first].c_str(), text[p.second].c_str());
      }
    // The missed pairs by class (a pair may fall in several).
    std::map<std::string, int> classes;
    std::size_t missed = 0;
    for (const Pair& p : gold_pairs) {
      if (predicted.count(p)) continue;
      ++missed;
      std::size_t a = index[p.first], b = index[p.second];
      const align::ClauseFeatures &fa = f.clauses[a], &fb = f.clauses[b];
      if (lang(a) != lang(b)) ++classes["across languages"];
      if (c.clauses[a].doc == c.clauses[b].doc) ++classes["within one document"];
      if (gold_threads_of[p.first] > 1 || gold_threads_of[p.second] > 1)
        ++classes["a clause in several gold threads (merge/split)"];
      if (fa.act == 0 || fb.act == 0) ++classes["no act read on one side (narrative)"];
      if (fa.act != 0 && fb.act != 0 && fa.act != fb.act)
        ++classes[align::other_acts(fa, fb) ? "two acts named outright" : "acts differ, one weak"];
      if (align::pair_score(c, f, a, b, false) < 0.3) ++classes["score below 0.3"];
    }
    std::printf("missed %zu gold pairs:\n", missed);
    for (const auto& [k, n] : classes) std::printf("  %3d %s\n", n, k.c_str());
    // How many unlinked pairs of two documents score above a threshold, and
    // how many of them the gold holds: what a lower threshold would add.
    std::vector<std::size_t> mine;
    for (std::size_t k = 0; k < c.clauses.size(); ++k)
      if (docs.count(c.document_of(c.clauses[k]).id) && !furniture.count(c.clauses[k].id))
        mine.push_back(k);
    const double floors[] = {0.25, 0.3, 0.35, 0.4, 0.5};
    std::size_t above[5] = {}, gold_above[5] = {};
    for (std::size_t x = 0; x < mine.size(); ++x)
      for (std::size_t y = x + 1; y < mine.size(); ++y) {
        std::size_t a = mine[x], b = mine[y];
        if (c.clauses[a].doc == c.clauses[b].doc) continue;
        Pair p = std::minmax(c.clauses[a].id, c.clauses[b].id);
        if (predicted.count(p)) continue;
        double s = align::pair_score(c, f, a, b, false);
        for (int k = 0; k < 5; ++k)
          if (s >= floors[k]) ++above[k], gold_above[k] += gold_pairs.count(p);
      }
    for (int k = 0; k < 5; ++k)
      std::printf("unlinked pairs of two documents scoring >= %.2f: %zu, of them gold %zu\n",
                  floors[k], above[k], gold_above[k]);
    for (const Document& d : c.documents) {
      if (!docs.count(d.id)) continue;
      for (std::size_t a = d.first_clause; a < d.first_clause + d.clause_count; ++a)
        for (std::size_t b = a + 1; b < d.first_clause + d.clause_count; ++b) {
          double s = align::pair_score(c, f, a, b, true);
          if (s >= 0.3)
            std::printf(
                "W %.2f %s %s | %s\n", s,
                gold_pairs.count(std::minmax(c.clauses[a].id, c.clauses[b].id)) ? "gold" : "no  ",
                c.clauses[a].id.c_str(), c.clauses[b].id.c_str());
        }
    }
    for (const Pair& p : predicted)
      if (!gold_pairs.count(p))
        std::printf("+ %s | %s\n    %s\n    %s\n", p.first.c_str(), p.second.c_str(),
                    text[p.first].c_str(), text[p.second].c_str());
  }
  double precision = predicted.empty() ? 0 : double(correct) / double(predicted.size());
  double recall = gold_pairs.empty() ? 0 : double(correct) / double(gold_pairs.size());
  double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  std::printf(
      "gold threads (Contact Group + CFM-47 10/47-POL): %zu gold pairs, %zu predicted, "
      "precision %.3f recall %.3f F1 %.3f\n",
      gold_pairs.size(), predicted.size(), precision, recall, f1);
  CHECK(gold_pairs.size() > 200);
  // Measured when the gold was written: P 0.82, R 0.28, F1 0.42; with act
  // classes, the learned lexicon and looser links across series: P 0.92,
  // R 0.32, F1 0.48. Alignment may not fall below the latter. With two
  // witnesses, titles apart from substance and act words as written:
  // P 0.915, R 0.326, F1 0.481. With restatements within one document
  // joined: P 0.920, R 0.352, F1 0.509; with restatements across series
  // and the act words of inviting, recommending and concerns: P 0.926,
  // R 0.383, F1 0.542; restatements held to two parts of a text (on the
  // archive 145 joins, 2 or 3 of 15 sampled right -> 25, about 20 right):
  // P 0.926, R 0.378, F1 0.537. Measured at the start of this change: P 0.966,
  // R 0.374, F1 0.539; with links across series and languages held to the
  // cross-language thresholds and drafts speaking through their first member
  // in each language: P 0.960, R 0.413, F1 0.578. With a report's prose
  // paired in order around a paragraph moved elsewhere (fill_gaps) and
  // English/French cognates: P 0.960, R 0.422, F1 0.586. With the sentences
  // of a paragraph threaded on their own (align/statements.h): P 0.961,
  // R 0.430, F1 0.595 (the best sentence pairing of each missed pair scores
  // 0.30 or more for only 20 of the 130 still missed: what is missing is
  // likeness of reworded and translated text, not the cut).
  CHECK(precision >= 0.95);
  CHECK(f1 >= 0.59);
}

// Alignment measured on real parallel text: the English and French versions
// of the 50 UN Security Council resolutions of ../shared/corpora/unsc-dev
// (skipped when the folder is absent). Gold: the paragraph keys of
// paragraphs.json; a predicted pair is an English and a French clause of the
// same resolution in one thread. Also: threads of a series whose language
// alternates from year to year against those of its English texts alone.
#include "support/unsc_dev.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "align/dictionary.h"
#include "align/features.h"
#include "align/score.h"
#include "support/test_support.h"
#include "util/hash.h"

using namespace ct;
using namespace ct::test;

namespace {

struct Score {
  std::size_t gold = 0, predicted = 0, correct = 0, right_pairs = 0;
  double precision() const { return predicted ? double(right_pairs) / double(predicted) : 0; }
  double recall() const { return gold ? double(correct) / double(gold) : 0; }
};

Score measure(const Corpus& corpus, const std::vector<UnscResolution>& rs) {
  Score s;
  std::map<std::size_t, std::string> key;  // clause -> paragraph key
  std::map<std::size_t, std::size_t> res;  // clause -> resolution index
  for (std::size_t r = 0; r < rs.size(); ++r)
    for (const std::string lang : {"en", "fr"}) {
      auto d = corpus.document_index(rs[r].series + "-" + rs[r].num + "-" + lang);
      REQUIRE(d);
      const Document& doc = corpus.documents[*d];
      auto keys = unsc_keys(rs[r], lang);
      for (std::size_t c = doc.first_clause; c < doc.first_clause + doc.clause_count; ++c) {
        auto k = keys.find(unsc_words(corpus.clauses[c].text));
        if (k == keys.end()) continue;
        key[c] = k->second;
        res[c] = r;
      }
    }
  // Gold: keys found in both languages of a resolution.
  std::map<std::pair<std::size_t, std::string>, int> langs;
  for (const auto& [c, k] : key) {
    bool en = corpus.documents[corpus.clauses[c].doc].language == "en";
    langs[{res[c], k}] |= en ? 1 : 2;
  }
  for (const auto& [rk, l] : langs) s.gold += l == 3;
  std::set<std::pair<std::size_t, std::size_t>> pairs;
  for (const Thread& t : corpus.threads)
    for (const auto& a : t.members)
      for (const auto& b : t.members) {
        if (!key.count(a.clause) || !key.count(b.clause) || res[a.clause] != res[b.clause])
          continue;
        if (corpus.documents[corpus.clauses[a.clause].doc].language != "en" ||
            corpus.documents[corpus.clauses[b.clause].doc].language != "fr")
          continue;
        pairs.insert({a.clause, b.clause});
      }
  // Precision over predicted pairs; recall over gold keys (a resolution may
  // repeat a paragraph word for word, so one key can be right twice).
  std::set<std::pair<std::size_t, std::string>> found;
  std::size_t right = 0;
  for (const auto& [a, b] : pairs) {
    ++s.predicted;
    if (key[a] != key[b]) continue;
    ++right;
    found.insert({res[a], key[a]});
  }
  s.correct = found.size();
  s.right_pairs = right;
  return s;
}

// Shuffles the paragraphs of French texts after their first four (symbol,
// title, date, "Le Conseil de sécurité,"), in an order fixed by hashing.
std::string shuffle_french(const std::string& text, const std::string& lang) {
  if (lang != "fr") return text;
  std::vector<std::string> paras;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t e = text.find("\n\n", i);
    if (e == std::string::npos) e = text.size();
    if (e > i) paras.push_back(text.substr(i, e - i));
    i = e + 2;
  }
  if (paras.size() > 5)
    std::sort(paras.begin() + 4, paras.end(),
              [](const std::string& a, const std::string& b) { return fnv1a64(a) < fnv1a64(b); });
  std::string out;
  for (const auto& p : paras) out += p + "\n\n";
  return out;
}

}  // namespace

TEST_CASE("unsc-dev: English-French paragraph alignment of each resolution", "[align][unsc-dev]") {
  if (!have(unsc_dev_dir(), "the unsc-dev set")) return;
  auto rs = unsc_dev();
  REQUIRE_FALSE(rs.empty());
  TempDir dir;
  auto [manifest, files] = unsc_corpus_files(rs);
  Corpus corpus = corpus_from(dir, files, manifest, 2);
  Score s = measure(corpus, rs);
  std::printf(
      "unsc-dev EN<->FR alignment, as published: %zu resolutions, %zu gold pairs, "
      "precision %.3f, recall %.3f\n",
      rs.size(), s.gold, s.precision(), s.recall());
  CHECK(s.gold > 1000);
  CHECK(s.precision() >= 0.95);
  CHECK(s.recall() >= 0.90);
}

TEST_CASE("unsc-dev: alignment with the French paragraphs shuffled", "[align][unsc-dev]") {
  if (!have(unsc_dev_dir(), "the unsc-dev set")) return;
  auto rs = unsc_dev();
  REQUIRE_FALSE(rs.empty());
  TempDir dir;
  auto [manifest, files] = unsc_corpus_files(rs, shuffle_french);
  Corpus corpus = corpus_from(dir, files, manifest, 2);
  Score s = measure(corpus, rs);
  std::printf(
      "unsc-dev EN<->FR alignment, French paragraphs shuffled: %zu gold pairs, "
      "precision %.3f, recall %.3f\n",
      s.gold, s.precision(), s.recall());
  CHECK(s.precision() >= 0.85);
  CHECK(s.recall() >= 0.75);
}

namespace {

// A corpus holding each resolution in one language only (`lang_of`): the
// languages taking turns from year to year within each series, or English
// throughout.
std::pair<std::string, std::vector<std::pair<std::string, std::string>>> one_language_files(
    const std::vector<UnscResolution>& rs, const std::vector<std::string>& lang_of) {
  std::string manifest = "series:\n";
  std::vector<std::string> seen;
  for (const auto& r : rs)
    if (std::find(seen.begin(), seen.end(), r.series) == seen.end()) {
      seen.push_back(r.series);
      manifest += "  - id: " + r.series + "\n    title: " + r.series + "\n";
    }
  manifest += "documents:\n";
  std::vector<std::pair<std::string, std::string>> files;
  for (std::size_t i = 0; i < rs.size(); ++i) {
    const auto& r = rs[i];
    const std::string& lang = lang_of[i];
    std::string rel = r.series + "/" + r.num + "." + lang + ".txt";
    auto path = r.paths.find(lang);
    files.emplace_back(rel, read_file(path != r.paths.end() ? path->second
                                      : lang == "en"        ? r.en_path
                                                            : r.fr_path));
    manifest += "  - id: " + r.series + "-" + r.num + "\n    file: " + rel +
                "\n    series: " + r.series + "\n    kind: resolution\n    language: " + lang +
                "\n    date: " + r.date + "\n";
  }
  return {manifest, files};
}

// Links between a resolution and the next one of its series, as paragraph
// keys: (resolution, key, next resolution, key) for two clauses in a thread.
using KeyLink = std::tuple<std::size_t, std::string, std::size_t, std::string>;

std::set<KeyLink> year_links(const Corpus& corpus, const std::vector<UnscResolution>& rs,
                             const std::vector<std::string>& lang_of,
                             std::set<std::pair<std::size_t, std::string>>* keys_found = nullptr) {
  std::map<std::size_t, std::pair<std::size_t, std::string>> at;  // clause -> (res, key)
  // Paragraph keys found among the clauses, by language: a key missed here
  // cannot count as a link (segmentation, not alignment).
  std::map<std::string, std::pair<std::size_t, std::size_t>> found;
  for (std::size_t r = 0; r < rs.size(); ++r) {
    auto d = corpus.document_index(rs[r].series + "-" + rs[r].num);
    REQUIRE(d);
    const Document& doc = corpus.documents[*d];
    auto keys = unsc_keys(rs[r], lang_of[r]);
    found[lang_of[r]].second += rs[r].paras.size();
    for (std::size_t c = doc.first_clause; c < doc.first_clause + doc.clause_count; ++c)
      if (auto k = keys.find(unsc_words(corpus.clauses[c].text)); k != keys.end()) {
        at[c] = {r, k->second};
        ++found[lang_of[r]].first;
        if (keys_found) keys_found->insert({r, k->second});
      }
  }
  for (const auto& [lang, n] : found)
    std::printf("  %s: %zu of %zu paragraph keys found among the clauses\n", lang.c_str(), n.first,
                n.second);
  // The next resolution of each one in its series, by date.
  std::vector<std::size_t> order(rs.size()), next(rs.size(), SIZE_MAX);
  for (std::size_t i = 0; i < rs.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(rs[a].series, rs[a].date, rs[a].num) <
           std::tie(rs[b].series, rs[b].date, rs[b].num);
  });
  for (std::size_t i = 0; i + 1 < order.size(); ++i)
    if (rs[order[i]].series == rs[order[i + 1]].series) next[order[i]] = order[i + 1];
  std::set<KeyLink> out;
  for (const Thread& t : corpus.threads)
    for (const auto& a : t.members)
      for (const auto& b : t.members) {
        auto x = at.find(a.clause), y = at.find(b.clause);
        if (x == at.end() || y == at.end() || next[x->second.first] != y->second.first) continue;
        out.insert({x->second.first, x->second.second, y->second.first, y->second.second});
      }
  return out;
}

}  // namespace

namespace {

struct LinkScore {
  std::size_t reference = 0, found = 0, common = 0;
  double p = 0, r = 0, f = 0;
  void finish() {
    p = found ? double(common) / double(found) : 0;
    r = reference ? double(common) / double(reference) : 0;
    f = p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

// The links between consecutive years when the language of each series
// takes `turns` in order from year to year, against those of the English
// texts alone (read through the paragraph keys).
LinkScore turns_against_english(const std::vector<UnscResolution>& rs,
                                const std::vector<std::string>& turns,
                                std::map<std::string, LinkScore>* by_pair = nullptr) {
  std::vector<std::string> english(rs.size(), "en"), turning(rs.size());
  std::map<std::string, std::size_t> nth;
  std::vector<std::size_t> order(rs.size());
  for (std::size_t i = 0; i < rs.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(rs[a].series, rs[a].date, rs[a].num) <
           std::tie(rs[b].series, rs[b].date, rs[b].num);
  });
  for (std::size_t i : order) turning[i] = turns[nth[rs[i].series]++ % turns.size()];

  TempDir d1, d2;
  auto [m1, f1] = one_language_files(rs, english);
  auto [m2, f2] = one_language_files(rs, turning);
  std::set<KeyLink> ref = year_links(corpus_from(d1, f1, m1, 2), rs, english);
  std::set<std::pair<std::size_t, std::string>> keys_found;
  Corpus c2 = corpus_from(d2, f2, m2, 2);
  std::set<KeyLink> got = year_links(c2, rs, turning, &keys_found);
  // CLAUSETRACK_UNSC_MISSES=1 prints the links missed and those found wrongly.
  if (std::getenv("CLAUSETRACK_UNSC_MISSES")) {
    auto text = [&](std::size_t r, const std::string& key) {
      for (const auto& p : rs[r].paras)
        if (p.key == key) {
          auto t = p.text.find(turning[r]);
          return t == p.text.end() ? std::string("?") : t->second;
        }
      return std::string("?");
    };
    // Clause of (resolution, key), the score of two and their untranslated words.
    auto clause_of = [&](std::size_t r, const std::string& key) -> std::optional<std::size_t> {
      auto d = c2.document_index(rs[r].series + "-" + rs[r].num);
      const Document& doc = c2.documents[*d];
      auto keys = unsc_keys(rs[r], turning[r]);
      for (std::size_t c = doc.first_clause; c < doc.first_clause + doc.clause_count; ++c)
        if (auto k = keys.find(unsc_words(c2.clauses[c].text)); k != keys.end() && k->second == key)
          return c;
      return std::nullopt;
    };
    const align::Translations tr = align::load_translations(rules(), 2);
    const align::FeatureTable ft = align::build_features(c2, rules(), tr, 2);
    auto untranslated = [&](std::size_t c, const std::string& to) {
      const std::string& from = c2.documents[c2.clauses[c].doc].language;
      std::string out;
      std::size_t n = 0, miss = 0;
      for (const Token& t : c2.clauses[c].tokens)
        if (t.word && !t.stop && t.fold.size() >= 2) {
          ++n;
          const std::string stem(t.stem);
          if (!tr.find(from, to, stem)) {
            ++miss, out += " " + stem;
          } else if (std::string(std::getenv("CLAUSETRACK_UNSC_MISSES")) == "2") {
            out += " [" + stem + "=";
            for (const auto& x : *tr.find(from, to, stem)) out += x + ",";
            out += "]";
          }
        }
      return std::to_string(miss) + "/" + std::to_string(n) + ":" + out;
    };
    auto show = [&](const char* what, const KeyLink& l) {
      auto [r1, k1, r2, k2] = l;
      auto a = clause_of(r1, k1), b = clause_of(r2, k2);
      auto where = [&](std::optional<std::size_t> c) {
        std::string out;
        if (!c) return out;
        for (const Thread& t : c2.threads)
          for (std::size_t m = 0; m < t.members.size(); ++m)
            if (t.members[m].clause == *c) {
              out += " " + t.id + ":";
              for (std::size_t k = m > 0 ? m - 1 : 0; k < std::min(t.members.size(), m + 2); ++k)
                out += " " + c2.clauses[t.members[k].clause].id;
            }
        return out;
      };
      if (a && b) {
        const auto& fa = ft.clauses[*a];
        const auto& fb = ft.clauses[*b];
        const auto* pa = fa.pivot(turning[r2]);
        const auto* pb = fb.pivot(turning[r1]);
        std::printf(
            "  sizes: a native %zu pivot %zd | b native %zu pivot %zd; cos %.3f %.3f; "
            "a in b %.3f, b in a %.3f\n",
            fa.native.items.size(), pa ? (long)pa->items.size() : -1L, fb.native.items.size(),
            pb ? (long)pb->items.size() : -1L, pa ? align::cosine(*pa, fb.native) : -1.0,
            pb ? align::cosine(fa.native, *pb) : -1.0,
            align::contained(fa, turning[r1], fb, turning[r2]),
            align::contained(fb, turning[r2], fa, turning[r1]));
      }
      if (a && b) std::printf("  threads of a:%s | of b:%s\n", where(a).c_str(), where(b).c_str());
      // What b continues instead (the member before it in each of its
      // threads, with their score) and what a's threads continue with.
      auto rivals = [&](std::size_t c, bool before) {
        std::string out;
        for (const Thread& t : c2.threads)
          for (std::size_t m = 0; m < t.members.size(); ++m) {
            if (t.members[m].clause != c) continue;
            std::size_t k = before ? m - 1 : m + 1;
            if ((before && m == 0) || (!before && m + 1 == t.members.size())) continue;
            std::size_t o = t.members[k].clause;
            char buf[64];
            std::snprintf(buf, sizeof buf, " %.3f",
                          before ? align::pair_score(c2, ft, o, c, false)
                                 : align::pair_score(c2, ft, c, o, false));
            out += " " + c2.clauses[o].id + buf;
          }
        return out;
      };
      if (a && b)
        std::printf("  b continues:%s | a continues into:%s\n", rivals(*b, true).c_str(),
                    rivals(*a, false).c_str());
      if (a && b)
        std::printf(
            "%s score %.3f text %.3f | %s | %s\n", what, align::pair_score(c2, ft, *a, *b, false),
            align::text_similarity(ft.clauses[*a], turning[r1], ft.clauses[*b], turning[r2]),
            untranslated(*a, turning[r2]).c_str(), untranslated(*b, turning[r1]).c_str());
      std::printf("%s %s-%s %s %s%s -> %s %s%s\n  [%s] %s\n  [%s] %s\n", what, turning[r1].c_str(),
                  turning[r2].c_str(), rs[r1].num.c_str(), k1.c_str(),
                  keys_found.count({r1, k1}) ? "" : " (unsegmented)", rs[r2].num.c_str(),
                  k2.c_str(), keys_found.count({r2, k2}) ? "" : " (unsegmented)",
                  turning[r1].c_str(), text(r1, k1).c_str(), turning[r2].c_str(),
                  text(r2, k2).c_str());
    };
    for (const KeyLink& l : ref)
      if (!got.count(l)) show("MISSED", l);
    for (const KeyLink& l : got)
      if (!ref.count(l)) show("WRONG", l);
  }
  LinkScore s;
  s.reference = ref.size();
  s.found = got.size();
  for (const KeyLink& l : got) s.common += ref.count(l);
  s.finish();
  // By language pair (the languages of a link's two years).
  if (by_pair) {
    auto pair_of = [&](const KeyLink& l) {
      return turning[std::get<0>(l)] + "-" + turning[std::get<2>(l)];
    };
    for (const KeyLink& l : ref) ++(*by_pair)[pair_of(l)].reference;
    for (const KeyLink& l : got) {
      LinkScore& x = (*by_pair)[pair_of(l)];
      ++x.found;
      x.common += ref.count(l);
    }
    for (auto& [k, x] : *by_pair) x.finish();
  }
  return s;
}

}  // namespace

TEST_CASE("unsc-dev: threads with the language alternating from year to year",
          "[align][unsc-dev]") {
  // Reference: the threads of the English texts alone. Measured: the links
  // between consecutive years when the series alternates English and French,
  // read through the paragraph keys.
  if (!have(unsc_dev_dir(), "the unsc-dev set")) return;
  auto rs = unsc_dev();
  REQUIRE_FALSE(rs.empty());
  LinkScore s = turns_against_english(rs, {"en", "fr"});
  std::printf(
      "unsc-dev threads, English and French alternating by year, against English only: "
      "%zu reference links, %zu found, precision %.3f recall %.3f F1 %.3f\n",
      s.reference, s.found, s.p, s.r, s.f);
  CHECK(s.reference > 500);
  // Measured when written: P 0.966, R 0.894, F1 0.929 (issue 18 asks 0.95);
  // with the agreement of two witnesses, titles kept apart from substance and
  // act words matched as written: P 0.963, R 0.908, F1 0.935; with runs of
  // clauses paired by order, lexicons on stems and capitalized words
  // translated: P 0.965, R 0.923, F1 0.944; with splits across languages
  // explaining half the earlier clause (Params::cover_cross) and no link
  // across languages on words that barely agree (Params::cross_text):
  // P 0.979, R 0.923, F1 0.950. After the change counting a place's words
  // once, as its entity: F1 0.949 (1140 links found); with a split across
  // languages accepting a part that scores 0.6 against the earlier clause
  // and holds 0.4 of it (threading.cc kContainStrong): 1142 found, P 0.979,
  // R 0.923, F1 0.950.
  CHECK(s.f >= 0.945);
}

TEST_CASE("unsc-dev: threads with the six UN languages taking turns from year to year",
          "[align][unsc-dev]") {
  // Each series changes language every year: en, ar, zh, ru, es, fr in turn,
  // so consecutive years are English-Arabic, Arabic-Chinese, Chinese-Russian,
  // Russian-Spanish, Spanish-French, French-English (pairs without a direct
  // lexicon go through English). Reference: the threads of the English texts
  // alone; only the resolutions published in all six languages.
  // NOTE: the lexicons of rules/lexicon/ were learned from these same unsc-dev
  // paragraphs, so this figure is in-sample. Held out: learn the lexicons
  // from four series into a copy of rules/ and measure on the other four,
  // with one command line of
  //   CLAUSETRACK_RULES_DIR=/tmp/rules-held-out
  //   CLAUSETRACK_UNSC_SERIES=binuh-haiti,minusca-car,monusco-drc,unama-afghanistan
  //   build/tests/test_align "unsc-dev: threads with the six UN languages*"
  // (lexicons: scripts/learn-lexicon.py ... --pair en LANG --series unami-iraq,
  // unmiss-south-sudan,unsmil-libya,unsom-somalia for LANG in fr ar zh ru es,
  // with /usr/bin/python3 for python3-icu); both figures are in issue 14's
  // report. CLAUSETRACK_UNSC_MISSES=1 prints each link missed or found wrongly
  // with its score, the stems no lexicon translates and the threads involved.
  if (!have(unsc_dev_dir(), "the unsc-dev set")) return;
  auto rs = unsc_dev();
  REQUIRE_FALSE(rs.empty());
  const std::vector<std::string> six = {"en", "ar", "zh", "ru", "es", "fr"};
  std::string only;
  if (const char* env = std::getenv("CLAUSETRACK_UNSC_SERIES")) only = "," + std::string(env) + ",";
  std::erase_if(rs, [&](const UnscResolution& r) {
    if (!only.empty() && only.find("," + r.series + ",") == std::string::npos) return true;
    return std::any_of(six.begin(), six.end(),
                       [&](const std::string& l) { return !r.paths.count(l); });
  });
  std::map<std::string, LinkScore> by_pair;
  LinkScore s = turns_against_english(rs, six, &by_pair);
  for (const auto& [pair, x] : by_pair)
    std::printf("  %s: %zu reference links, %zu found, precision %.3f recall %.3f F1 %.3f\n",
                pair.c_str(), x.reference, x.found, x.p, x.r, x.f);
  std::printf(
      "unsc-dev threads, six languages in turn by year, against English only: "
      "%zu resolutions, %zu reference links, %zu found, precision %.3f recall %.3f F1 %.3f\n",
      rs.size(), s.reference, s.found, s.p, s.r, s.f);
  CHECK(s.reference > (only.empty() ? 300 : 50));
  // Measured when written: in-sample lexicons, 33 resolutions, 365 links:
  // P 0.972, R 0.677, F1 0.798 (English-Arabic the weakest pair, F1 0.693);
  // on the four series binuh, minusca, monusco, unama (15 resolutions, 212
  // links): in-sample F1 0.838, held out (lexicons from the other four) F1
  // 0.791 (P 0.986, R 0.660). Issue 14 asks 0.95. Then, with Arabic list
  // items found, capitalized words translated, glossary phrases read word by
  // word for languages without them, runs of clauses paired by order and
  // lexicons learned on stems: 370 links, P 0.963, R 0.911, F1 0.936
  // (Chinese-Russian the weakest pair, F1 0.897); on the four series
  // in-sample F1 0.960, held out F1 0.954 (P 0.980, R 0.930). With
  // Params::cross_text: 371 links, P 0.971, R 0.916, F1 0.943 (Chinese-Russian
  // 0.928, Spanish-French 0.895 the weakest); held out F1 0.951 (P 0.995,
  // R 0.911); with Arabic recitals read as recitals (ar.yaml `recitals:
  // false`, `not_negating`): P 0.972, R 0.922, F1 0.946 (English-Arabic
  // 0.975), held out 0.951. Lexicons learned directly between the languages other than
  // English (scripts/learn-lexicon.py --pair zh ru ...) gave in-sample
  // F1 0.946 but held out 0.946: not shipped. Measured again before issue
  // 14's next step: P 0.980, R 0.916, F1 0.947, held out 0.944 (P 0.990,
  // R 0.902); with stop words aligned with English's: 0.949, held out 0.944;
  // with places named in Arabic and Russian (read by stem) and a place's
  // words counted once, as its entity, across languages: P 0.974, R 0.922,
  // F1 0.947, held out F1 0.952 (P 0.985, R 0.921); with splits across
  // languages accepting a strongly matching part that holds 0.4 of the
  // earlier clause (threading.cc kContainStrong): P 0.974, R 0.925, F1 0.949,
  // held out unchanged at 0.952 (the split gained is in a training series);
  // with a Chinese number before 月 read as a month (zh.yaml
  // `month_suffixes`): P 0.975, R 0.927, F1 0.950, held out 0.952.
  CHECK(s.f >= 0.935);
}

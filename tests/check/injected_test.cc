// Each kind of defect injected into texts the test writes: the rule, the file
// and the line of the finding, and no finding on the clean texts; the
// near-miss check's swaps read back from a memo find the same.
#include <catch2/catch.hpp>
#include <map>
#include <mutex>

#include "check/written_corpus.h"

using namespace ct;
using namespace ct::test;

namespace {

// Injects `from` -> `to` in the newest text and expects exactly one finding of
// `rule`, on the line of `to`'s `marker` in the newest file.
void expect_one(const std::string& from, const std::string& to, const std::string& rule,
                const std::string& marker) {
  auto files = with_newest(clean_series(), from, to);
  REQUIRE(files.back().second.find(to) != std::string::npos);
  auto all = findings_of(files);
  INFO(listing(all));
  auto hits = of_rule(all, rule);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].where.file == "g/2023.en.txt");
  CHECK(hits[0].where.line == line_of(files.back().second, marker));
  CHECK(hits[0].fingerprint.size() == 16);
  CHECK(!hits[0].message.empty());
}

// The same findings in the same order: rule, message and fingerprint.
void check_same_findings(const std::vector<Finding>& got, const std::vector<Finding>& want) {
  REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    CHECK(got[i].rule == want[i].rule);
    CHECK(got[i].message == want[i].message);
    CHECK(got[i].fingerprint == want[i].fingerprint);
  }
}

}  // namespace

TEST_CASE("the clean written series has no finding", "[check]") {
  auto all = findings_of(clean_series());
  INFO(listing(all));
  CHECK(all.empty());
}

TEST_CASE("a date without its day", "[check][date]") {
  expect_one("on 19 September 2023", "on September 2023", "date.missing-day", "on September 2023");
}

TEST_CASE("an impossible date", "[check][date]") {
  expect_one("on 19 September 2023", "on 31 September 2023", "date.impossible", "31 September");
  // A year no date has: the placeholder of an unfilled record, not a date
  // without its year.
  expect_one("on 19 September 2023", "on 1 January 0001", "date.impossible", "1 January 0001");
}

TEST_CASE("an ambiguous numeric date", "[check][date]") {
  expect_one("on 19 September 2023", "on 09/10/2023", "date.ambiguous", "09/10/2023");
}

TEST_CASE("a word mixing scripts", "[check][text]") {
  // A Cyrillic "е" in "Secretary".
  expect_one("brief the Secretary General", "brief the S\u0435cretary General", "text.mixed-script",
             "S\u0435cretary");
}

TEST_CASE("spacing slips in dates and numbers", "[check][text]") {
  expect_one("on 19 September 2023", "on September 19,2023", "text.spacing", "September 19,2023");
  expect_one("held in the territory;", "held in the territory since 2019,in camps;", "text.spacing",
             "2019,in");
}

TEST_CASE("skipped, repeated and out-of-order numbers", "[check][numbering]") {
  expect_one("3. Directed", "4. Directed", "numbering.skipped", "4. Directed");
  expect_one("3. Directed", "2. Directed", "numbering.repeated", "2. Directed");
}

TEST_CASE("a near-miss of persistent wording", "[check][text]") {
  expect_one("human rights activists", "human rights activities", "text.near-miss", "activities");
  // Two neighbouring letters swapped in a short word: one slip, not two.
  expect_one("to brief the Secretary", "to breif the Secretary", "text.near-miss", "breif");
}

TEST_CASE("a dropped and a weakened demand", "[check][thread]") {
  {
    auto files = with_newest(clean_series(), "1. Demanded", "1. Urged");
    auto all = findings_of(files);
    INFO(listing(all));
    auto hits = of_rule(all, "thread.weakened");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].severity == Severity::Info);
    CHECK(hits[0].where.line == line_of(files.back().second, "1. Urged"));
  }
  {
    auto files = with_newest(
        clean_series(),
        "1. Demanded the immediate release of all political prisoners held in the territory;\n\n",
        "");
    auto all = findings_of(files);
    INFO(listing(all));
    auto hits = of_rule(all, "thread.dropped");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].where.file == "g/2023.en.txt");
    REQUIRE(!hits[0].related.empty());
    CHECK(hits[0].related[0].file == "g/2022.en.txt");
  }
}

TEST_CASE("a paragraph repeated verbatim", "[check][text]") {
  auto files = with_newest(clean_series(), "3. Directed the Permanent",
                           "3. Directed the Permanent Representatives to brief the Secretary "
                           "General regularly on the developments in the territory.\n\n4. Directed "
                           "the Permanent");
  auto all = findings_of(files);
  INFO(listing(all));
  auto hits = of_rule(all, "text.duplicate");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].where.line == line_of(files.back().second, "4. Directed"));
}

TEST_CASE("parallel paragraphs and a carried-over repetition are not new duplicates",
          "[check][text]") {
  const std::string dup =
      "3. Directed the Permanent Representatives to brief the Secretary General regularly on "
      "the developments in the territory.\n\n4. Directed the Permanent";
  SECTION("a preambular paragraph taken up as an operative one") {
    auto files = with_newest(
        clean_series(), "Recalling the relevant",
        "Directing the Permanent Representatives to brief the Secretary General regularly on "
        "the developments in the territory,\n\nRecalling the relevant");
    auto all = findings_of(files);
    INFO(listing(all));
    CHECK(of_rule(all, "text.duplicate").empty());
  }
  SECTION("two paragraphs that differ by a number") {
    auto files = with_newest(clean_series(), "3. Directed the Permanent",
                             "3. Directed the Permanent Representatives to brief the Secretary "
                             "General on paragraph 1 regularly on the developments in the "
                             "territory.\n\n4. Directed the Permanent Representatives to brief "
                             "the Secretary General on paragraph 2 regularly on");
    auto all = findings_of(files);
    INFO(listing(all));
    CHECK(of_rule(all, "text.duplicate").empty());
  }
  SECTION("a repetition reported where it first appears, not in later versions") {
    auto files = clean_series();
    for (std::size_t i = 1; i < files.size(); ++i) {
      std::string& t = files[i].second;
      t.replace(t.find("3. Directed the Permanent"), 25, dup);
    }
    auto all = findings_of(files);
    INFO(listing(all));
    auto hits = of_rule(all, "text.duplicate");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].where.file == "g/2022.en.txt");
  }
}

TEST_CASE("an acronym used before its definition and defined two ways", "[check][term]") {
  auto files = clean_series();
  files[1].second +=
      "\n4. Thanked the OIC Independent Permanent Human Rights Commission (IPHRC) for its work.\n";
  files[2].second =
      with_newest(files, "3. Directed", "3. Asked the IPHRC to report, and Directed")
          .back()
          .second +
      "\n4. Thanked the Independent Permanant Human Rights Commission (IPHRC) for its work.\n";
  auto all = findings_of(files);
  INFO(listing(all));
  auto before = of_rule(all, "term.acronym-before-definition");
  REQUIRE(before.size() == 1);
  CHECK(before[0].where.line == line_of(files[2].second, "3. Asked the IPHRC"));
  auto redefined = of_rule(all, "term.acronym-redefined");
  REQUIRE(redefined.size() == 1);
  CHECK(redefined[0].where.file == "g/2023.en.txt");
}

TEST_CASE("an acronym used early in every version is reported where it began", "[check][term]") {
  auto files = clean_series();
  for (std::size_t i = 1; i < files.size(); ++i) {
    std::string& t = files[i].second;
    t.replace(t.find("3. Directed the Permanent"), 25,
              "3. Asked the IPHRC to report, and Directed the Permanent");
    t += "\n4. Thanked the Independent Permanent Human Rights Commission (IPHRC) for its work.\n";
  }
  auto all = findings_of(files);
  INFO(listing(all));
  auto hits = of_rule(all, "term.acronym-before-definition");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].where.file == "g/2022.en.txt");
}

TEST_CASE("a name left in the other language", "[check][text]") {
  expect_one("brief the Secretary General regularly",
             "brief the Commission nationale de lutte contre la prolifération des armes regularly",
             "text.other-language", "Commission nationale");
  // Acronyms and symbols in capitals are not words of another language.
  auto files = with_newest(clean_series(), "the Secretary General", "the UN Secretary General");
  auto all = findings_of(files);
  INFO(listing(all));
  CHECK(of_rule(all, "text.other-language").empty());
}

TEST_CASE("the near-miss check in parts on several threads finds the same", "[check][text]") {
  auto files = with_newest(clean_series(), "human rights activists", "human rights activities");
  TempDir dir;
  Corpus c = corpus_from(dir, files, clean_manifest());
  auto one = check::run_checks(c, rules());
  REQUIRE(of_rule(one, "text.near-miss").size() == 1);
  for (int jobs : {2, 3, 8}) {
    check_same_findings(check::run_checks(c, rules(), {}, jobs), one);
  }
}

TEST_CASE("spelling variants and derived words are not near-misses", "[check][text]") {
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"campaign to confiscate", "campaign to reconfiscate"},
           {"Condemned the campaign", "Condemned the campaigns"},
           // lead verbs change by design
           {"Condemned the campaign", "Condoned the campaign"}}) {
    auto files = with_newest(clean_series(), from, to);
    auto all = findings_of(files);
    INFO(from << " -> " << to << "\n" << listing(all));
    CHECK(of_rule(all, "text.near-miss").empty());
  }
}

TEST_CASE("the other variety of English and an irregular plural are not slips", "[check][text]") {
  // Hunspell knows both "programs" (en_US) and "programmes" (en_GB), and
  // that "crises" is a form of "crisis" although Snowball stems them apart.
  for (const auto& [was, now] : std::vector<std::pair<std::string, std::string>>{
           {"programmes", "programs"}, {"crisis", "crises"}}) {
    auto base = clean_series();
    for (auto& [name, text] : base) text.replace(text.find("properties"), 10, was);
    auto files = with_newest(base, was + " of human", now + " of human");
    auto all = findings_of(files);
    INFO(was << " -> " << now << "\n" << listing(all));
    CHECK(of_rule(all, "text.near-miss").empty());
  }
}

TEST_CASE("a name spelt another way is judged by the dictionary only", "[check][text]") {
  auto base = clean_series();
  for (auto& [name, text] : base) text.replace(text.find("human rights"), 12, "Mr. Serraj");
  // Not a word of the dictionary and in no other document: flagged.
  auto files = with_newest(base, "Mr. Serraj", "Mr. Sarraj");
  auto all = findings_of(files);
  INFO(listing(all));
  CHECK(of_rule(all, "text.near-miss").size() == 1);
}

namespace {

// A Russian series of three texts: `earlier` in the first two, `word` in the
// newest, at the place of "%" in the operative paragraph `op`.
std::vector<Finding> russian_findings(const std::string& op, const std::string& earlier,
                                      const std::string& word) {
  auto doc = [&](const std::string& w) {
    std::string line = op;
    line.replace(line.find('%'), 1, w);
    return "Совместное коммюнике\n\nМинистры:\n\n1. " + line +
           " в регионе и требуют немедленного освобождения всех политических "
           "заключенных;\n\n2. постановляют продолжать заниматься этим вопросом.\n";
  };
  const std::string manifest =
      "series:\n  - id: r\n    title: Communiques\ndocuments:\n"
      "  - {id: r-2021, file: r/2021.ru.txt, series: r, language: ru, date: 2021-09-20}\n"
      "  - {id: r-2022, file: r/2022.ru.txt, series: r, language: ru, date: 2022-09-21}\n"
      "  - {id: r-2023, file: r/2023.ru.txt, series: r, language: ru, date: 2023-09-19}\n";
  return findings_of({{"r/2021.ru.txt", doc(earlier)},
                      {"r/2022.ru.txt", doc(earlier)},
                      {"r/2023.ru.txt", doc(word)}},
                     manifest);
}

}  // namespace

TEST_CASE("in a language inflected by its endings, another form is not a slip; a typo is",
          "[check][text]") {
  const std::string op = "призывают % защиту гражданского населения";
  auto aspect = russian_findings(op, "обеспечить", "обеспечивать");
  INFO(listing(aspect));
  CHECK(of_rule(aspect, "text.near-miss").empty());
  auto typo = russian_findings(op, "обеспечить", "обесепчить");
  INFO(listing(typo));
  CHECK(of_rule(typo, "text.near-miss").size() == 1);
}

TEST_CASE("outside checks.yaml real_words, a dictionary word put for another is an edit",
          "[check][text]") {
  // Russian: "консультационной" for "консультативной" (both words of the
  // dictionary, one root): an edit, not a slip, though the phrase is new.
  const std::string op = "приветствуют работу % группы по вопросам правосудия";
  auto edit = russian_findings(op, "консультативной", "консультационной");
  INFO(listing(edit));
  CHECK(of_rule(edit, "text.near-miss").empty());
  // A word no dictionary knows still is a slip.
  auto typo = russian_findings(op, "консультативной", "конусльтативной");
  INFO(listing(typo));
  CHECK(of_rule(typo, "text.near-miss").size() == 1);
}

TEST_CASE("a name the newer text spells as the dictionary or as often as the older is a correction",
          "[check][text]") {
  // "Monteux" (a dictionary word, a conductor's name) in one earlier text,
  // "Montreux" in the newest: as many documents say each, so the newer
  // text corrected the older one; the older one's form is no evidence.
  auto files = clean_series();
  const std::string from = "properties of human rights";
  files[1].second.replace(files[1].second.find(from), from.size(), "properties of Monteux talks");
  files[2].second.replace(files[2].second.find(from), from.size(), "properties of Montreux talks");
  auto all = findings_of(files);
  INFO(listing(all));
  CHECK(of_rule(all, "text.near-miss").empty());
}

TEST_CASE("a name misspelt where the clause was rewritten is found in the series' vocabulary",
          "[check][text]") {
  // The name moved into a rewritten clause: no aligned earlier clause holds
  // it, the series' earlier texts do (with the same neighbour).
  auto files = clean_series();
  for (std::size_t i = 0; i < 2; ++i)
    files[i].second +=
        "\n4. Welcomed the adoption of the Yazidi Survivors Law by the parliament.\n";
  files[2].second +=
      "\n4. Noted the efforts toward payments to survivors, including under the Yezidi Survivors "
      "Law, and called for more.\n";
  auto all = findings_of(files);
  INFO(listing(all));
  auto hits = of_rule(all, "text.near-miss");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].where.file == "g/2023.en.txt");
  CHECK(hits[0].message.find("Yezidi") != std::string::npos);
  // A new name one letter from an old one but in other company is another
  // name, not a slip.
  auto other = clean_series();
  for (std::size_t i = 0; i < 2; ++i)
    other[i].second += "\n4. Welcomed the visit of the envoy Mr. Hassan to the region.\n";
  other[2].second += "\n4. Thanked the Hassen Foundation for its support of the victims.\n";
  auto quiet = findings_of(other);
  INFO(listing(quiet));
  CHECK(of_rule(quiet, "text.near-miss").empty());
}

namespace {

// A memo that keeps each series' vocabulary swaps and each thread's swaps
// in memory (as track's cache does between runs) and counts what it was
// asked.
class SeriesSwapsKept : public check::WordDiffMemo {
 public:
  bool find(std::size_t, std::size_t, std::vector<WordOp>&) const override { return false; }
  void keep(std::size_t, std::size_t, const std::vector<WordOp>&) override {}
  bool find_series(std::size_t series, std::vector<check::SeriesSwap>& out) const override {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = kept.find(series);
    if (it == kept.end()) return false;
    ++found;
    out = it->second;
    return true;
  }
  void keep_series(std::size_t series, const std::vector<check::SeriesSwap>& swaps) override {
    std::lock_guard<std::mutex> lock(mutex_);
    kept[series] = swaps;
  }
  bool find_thread(std::size_t thread, std::vector<check::SeriesSwap>& out) const override {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = threads.find(thread);
    if (it == threads.end()) return false;
    ++threads_found;
    out = it->second;
    return true;
  }
  void keep_thread(std::size_t thread, const std::vector<check::SeriesSwap>& swaps) override {
    std::lock_guard<std::mutex> lock(mutex_);
    threads[thread] = swaps;
  }
  std::map<std::size_t, std::vector<check::SeriesSwap>> kept, threads;
  mutable std::size_t found = 0, threads_found = 0;

 private:
  mutable std::mutex mutex_;
};

}  // namespace

TEST_CASE("the series' vocabulary swaps read back from a memo find the same", "[check][text]") {
  auto files = clean_series();
  for (std::size_t i = 0; i < 2; ++i)
    files[i].second +=
        "\n4. Welcomed the adoption of the Yazidi Survivors Law by the parliament.\n";
  files[2].second +=
      "\n4. Noted the efforts toward payments to survivors, including under the Yezidi Survivors "
      "Law, and called for more.\n";
  TempDir dir;
  Corpus c = corpus_from(dir, files, clean_manifest());
  const auto plain = check::run_checks(c, rules());
  REQUIRE(of_rule(plain, "text.near-miss").size() == 1);
  auto same = [&](const std::vector<Finding>& got) { check_same_findings(got, plain); };
  for (int jobs : {1, 2}) {
    SeriesSwapsKept memo;
    same(check::run_checks(c, rules(), {}, jobs, &memo));  // made and kept
    REQUIRE(memo.kept.size() == c.series.size());
    std::size_t swaps = 0;
    for (const auto& [series, kept] : memo.kept) swaps += kept.size();
    CHECK(swaps >= 1);
    same(check::run_checks(c, rules(), {}, jobs, &memo));  // read back
    CHECK(memo.found == c.series.size());
  }
  SECTION("places outside the series are made again, not trusted") {
    SeriesSwapsKept memo;
    check::run_checks(c, rules(), {}, 1, &memo);
    for (auto& [series, kept] : memo.kept)
      for (check::SeriesSwap& s : kept) s.clause = 1'000'000;
    same(check::run_checks(c, rules(), {}, 1, &memo));
  }
  SECTION("the kept swaps are what the check reports") {
    SeriesSwapsKept memo;
    check::run_checks(c, rules(), {}, 1, &memo);
    for (auto& [series, kept] : memo.kept) kept.clear();
    CHECK(of_rule(check::run_checks(c, rules(), {}, 1, &memo), "text.near-miss").empty());
  }
  SECTION("with a focus the memo is not asked") {
    SeriesSwapsKept memo;
    check::run_checks(c, rules(), {0}, 1, &memo);
    CHECK(memo.kept.empty());
  }
}

TEST_CASE("the threads' swaps read back from a memo find the same", "[check][text]") {
  auto files = with_newest(clean_series(), "human rights activists", "human rights activities");
  TempDir dir;
  Corpus c = corpus_from(dir, files, clean_manifest());
  const auto plain = check::run_checks(c, rules());
  REQUIRE(of_rule(plain, "text.near-miss").size() == 1);
  auto same = [&](const std::vector<Finding>& got) { check_same_findings(got, plain); };
  for (int jobs : {1, 2}) {
    SeriesSwapsKept memo;
    same(check::run_checks(c, rules(), {}, jobs, &memo));  // made and kept
    REQUIRE(memo.threads.size() == c.threads.size());
    std::size_t swaps = 0;
    for (const auto& [thread, kept] : memo.threads) swaps += kept.size();
    CHECK(swaps >= 1);
    same(check::run_checks(c, rules(), {}, jobs, &memo));  // read back
    CHECK(memo.threads_found == c.threads.size());
  }
  SECTION("places off the thread are made again, not trusted") {
    SeriesSwapsKept memo;
    check::run_checks(c, rules(), {}, 1, &memo);
    for (auto& [thread, kept] : memo.threads)
      for (check::SeriesSwap& s : kept) s.doc = 1'000'000;
    same(check::run_checks(c, rules(), {}, 1, &memo));
  }
  SECTION("the kept swaps are what the check reports") {
    SeriesSwapsKept memo;
    check::run_checks(c, rules(), {}, 1, &memo);
    for (auto& [thread, kept] : memo.threads) kept.clear();
    CHECK(of_rule(check::run_checks(c, rules(), {}, 1, &memo), "text.near-miss").empty());
  }
}

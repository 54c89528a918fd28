// two_sides moves the two documents' clauses out of the corpus (copying a
// document that is on both sides until its last use), and compare_sides sorts
// the aligned pairs.
#include "align/pairwise.h"

#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace ct;
using namespace ct::test;

namespace {

const std::string kManifest =
    "series:\n  - id: s\n    title: Test\ndocuments:\n"
    "  - id: a\n    file: a.en.txt\n    series: s\n    language: en\n    date: 2020-01-01\n"
    "  - id: b\n    file: b.en.txt\n    series: s\n    language: en\n    date: 2021-01-01\n";
const std::string kOld =
    "Resolution\n\nThe Council,\n\n1. Decides to extend the mandate until 31 May 2021;\n\n"
    "2. Requests a report within ninety days;\n\n3. Decides to remain seized of the matter.\n";
const std::string kNew =
    "Resolution\n\nThe Council,\n\n1. Decides to extend the mandate until 31 May 2022;\n\n"
    "2. Decides to remain seized of the matter.\n";

}  // namespace

TEST_CASE("two_sides moves the clauses of each side; a document on both sides is copied first",
          "[align][pairwise]") {
  TempDir dir;
  Corpus corpus = corpus_from(dir, {{"a.en.txt", kOld}, {"b.en.txt", kNew}}, kManifest);
  REQUIRE(corpus.documents.size() == 2);
  const Corpus original = corpus;
  auto same = [](const Clause& x, const Clause& y) {
    return x.text == y.text && x.tokens.size() == y.tokens.size() &&
           x.entities.size() == y.entities.size() && x.number == y.number;
  };

  Corpus self = corpus;
  Corpus both = align::two_sides(self, {0}, {0});
  const Document& a = original.documents[0];
  REQUIRE(both.clauses.size() == 2 * a.clause_count);
  for (std::size_t k = 0; k < a.clause_count; ++k) {
    CHECK(same(both.clauses[k], original.clauses[a.first_clause + k]));
    CHECK(same(both.clauses[a.clause_count + k], original.clauses[a.first_clause + k]));
  }
  align::SideBySide itself = align::compare_sides(both, rules(), 1);
  CHECK(itself.changed.empty());
  CHECK(itself.added.empty());
  CHECK(itself.removed.empty());
  CHECK(itself.kept.size() == a.clause_count);

  Corpus two = align::two_sides(corpus, {0}, {1});
  CHECK(corpus.documents.size() == 2);  // documents stay
  CHECK(two.clauses.size() == original.clauses.size());
  align::SideBySide d = align::compare_sides(two, rules(), 1);
  REQUIRE(d.changed.size() == 1);
  CHECK(two.clauses[d.changed[0].new_clause].text.find("2022") != std::string::npos);
  REQUIRE(d.removed.size() == 1);
  CHECK(two.clauses[d.removed[0]].text.find("ninety days") != std::string::npos);
}

TEST_CASE("of two runs as long, the one whose pairs keep their number and role stays in order",
          "[align][pairwise]") {
  // Paragraphs 1 and 2 are replaced, and paragraph 4 becomes a recital,
  // placed before paragraph 3: pre.1, 3, 5 and pre.1, 4, 5 keep their order
  // alike; 4 moved (its number and role changed), not 3.
  const std::string old_text =
      "Resolution\n\nThe Council,\n\nRecalling its resolution 100 (2015) on the Lake Observer "
      "Force,\n\n1. Decides to extend the mandate of the Lake Observer Force until 31 May "
      "2021;\n\n2. Requests a report on the Force within ninety days;\n\n3. Urges the parties "
      "to respect the ceasefire line drawn in the agreement of 2019;\n\n4. Expresses its "
      "intention to review the configuration of the Force and its patrols;\n\n5. Decides to "
      "remain seized of the matter.\n";
  const std::string new_text =
      "Resolution\n\nThe Council,\n\nRecalling its resolution 100 (2015) on the Lake Observer "
      "Force,\n\nRecalling its intention to review the configuration of the Force and its "
      "patrols,\n\n1. Takes note of the letter of the Secretary-General on the drawdown of the "
      "Force;\n\n2. Requests a plan for the liquidation of the Force by 1 April 2022;\n\n"
      "3. Urges the parties to respect the ceasefire line drawn in the agreement of 2019;\n\n"
      "4. Calls on the parties to release all those detained;\n\n5. Decides to remain seized "
      "of the matter.\n";
  TempDir dir;
  Corpus corpus = corpus_from(dir, {{"a.en.txt", old_text}, {"b.en.txt", new_text}}, kManifest);
  Corpus two = align::two_sides(corpus, {0}, {1});
  align::SideBySide d = align::compare_sides(two, rules(), 1);
  std::vector<std::string> moved;
  for (const align::ClausePair* p : d.moved())
    if (p->reordered) moved.push_back(two.clauses[p->old_clause].number);
  CHECK(moved == std::vector<std::string>{"4"});
}

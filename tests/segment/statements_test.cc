// The sentences of a clause (segment/statements.h): cut at a sentence's end
// before a capital, not after an abbreviation, a number or inside brackets;
// fragments kept with their neighbour; a part's tokens and entities rebased.
#include "segment/statements.h"

#include <catch2/catch.hpp>

#include "support/segment_support.h"
#include "support/test_support.h"

using ct::Clause;
using ct::test::need;
using ct::test::segment_text;

namespace {

std::vector<std::string> sentences(const Clause& c, const std::string& language) {
  const auto* lr = ct::test::rules().language(language);
  REQUIRE(lr);
  std::vector<std::string> out;
  for (const auto& [first, last] : ct::segment::sentence_spans(c, lr->abbreviations, 4))
    out.push_back(ct::segment::part_of(c, first, last).text);
  return out;
}

}  // namespace

TEST_CASE("a paragraph is cut into its sentences", "[segment][statements]") {
  auto s = segment_text(
      "Report\n\n"
      "1. The meeting of the Working Group was opened by the Chair of the Group in Geneva. "
      "The delegations expressed their deep concern at the closure of the harbour (see para. 4. "
      "Annex B). They called for the immediate release of all political prisoners! "
      "Mr. Dupont, the rapporteur, presented No. 7 of the series to the member states. "
      "It was adopted.\n",
      "en");
  const Clause& c = need(s, "1");
  auto got = sentences(c, "en");
  INFO(s.dump());
  REQUIRE(got.size() == 4);
  CHECK(got[0] ==
        "The meeting of the Working Group was opened by the Chair of the Group in "
        "Geneva.");
  // The period inside brackets does not cut, nor does "!" before a lower case word.
  CHECK(got[1] ==
        "The delegations expressed their deep concern at the closure of the harbour (see para. 4. "
        "Annex B).");
  // "They called ... prisoners!" ends a sentence; "Mr." and "No." do not;
  // "It was adopted." is too short alone and stays with the one before.
  CHECK(got[2] == "They called for the immediate release of all political prisoners!");
  CHECK(got[3] ==
        "Mr. Dupont, the rapporteur, presented No. 7 of the series to the member states. It was "
        "adopted.");
}

TEST_CASE("abbreviations of the clause's language do not end a sentence", "[segment][statements]") {
  auto s = segment_text(
      "Rapport\n\n"
      "1. S.E. M. Dupont, ministre des affaires étrangères, a présidé la réunion du groupe de "
      "contact. Les délégations ont appelé à la libération immédiate des prisonniers politiques "
      "détenus.\n",
      "fr");
  auto got = sentences(need(s, "1"), "fr");
  REQUIRE(got.size() == 2);
  CHECK(got[1].rfind("Les délégations", 0) == 0);
}

TEST_CASE("a one-sentence clause is one statement; parts rebase tokens and entities",
          "[segment][statements]") {
  auto s = segment_text(
      "Report\n\n1. The delegations met in Geneva on 3 May 2019 to review "
      "the harbour.\n",
      "en");
  Clause c = need(s, "1");
  // An entity over "Geneva" and one over the clause's first word, which the
  // part leaves out.
  ct::Entity geneva, first;
  geneva.begin = c.text.find("Geneva");
  geneva.end = geneva.begin + 6;
  first.begin = 0;
  first.end = 3;
  c.entities = {first, geneva};
  auto spans = ct::segment::sentence_spans(c, {}, 4);
  REQUIRE(spans.size() == 1);
  CHECK(spans[0].first == 0);
  CHECK(spans[0].second == c.tokens.size());
  Clause p = ct::segment::part_of(c, 1, c.tokens.size());
  CHECK(p.text.rfind("delegations met", 0) == 0);
  REQUIRE(p.entities.size() == 1);
  CHECK(p.text.substr(p.entities[0].begin, p.entities[0].end - p.entities[0].begin) == "Geneva");
  REQUIRE_FALSE(p.tokens.empty());
  CHECK(p.tokens.front().begin == 0);
  for (const auto& t : p.tokens) CHECK(t.end <= p.text.size());
  CHECK(p.id == c.id);
}

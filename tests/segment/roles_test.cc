// Roles, keys and lead verbs on texts written by the tests: a UN Security
// Council style resolution (symbol, title, "The Security Council," preamble,
// numbered operative paragraphs, (a) sub-items, the text closing a list), a
// French resolution with bold capital verbs, an English communiqué with
// unnumbered operative paragraphs, and a document without any numbering.
#include <catch2/catch.hpp>

#include "support/segment_support.h"
#include "support/test_support.h"
#include "text/analyzer_set.h"

using ct::Clause;
using ct::Role;
using ct::test::need;
using ct::test::segment_text;
using ct::test::Segmented;

TEST_CASE("a Security Council resolution", "[segment][roles]") {
  Segmented s = segment_text(
      "S/RES/9999 (2031)\n\n"
      "Resolution 9999 (2031)\n\n"
      "Adopted by the Security Council at its 9999th meeting, on 3 March 2031\n\n"
      "The Security Council,\n\n"
      "Recalling its previous resolutions on the situation in the region,\n\n"
      "Commending the work of the Special Representative,\n\n"
      "Strongly condemning all attacks against peacekeepers,\n\n"
      "Mindful of its primary responsibility for the maintenance of international peace and "
      "security,\n\n"
      "Acting under Chapter VII of the Charter of the United Nations,\n\n"
      "1. Decides to extend the mandate of the Mission until 31 March 2032;\n\n"
      "2. Requests the Secretary-General to report every 90 days, including on:\n\n"
      "(a) the political situation;\n\n"
      "(b) the protection of civilians;\n\n"
      "and further requests him to include a gender analysis in all his reports;\n\n"
      "3. Further demands that all parties cease hostilities immediately;\n\n"
      "4. Decides to remain actively seized of the matter.\n",
      "en");
  INFO(s.dump());
  auto all = s.clauses();
  REQUIRE(all.size() == 16);
  CHECK(all[0]->role == Role::Other);
  CHECK(all[0]->text == "S/RES/9999 (2031)");
  CHECK(need(s, "title").text == "Resolution 9999 (2031)");
  CHECK(all[2]->role == Role::Other);  // the adoption line
  CHECK(need(s, "h.1").text == "The Security Council,");
  auto pre = s.with_role(Role::Preambular);
  REQUIRE(pre.size() == 5);
  for (std::size_t i = 0; i < pre.size(); ++i) CHECK(pre[i]->key == "pre." + std::to_string(i + 1));
  CHECK(pre[2]->text.rfind("Strongly condemning", 0) == 0);
  CHECK(pre[4]->text.rfind("Acting under Chapter VII", 0) == 0);
  const Clause& one = need(s, "1");
  CHECK(one.role == Role::Operative);
  CHECK(one.lead == "Decides");
  CHECK(one.action == "decide");
  CHECK(one.key == "op.1");
  CHECK(need(s, "2.a").role == Role::ListItem);
  CHECK(need(s, "2.b").text == "the protection of civilians;");
  const Clause& tail = need(s, "2.end");
  CHECK(tail.number.empty());
  CHECK(tail.role == Role::Operative);
  CHECK(tail.depth == 1);
  CHECK(tail.action == "request");
  CHECK(s.corpus.clauses[*tail.parent].id == need(s, "2").id);
  const Clause& three = need(s, "3");
  CHECK(three.lead == "demands");
  CHECK(three.action == "demand");
  CHECK(three.strength == 5);
  CHECK(need(s, "4").text == "Decides to remain actively seized of the matter.");
  CHECK(s.with_role(Role::Signature).empty());
}

TEST_CASE("a French resolution with bold capital verbs", "[segment][roles]") {
  Segmented s = segment_text(
      "RÉSOLUTION N°7/99-POL\nSUR\nLA SITUATION DANS LA RÉGION\n\n"
      "Le Conseil des ministres des Affaires étrangères, réuni en sa quatre-vingt-dix-neuvième "
      "session ;\n\n"
      "Rappelant ses résolutions antérieures ;\n\n"
      "Gravement préoccupé par la dégradation de la situation ;\n\n"
      "S'appuyant sur les principes de la Charte ;\n\n"
      "1. **EXIGE** le retrait immédiat des forces ;\n\n"
      "2. **SE FÉLICITE** des efforts de médiation ; et **l'INVITE** à poursuivre ;\n\n"
      "3. **INVITE** instamment les parties au dialogue.\n",
      "fr");
  INFO(s.dump());
  CHECK(need(s, "title").text == "RÉSOLUTION N°7/99-POL SUR LA SITUATION DANS LA RÉGION");
  CHECK(need(s, "p.1").role == Role::Other);  // the lead-in sentence
  CHECK(s.with_role(Role::Preambular).size() == 3);
  CHECK(need(s, "1").lead == "EXIGE");
  CHECK(need(s, "1").action == "demand");
  CHECK(need(s, "1").text == "EXIGE le retrait immédiat des forces ;");
  CHECK(need(s, "2").lead == "FÉLICITE");
  CHECK(need(s, "2").action == "welcome");
  CHECK(need(s, "3").action == "invite");
}

TEST_CASE("an English communiqué with unnumbered operative paragraphs", "[segment][roles]") {
  Segmented s = segment_text(
      "Joint Communiqué of the Contact Group\n\n"
      "The Ministers met in Geneva on 4 May 2031 under the chairmanship of the Secretary "
      "General.\n\n"
      "Having heard the briefing of the Special Envoy;\n\n"
      "Expressing concern at the situation;\n\n"
      "The Ministers:\n\n"
      "Welcomed the ceasefire agreed last month;\n\n"
      "Also welcomed the release of prisoners;\n\n"
      "Further requested the Secretary General to report;\n\n"
      "Called upon the parties to:\n\n"
      "a. respect the ceasefire;\n\n"
      "b. resume talks;\n\n"
      "Decided to meet again in 2032.\n\n"
      "Geneva\n"
      "4 May 2031\n",
      "en");
  INFO(s.dump());
  CHECK(need(s, "title").text == "Joint Communiqué of the Contact Group");
  CHECK(need(s, "p.1").role == Role::Narrative);
  CHECK(s.with_role(Role::Preambular).size() == 2);
  CHECK(need(s, "h.1").text == "The Ministers:");
  auto ops = s.with_role(Role::Operative);
  REQUIRE(ops.size() == 5);
  CHECK(ops[1]->lead == "welcomed");
  CHECK(ops[2]->lead == "requested");
  CHECK(ops[3]->action == "call");
  const Clause& a = need(s, "op.4.a");
  CHECK(a.number == "a");
  CHECK(a.role == Role::ListItem);
  CHECK(s.corpus.clauses[*a.parent].id == ops[3]->id);
  CHECK(need(s, "op.4.b").text == "resume talks;");
  CHECK(ops[4]->text == "Decided to meet again in 2032.");
  CHECK(need(s, "sig").text == "Geneva 4 May 2031");
}

TEST_CASE("a document with no numbering: a title and narrative paragraphs", "[segment][roles]") {
  Segmented s = segment_text(
      "Annual Report of the Observatory\n\n"
      "The Observatory was established in 2008 to monitor incidents in member states.\n\n"
      "During the period under review, it recorded a steady increase in reported incidents, most "
      "of them online.\n\n"
      "The Observatory will publish its next report in June.\n",
      "en");
  INFO(s.dump());
  auto all = s.clauses();
  REQUIRE(all.size() == 4);
  CHECK(all[0]->role == Role::Title);
  for (int i = 1; i <= 3; ++i) {
    CHECK(all[static_cast<std::size_t>(i)]->role == Role::Narrative);
    CHECK(all[static_cast<std::size_t>(i)]->key == "p." + std::to_string(i));
    CHECK(all[static_cast<std::size_t>(i)]->number.empty());
  }
}

// The segmenter tokenizes each block once, reads its opening words from
// those tokens and keeps them as its clause's tokens: a clause's tokens are
// those of its own text, whatever the block they came from.
TEST_CASE("clause tokens are the tokens of the clause's text", "[segment][roles]") {
  Segmented s = segment_text(
      "Final communiqué\n\n"
      "The ministers met on 3 March 2031.\n\n"
      "Recalling their previous communiqués,\n\n"
      "1. Demand that all parties cease hostilities immediately;\n\n"
      "2. Further requests the secretariat to report in 90 days.\n\n"
      "Geneva\n"
      "3 March 2031\n",
      "en");
  INFO(s.dump());
  CHECK(need(s, "1").action == "demand");
  CHECK(need(s, "2").lead == "requests");
  REQUIRE(s.with_role(Role::Signature).size() == 1);
  CHECK(s.with_role(Role::Signature).front()->text == "Geneva 3 March 2031");
  ct::text::AnalyzerSet analyzers = ct::analyzers_for(ct::test::rules());
  for (const Clause* c : s.clauses()) {
    INFO(c->id);
    std::vector<ct::Token> fresh = analyzers.get("en").tokenize(c->text);
    REQUIRE(c->tokens.size() == fresh.size());
    for (std::size_t k = 0; k < fresh.size(); ++k) {
      CHECK(c->tokens[k].begin == fresh[k].begin);
      CHECK(c->tokens[k].end == fresh[k].end);
      CHECK(c->tokens[k].stem == fresh[k].stem);
      CHECK(c->tokens[k].stop == fresh[k].stop);
    }
  }
}

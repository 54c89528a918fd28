// Numbering styles written by the tests: "1)", "(a)", "a.", "I.", "A.",
// "- 1-", bullets; sub-items and their composed numbers; restarts in a later
// section; skipped and repeated numbers; numbers that are not markers.
#include <catch2/catch.hpp>

#include "support/segment_support.h"

using ct::Clause;
using ct::Role;
using ct::test::need;
using ct::test::segment_text;
using ct::test::Segmented;

namespace {

std::string parent_id(const Segmented& s, const Clause& c) {
  return c.parent
             ? s.corpus.clauses[*c.parent].id.substr(s.corpus.clauses[*c.parent].id.find('/') + 1)
             : "";
}

}  // namespace

TEST_CASE("1) items with (a) sub-items and (i) sub-sub-items", "[segment][numbering]") {
  Segmented s = segment_text(
      "The Assembly,\n\n"
      "Recalling its earlier decisions,\n\n"
      "1) Decides to establish a panel with the following tasks:\n\n"
      "(a) to review the situation;\n\n"
      "(b) to report on:\n\n"
      "(i) progress made;\n\n"
      "(ii) obstacles met;\n\n"
      "(c) to make recommendations;\n\n"
      "2) Requests the Secretary-General to report on the panel.\n",
      "en");
  INFO(s.dump());
  CHECK(need(s, "1").role == Role::Operative);
  CHECK(need(s, "1").lead == "Decides");
  for (std::string x : {"a", "b", "c"}) {
    const Clause& c = need(s, "1." + x);
    CHECK(c.number == "1." + x);
    CHECK(c.depth == 1);
    CHECK(c.role == Role::ListItem);
    CHECK(parent_id(s, c) == "1");
  }
  CHECK(need(s, "1.b.i").depth == 2);
  CHECK(parent_id(s, need(s, "1.b.ii")) == "1.b");
  CHECK(need(s, "1.c").text == "to make recommendations;");
  CHECK(need(s, "2").depth == 0);
  CHECK(s.find("1.b.iii") == nullptr);
}

TEST_CASE("(h) then (i) is a letter, (i) after an item is a roman numeral",
          "[segment][numbering]") {
  std::string text =
      "Le Conseil,\n\nRappelant ses résolutions,\n\n1. Demande à la mission de :\n\n";
  for (char x = 'a'; x <= 'j'; ++x) text += std::string("(") + x + ") tâche " + x + " ;\n\n";
  text +=
      "2. Prie le Secrétaire général de lui faire rapport :\n\n(i) sur la situation ;\n\n(ii) sur "
      "la mission.\n";
  Segmented s = segment_text(text, "fr");
  INFO(s.dump());
  for (char x = 'a'; x <= 'j'; ++x) CHECK(need(s, std::string("1.") + x).depth == 1);
  CHECK(s.find("1.h.i") == nullptr);
  CHECK(need(s, "2.i").number == "2.i");
  CHECK(need(s, "2.ii").text == "sur la mission.");
}

TEST_CASE("(i) after (f) opens roman sub-items rather than skipping two letters",
          "[segment][numbering]") {
  std::string text =
      "The Council,\n\nRecalling its resolutions,\n\n1. Decides that the tasks "
      "of the Mission shall be:\n\n";
  for (char x = 'a'; x <= 'f'; ++x) text += std::string("(") + x + ") Task " + x + "\n\n";
  text +=
      "(i) To help reinforce the judiciary;\n\n(ii) To help build capacities;\n\n2. Decides to "
      "remain seized of the matter.\n";
  Segmented s = segment_text(text, "en");
  INFO(s.dump());
  CHECK(need(s, "1.f.i").depth == 2);
  CHECK(parent_id(s, need(s, "1.f.ii")) == "1.f");
  CHECK(s.find("1.i") == nullptr);
}

TEST_CASE("letters that run on under the next roman item stay its sub-items",
          "[segment][numbering]") {
  // (i) Protection: (a)-(c); (ii) Disarmament: (d)-(e); (iii) Reform: (f).
  Segmented s = segment_text(
      "The Council,\n\nRecalling its resolutions,\n\n1. Decides that the mandate shall "
      "include the following tasks:\n\n(i) Protection of civilians\n\n(a) Prevent violence "
      "against civilians;\n\n(b) Carry out operations;\n\n(c) Engage with communities;\n\n"
      "(ii) Disarmament and stabilisation\n\n(d) Provide good offices;\n\n(e) Support the "
      "disposal of weapons;\n\n(iii) Security sector reform\n\n(f) Provide technical "
      "advice;\n\n2. Decides to remain seized of the matter.\n",
      "en");
  INFO(s.dump());
  CHECK(parent_id(s, need(s, "1.i.c")) == "1.i");
  CHECK(parent_id(s, need(s, "1.ii.d")) == "1.ii");
  CHECK(need(s, "1.ii.e").depth == 2);
  CHECK(parent_id(s, need(s, "1.iii.f")) == "1.iii");
  CHECK(need(s, "2").depth == 0);
}

TEST_CASE("a list may switch its bracket style: d) then (e) is the next item",
          "[segment][numbering]") {
  Segmented s = segment_text(
      "The Council,\n\nRecalling its resolutions,\n\n"
      "1. Decides that the mandate shall include the following tasks:\n\n"
      "a) protection of civilians\n\nb) good offices\n\nc) support to the peace process\n\n"
      "d) humanitarian access\n\n(e) protection of the United Nations\n\n"
      "Other tasks\n\n"
      "2. Requests the Secretary-General to report.\n",
      "en");
  INFO(s.dump());
  const Clause& e = need(s, "1.e");
  CHECK(e.depth == 1);
  CHECK(e.text == "protection of the United Nations");
  CHECK(parent_id(s, e) == "1");
}

TEST_CASE("capital numbered headings (I., A.) with paragraphs numbered across them",
          "[segment][numbering]") {
  Segmented s = segment_text(
      "Report of the Panel\n\n"
      "I. Introduction\n\n"
      "1. The panel met three times in the period under review.\n\n"
      "2. It heard the parties at length.\n\n"
      "II. Findings\n\n"
      "A. Security\n\n"
      "3. The situation has improved in the north.\n\n"
      "B. Governance\n\n"
      "4. Elections are planned for next year.\n",
      "en");
  INFO(s.dump());
  CHECK(need(s, "title").text == "Report of the Panel");
  CHECK(need(s, "I").role == Role::Heading);
  CHECK(need(s, "I").text == "Introduction");
  CHECK(need(s, "II").role == Role::Heading);
  CHECK(need(s, "II.A").text == "Security");
  CHECK(need(s, "II.B").text == "Governance");
  for (int i = 1; i <= 4; ++i) {
    const Clause& c = need(s, std::to_string(i));
    CHECK(c.depth == 0);
    CHECK(c.role == Role::Narrative);
  }
}

TEST_CASE("a. b. items, '- 1-' numbers and bullets", "[segment][numbering]") {
  Segmented s = segment_text(
      "Les ministres ont :\n\n"
      "- 1- DEMANDÉ aux États membres de :\n"
      " - a. renforcer leur coopération ;\n"
      " - b. échanger leurs expériences ;\n"
      "- 2- ENCOURAGÉ les initiatives suivantes :\n"
      "• la formation des jeunes ;\n"
      "• les échanges culturels.\n"
      "- 3- DÉCIDÉ de se réunir l'an prochain.\n",
      "fr");
  INFO(s.dump());
  CHECK(need(s, "1").lead == "DEMANDÉ");
  CHECK(need(s, "1").action == "request");
  CHECK(need(s, "1.a").text == "renforcer leur coopération ;");
  CHECK(need(s, "1.b").number == "1.b");
  const Clause& bullet = need(s, "2-1");
  CHECK(bullet.number.empty());
  CHECK(bullet.depth == 1);
  CHECK(bullet.text == "la formation des jeunes ;");
  CHECK(parent_id(s, need(s, "2-2")) == "2");
  CHECK(need(s, "3").action == "decide");
}

TEST_CASE("numbering restarting in a later section gets s2. ids", "[segment][numbering]") {
  Segmented s = segment_text(
      "1. The meeting opened at ten.\n\n"
      "2. The chair welcomed the participants.\n\n"
      "***\n\n"
      "Joint statement\n\n"
      "The Ministers:\n\n"
      "1. Welcomed the progress made;\n\n"
      "2. Decided to meet again.\n",
      "en");
  INFO(s.dump());
  CHECK(need(s, "1").role == Role::Narrative);
  CHECK(need(s, "2").role == Role::Narrative);
  CHECK(need(s, "s2.1").number == "1");
  CHECK(need(s, "s2.1").role == Role::Operative);
  CHECK(need(s, "s2.2").action == "decide");
  CHECK(need(s, "h.1").text == "Joint statement");
}

TEST_CASE("numbers that do not fit the sequence are text", "[segment][numbering]") {
  Segmented s = segment_text(
      "1. The Council met in New York and discussed the situation in the region since\n"
      "2019. It heard several speakers.\n\n"
      "2. The Council adopted its report.\n\n"
      "3. It decided to meet in\n"
      "2025.\n",
      "en");
  INFO(s.dump());
  CHECK(s.find("2019") == nullptr);
  CHECK(s.find("2025") == nullptr);
  CHECK(
      need(s, "1").text ==
      "The Council met in New York and discussed the situation in the region since 2019. It heard "
      "several speakers.");
  CHECK(need(s, "3").text == "It decided to meet in 2025.");
  CHECK(s.clauses().size() == 3);
}

TEST_CASE("skipped and repeated numbers stay items with unique ids", "[segment][numbering]") {
  Segmented s = segment_text(
      "The Council,\n\nRecalling its resolutions,\n\n"
      "1. Decides to act.\n\n2. Requests a report.\n\n4. Urges the parties to cooperate.\n\n"
      "4. Calls upon the parties to comply.\n\n5. Decides to remain seized of the matter.\n",
      "en");
  INFO(s.dump());
  CHECK(need(s, "4").action == "urge");
  CHECK(need(s, "4~2").number == "4");
  CHECK(need(s, "4~2").action == "call");
  CHECK(need(s, "5").role == Role::Operative);
}

TEST_CASE("i) ... ii) inside a sentence is an enumeration, not a list", "[segment][numbering]") {
  Segmented s = segment_text(
      "The Council,\n\n"
      "1. Requests the mission to i) monitor the ceasefire and ii) support the\n"
      "return of refugees;\n\n"
      "2. Decides to remain seized of the matter.\n",
      "en");
  INFO(s.dump());
  CHECK(s.clauses().size() == 3);
  CHECK(need(s, "1").text.find("i) monitor the ceasefire and ii) support the return") !=
        std::string::npos);
  CHECK(s.find("1.i") == nullptr);
}

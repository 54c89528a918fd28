// A compilation written by the test (a title page, a table of contents and
// three resolutions) is split by ingest into its items, each segmented with
// its own title, preamble and operative paragraphs; the table of contents is
// data, not clauses.
#include <catch2/catch.hpp>

#include "support/segment_support.h"

using ct::Clause;
using ct::Role;

namespace {

std::string item(int n, const std::string& subject, int paragraphs) {
  std::string s = "RESOLUTION N°" + std::to_string(n) + "/12-POL\nSUR\n" + subject + "\n\n";
  s += "Le Conseil des ministres des Affaires étrangères, réuni en sa douzième session ;\n\n";
  s += "Rappelant ses résolutions antérieures ;\n\n";
  s += "Prenant note du rapport du Secrétaire général ;\n\n";
  for (int p = 1; p <= paragraphs; ++p)
    s += std::to_string(p) + ". **" + (p % 2 ? "DEMANDE" : "SALUE") + "** le point " +
         std::to_string(p) + " de la question.\n";
  return s + "\n";
}

}  // namespace

TEST_CASE("a compilation of three resolutions is split and segmented", "[ingest][compilation]") {
  std::string text =
      "OIC/CFM-12/2031/POL/RES/FINAL\n\n"
      "RÉSOLUTIONS SUR LES AFFAIRES POLITIQUES\n\n"
      "Table des matières\n\n"
      "No.\tIntitulé\tPage\n"
      "1.\tRésolution n°1/12-POL sur la question de la paix\t3\n"
      "2.\tRésolution n°2/12-POL sur la question du désarmement\t5\n"
      "3.\tRésolution n°3/12-POL sur la question de la coopération\t7\n\n" +
      item(1, "LA QUESTION DE LA PAIX", 4) + item(2, "LA QUESTION DU DESARMEMENT", 2) +
      item(3, "LA QUESTION DE LA COOPERATION", 6);
  ct::test::Segmented s = ct::test::segment_text(text, "fr", "cfm12.txt");
  const auto& docs = s.corpus.documents;
  REQUIRE(docs.size() == 4);
  const ct::Document& front = docs[0];
  CHECK(front.kind == "compilation");
  CHECK(front.toc.size() == 3);
  for (const Clause* c : s.clauses(front.id)) {
    INFO(c->text);
    CHECK(c->text.find("Résolution n°") == std::string::npos);
    CHECK(c->text.find("Intitulé") == std::string::npos);
  }
  CHECK(s.find("title", front.id)->text == "RÉSOLUTIONS SUR LES AFFAIRES POLITIQUES");

  int expected[] = {4, 2, 6};
  for (int k = 1; k <= 3; ++k) {
    const ct::Document& d = docs[static_cast<std::size_t>(k)];
    INFO(s.dump(d.id));
    CHECK(d.id == front.id + "-" + std::to_string(k));
    CHECK(d.parent == front.id);
    CHECK(d.kind == "resolution");
    auto clauses = s.clauses(d.id);
    REQUIRE(!clauses.empty());
    CHECK(clauses.front()->role == Role::Title);
    CHECK(clauses.front()->text.rfind(
              "RESOLUTION N°" + std::to_string(k) + "/12-POL SUR LA QUESTION", 0) == 0);
    CHECK(clauses.front()->line == d.line);
    CHECK(s.with_role(Role::Preambular, d.id).size() == 2);
    auto ops = s.with_role(Role::Operative, d.id);
    REQUIRE(ops.size() == static_cast<std::size_t>(expected[k - 1]));
    for (std::size_t p = 0; p < ops.size(); ++p) {
      CHECK(ops[p]->number == std::to_string(p + 1));
      CHECK(ops[p]->id == d.id + "/" + std::to_string(p + 1));
      CHECK(ops[p]->action == (p % 2 == 0 ? "request" : "welcome"));
    }
    // Clauses stay inside their item.
    for (const Clause* c : clauses) {
      CHECK(c->line >= d.line);
      CHECK(c->end_line <= d.end_line);
    }
  }
}

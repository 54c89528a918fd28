// The headings of a compilation written by the test: a number repeated, a
// number out of sequence and a heading of another session are reported on
// their lines; a clean compilation gives none of these findings.
#include <catch2/catch.hpp>

#include "check/written_corpus.h"

using namespace ct;
using namespace ct::test;

namespace {

std::string item(const std::string& heading, const std::string& subject) {
  return heading + "\nSUR\n" + subject + "\n\n" +
         "Le Conseil des ministres des Affaires étrangères, réuni en sa douzième session ;\n\n"
         "Rappelant ses résolutions antérieures ;\n\n"
         "1. DEMANDE le règlement de la question.\n\n"
         "2. SALUE les efforts du Secrétaire général.\n\n";
}

std::vector<Finding> of(const std::vector<std::string>& headings) {
  std::string text = "OIC/CFM-12/2031/POL/RES/FINAL\n\nRÉSOLUTIONS SUR LES AFFAIRES POLITIQUES\n\n";
  const char* subjects[] = {"LA PAIX", "LE DESARMEMENT", "LA COOPERATION", "LE DEVELOPPEMENT"};
  for (std::size_t i = 0; i < headings.size(); ++i) text += item(headings[i], subjects[i % 4]);
  const std::string manifest =
      "series:\n  - id: cfm\n    title: Council\ndocuments:\n"
      "  - {id: cfm12, file: cfm/cfm12.fr.txt, series: cfm, kind: compilation, language: fr, "
      "date: 2031-05-02}\n";
  return findings_of({{"cfm/cfm12.fr.txt", text}}, manifest);
}

}  // namespace

TEST_CASE("compilation headings in sequence and of one session: no finding",
          "[check][compilation]") {
  auto all = of({"RESOLUTION N°1/12-POL", "RESOLUTION N°2/12-POL", "RESOLUTION N°3/12-POL",
                 "RESOLUTION N°4/12-POL"});
  INFO(listing(all));
  CHECK(of_rule(all, "numbering.item-sequence").empty());
  CHECK(of_rule(all, "ref.item-session").empty());
}

TEST_CASE("compilation headings repeated, out of sequence, of another session",
          "[check][compilation]") {
  {
    auto all = of({"RESOLUTION N°1/12-POL", "RESOLUTION N°2/12-POL", "RESOLUTION N°2/12-POL",
                   "RESOLUTION N°3/12-POL"});
    INFO(listing(all));
    auto hits = of_rule(all, "numbering.item-sequence");
    REQUIRE(hits.size() == 1);  // the second 2 (the 3 after it follows it)
    CHECK(hits[0].message.find("repeats") != std::string::npos);
  }
  {
    auto all = of({"RESOLUTION N°1/12-POL", "RESOLUTION N°2/12-POL", "RESOLUTION N°4/12-POL",
                   "RESOLUTION N°3/12-POL"});
    INFO(listing(all));
    CHECK(of_rule(all, "numbering.item-sequence").size() == 2);
  }
  {
    auto all = of({"RESOLUTION N°1/12-POL", "RESOLUTION N°2/11-POL", "RESOLUTION N°3/12-POL",
                   "RESOLUTION N°4/12-POL"});
    INFO(listing(all));
    auto hits = of_rule(all, "ref.item-session");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].message.find("session 11") != std::string::npos);
    CHECK(hits[0].where.file == "cfm/cfm12.fr.txt");
  }
}

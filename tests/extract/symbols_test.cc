// Resolution and document symbols: one canonical value whichever way a
// resolution is written.
#include <catch2/catch.hpp>

#include "support/clause_fixture.h"

using namespace ct;
using namespace ct::test;

using Strings = std::vector<std::string>;

TEST_CASE("An OIC resolution written several ways has one value", "[extract][symbols]") {
  const char* forms[][2] = {
      {"Comme mandaté par la résolution (8/48-POL) ;", "fr"},
      {"RESOLUTION N°8/48-POL SUR LE CONFLIT", "fr"},
      {"Résolution N°8/48-POL sur le conflit", "fr"},
      {"RESOLUTION 8/48 POL ON THE DISPUTE", "en"},
      {"recalling res. 8/48-POL on the dispute", "en"},
      {"la résolution n° 08/48 - POL", "fr"},
      {"Rappelant la résolution Nº8/48–POL", "fr"},
  };
  for (const auto& f : forms) {
    INFO(f[0]);
    CHECK(values(entities_of(f[0], f[1]), "resolution") == Strings{"OIC/CFM-48/8-POL"});
  }
  auto e = of_type(entities_of("la résolution (8/48-POL) ;", "fr"), "resolution");
  REQUIRE(e.size() == 1);
  CHECK(e[0].text == "8/48-POL");
  CHECK(e[0].attrs.at("session") == "48");
  CHECK(e[0].attrs.at("num") == "8");
}

TEST_CASE("OIC resolution lists and old committee codes", "[extract][symbols]") {
  auto es = entities_of("Rappelant les résolutions n°39/39-POL, 40/39-POL et 18/9-P ;", "fr");
  CHECK(values(es, "resolution") ==
        Strings{"OIC/CFM-39/39-POL", "OIC/CFM-39/40-POL", "OIC/CFM-9/18-P"});
  // A UN General Assembly resolution with a part letter is not an OIC one.
  CHECK(values(entities_of("sur la base de la résolution 45/58 C de 1990", "fr"), "resolution")
            .empty());
}

TEST_CASE("UN Security Council resolutions", "[extract][symbols]") {
  CHECK(values(entities_of("conformément à la résolution 47 (1948) du Conseil", "fr"),
               "resolution") == Strings{"S/RES/47 (1948)"});
  CHECK(values(entities_of("Recalling its resolutions 2645 (2022) and 2653 (2022),", "en"),
               "resolution") == Strings{"S/RES/2645 (2022)", "S/RES/2653 (2022)"});
  CHECK(values(entities_of("Recalling S/RES/2674 (2023) and its resolution 2476 (2019),", "en"),
               "resolution") == Strings{"S/RES/2674 (2023)", "S/RES/2476 (2019)"});
  CHECK(values(entities_of("in accordance with resolution 2461(2019);", "en"), "resolution") ==
        Strings{"S/RES/2461 (2019)"});
  CHECK(values(entities_of("Recalling all its previous resolutions on Iraq, in particular 1500 "
                           "(2003), 1546 (2004) and 1557 (2004),",
                           "en"),
               "resolution") ==
        Strings{"S/RES/1500 (2003)", "S/RES/1546 (2004)", "S/RES/1557 (2004)"});
  // The same resolution three ways.
  for (const char* s : {"résolution 2674 (2023)", "S/RES/2674(2023)", "UNSCR 2674 (2023)"})
    CHECK(values(entities_of(s, "fr"), "resolution") == Strings{"S/RES/2674 (2023)"});
  // Without "resolution" before, a number and a year are not a resolution.
  CHECK(values(entities_of("a population of 1500 (2003) people", "en"), "resolution").empty());
}

TEST_CASE("UN General Assembly and Human Rights Council resolutions", "[extract][symbols]") {
  CHECK(values(entities_of("adopting A/RES/77/123 on the matter", "en"), "resolution") ==
        Strings{"A/RES/77/123"});
  CHECK(values(entities_of("la résolution 74/37 de l'Assemblée générale", "fr"), "resolution") ==
        Strings{"A/RES/74/37"});
  CHECK(values(entities_of("General Assembly resolution 60/251 of 15 March 2006", "en"),
               "resolution") == Strings{"A/RES/60/251"});
  CHECK(values(entities_of("la résolution 16/18 du Conseil des droits de l'homme", "fr"),
               "resolution") == Strings{"A/HRC/RES/16/18"});
  // Without a body, "74/37" is left alone.
  CHECK(values(entities_of("la résolution 74/37 adoptée", "fr"), "resolution").empty());
}

TEST_CASE("Document symbols", "[extract][symbols]") {
  auto es = entities_of(
      "Taking note of the reports S/2019/198 and S/2020/1/Add.1, the statement S/PRST/2013/16 "
      "and A/72/864, as well as OIC/CFM-47/2020/POL/RES/FINAL.",
      "en");
  CHECK(values(es, "document") == Strings{"S/2019/198", "S/2020/1/Add.1", "S/PRST/2013/16",
                                          "A/72/864", "OIC/CFM-47/2020/POL/RES/FINAL"});
  // A date-like run inside a symbol is not a date.
  CHECK(values(es, "date").empty());
}

// Session ordinals with the body they belong to.
#include <catch2/catch.hpp>

#include "support/clause_fixture.h"

using namespace ct;
using namespace ct::test;

using Strings = std::vector<std::string>;

TEST_CASE("Session ordinals written with digits and markup", "[extract][sessions]") {
  struct Case {
    const char* text;
    const char* lang;
    const char* value;
  } cases[] = {
      {"en marge de la 74ème session de l'Assemblée générale de l'ONU", "fr", "UNGA-74"},
      {"en marge de la 74<sup>ème</sup> session de l'Assemblée générale", "fr", "UNGA-74"},
      {"ADOPTÉES PAR LA 47^{ème} SESSION DU CONSEIL DES MINISTRES DES AFFAIRES ETRANGERES", "fr",
       "CFM-47"},
      {"on the side-lines of the 78th session of the UN General Assembly", "en", "UNGA-78"},
      {"the 47th session of the Council of Foreign Ministers", "en", "CFM-47"},
      {"comme mandaté par la 48ème session du CMAE", "fr", "CFM-48"},
      {"the 48th CFM in Islamabad", "en", "CFM-48"},
      {"OIC/CFM-47/2020/POL/RES/FINAL", "en", "CFM-47"},
      {"at CFM-47 in Niamey", "en", "CFM-47"},
      {"la 16ème session du Conseil des droits de l'homme", "fr", "HRC-16"},
      {"la 14ème session de la Conférence islamique au Sommet", "fr", "ISLAMIC-SUMMIT-14"},
      {"la 49e session du Conseil des ministres des affaires étrangères", "fr", "CFM-49"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(values(entities_of(c.text, c.lang), "session") == Strings{c.value});
  }
}

TEST_CASE("Spelled-out ordinals are composed from the language's number words",
          "[extract][sessions]") {
  struct Case {
    const char* text;
    const char* lang;
    const char* value;
  } cases[] = {
      {"Le Conseil des Ministres des Affaires étrangères de l'Organisation de la Coopération "
       "Islamique, réuni en sa quarante-septième session (Session : Unis contre le terrorisme)",
       "fr", "CFM-47"},
      {"la soixante-dix-huitième session de l'Assemblée générale", "fr", "UNGA-78"},
      {"la quatre-vingt-dixième session de l'Assemblée générale", "fr", "UNGA-90"},
      {"the forty-seventh session of the Council of Foreign Ministers", "en", "CFM-47"},
      {"the seventy-eighth session of the General Assembly", "en", "UNGA-78"},
      {"la deuxième session du Conseil des droits de l'homme", "fr", "HRC-2"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(values(entities_of(c.text, c.lang), "session") == Strings{c.value});
  }
  // "une" does not compose with "deuxième": the ordinal starts at "deuxième".
  auto es =
      of_type(entities_of("pour une deuxième session de l'Assemblée générale", "fr"), "session");
  REQUIRE(es.size() == 1);
  CHECK(es[0].value == "UNGA-2");
  CHECK(es[0].text.rfind("deuxième", 0) == 0);
}

TEST_CASE("A session's body from a short name, a possessive, or unknown", "[extract][sessions]") {
  // "du Conseil": the short name of the CFM.
  auto a = of_type(entities_of("adopté lors de la 48ème session du Conseil, le Secrétaire", "fr"),
                   "session");
  REQUIRE(a.size() == 1);
  CHECK(a[0].value == "CFM-48");
  CHECK(a[0].attrs.at("body_from") == "short");
  // The body named before, through a possessive.
  CHECK(values(entities_of("The Council of Foreign Ministers, at its 47th session,", "en"),
               "session") == Strings{"CFM-47"});
  // A series that holds sessions gives its body to "its session".
  CHECK(values(entities_of("Decides to consider the matter at its 48th session.", "en", "CFM"),
               "session") == Strings{"CFM-48"});
  // No body anywhere: unknown, the number kept.
  auto u = of_type(entities_of("lors de la 56ème session, il a été décidé", "fr"), "session");
  REQUIRE(u.size() == 1);
  CHECK(u[0].value == "?-56");
  CHECK(u[0].attrs.at("body") == "?");
  CHECK(u[0].attrs.at("number") == "56");
}

TEST_CASE("Hyphenated acronyms that are not bodies are not sessions", "[extract][sessions]") {
  CHECK(values(entities_of("the G-20 summit and the COVID-19 pandemic", "en"), "session").empty());
}

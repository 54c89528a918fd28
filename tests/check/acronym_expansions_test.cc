// Expansions of one acronym: the same name written another way, a slip in
// the name, its small words changed, and two names the acronym stands for.
#include "check/acronym_expansions.h"

#include <catch2/catch.hpp>

#include "rules/rules.h"
#include "support/test_support.h"

using ct::check::ExpansionComparer;
using ct::check::ExpansionVerdict;

namespace {

ExpansionVerdict verdict(const std::string& a, const std::string& b,
                         const std::string& language = "en") {
  static const ct::Rules rules = ct::load_rules(ct::test::rules_dir());
  ExpansionComparer comparer(rules, [](const std::string&, const std::string& acr) {
    return acr == "ZQ" ? std::string("Zonal Quorum") : std::string();
  });
  return comparer.compare(language, a, b);
}

}  // namespace

TEST_CASE("one name written another way is the same expansion", "[check][term]") {
  // Spelling variety, case, dashes (a non-breaking hyphen), the plural of
  // the whole name, an acronym inside (rules and corpus), a longer form.
  CHECK(verdict("World Health Organisation", "World Health Organization") ==
        ExpansionVerdict::Same);
  CHECK(verdict("improvised explosive devices", "Improvised Explosive Device") ==
        ExpansionVerdict::Same);
  CHECK(verdict("Al\u2011Qaida in the Arabian Peninsula", "Al-Qaida in the Arabian Peninsula") ==
        ExpansionVerdict::Same);
  CHECK(verdict("UN Office of Counter-Terrorism", "United Nations Office of Counter Terrorism") ==
        ExpansionVerdict::Same);
  CHECK(verdict("ZQ Secretariat", "Zonal Quorum Secretariat") == ExpansionVerdict::Same);
  CHECK(verdict("Office of the High Commissioner for Human Rights",
                "Office of the United Nations High Commissioner for Human Rights") ==
        ExpansionVerdict::Same);
}

TEST_CASE("a word changed, added or dropped in a name is a different expansion", "[check][term]") {
  CHECK(verdict("Joint Border Verification and Monitoring Mission",
                "Joint Border Verification and Monitoring Mechanism") == ExpansionVerdict::Differs);
  CHECK(verdict("Human Rights Due Diligence Plan", "Human Rights Due Diligence Policy") ==
        ExpansionVerdict::Differs);
  CHECK(verdict("Revitalised Joint Monitoring and Evaluation Commission",
                "Reconstituted Joint Monitoring and Evaluation Commission") ==
        ExpansionVerdict::Differs);
  CHECK(verdict("Office on Drugs and Terrorism", "Office on Drugs and Crime") ==
        ExpansionVerdict::Differs);
}

TEST_CASE("the same words inflected or derived otherwise name one body", "[check][term]") {
  // Snowball stems alike (Drug/Drugs, Coordinating/Coordination,
  // Capability/Capabilities) or one stem beginning the other
  // (rules/lang/en.yaml derived_stem_prefix: West/Western, Somali/Somalia).
  CHECK(verdict("Economic Community of Western African States",
                "Economic Community of West African States") == ExpansionVerdict::Inflected);
  CHECK(verdict("Financial Actions Task Force", "Financial Action Task Force") ==
        ExpansionVerdict::Inflected);
  CHECK(verdict("Somalia National Army", "Somali National Army") == ExpansionVerdict::Inflected);
  CHECK(verdict("United Nations Office on Drug and Crime",
                "United Nations Office on Drugs and Crime") == ExpansionVerdict::Inflected);
  CHECK(verdict("Joint Coordinating and Monitoring Board",
                "Joint Coordination and Monitoring Board") == ExpansionVerdict::Inflected);
  CHECK(verdict("Afghan Independent Human Rights Commission",
                "Afghanistan Independent Human Rights Commission") == ExpansionVerdict::Inflected);
  CHECK(verdict("Independent Electoral Commission", "Independent Election Commission") ==
        ExpansionVerdict::Inflected);
  CHECK(verdict("Peacekeeping Capability Readiness System",
                "Peacekeeping Capabilities and Readiness System") == ExpansionVerdict::Inflected);
  CHECK(verdict("South Sudan National Police Service", "South Sudanese National Police Service") ==
        ExpansionVerdict::Inflected);
  // A form that is no word of the language (an English word left in a
  // French name) is a slip, not an inflection.
  CHECK(verdict("Commission Permanente Independent des droits de l'Homme",
                "Commission permanente indépendante des droits de l'homme",
                "fr") == ExpansionVerdict::Differs);
  // A stem shorter than the rule's four letters is no derivation.
  CHECK(verdict("Joint Border Verification and Monitoring Mission",
                "Joint Border Verification and Monitoring Mechanism") !=
        ExpansionVerdict::Inflected);
}

TEST_CASE("small words changed in a name are its wording", "[check][term]") {
  CHECK(verdict("United Nations Office on Drugs Crime",
                "United Nations Office on Drugs and Crime") == ExpansionVerdict::Wording);
  CHECK(verdict("Democratic Republic of Congo", "Democratic Republic of the Congo") ==
        ExpansionVerdict::Wording);
  CHECK(verdict("Inter-governmental Authority for Development",
                "Intergovernmental Authority on Development") == ExpansionVerdict::Wording);
}

TEST_CASE("two names for one acronym are not one name misspelt", "[check][term]") {
  CHECK(verdict("International Criminal Court", "Interregional Coordination Centre") ==
        ExpansionVerdict::Unrelated);
  CHECK(verdict("Global Implementation Surveys", "Geographic Information Systems") ==
        ExpansionVerdict::Unrelated);
}

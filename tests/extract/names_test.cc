// Organizations and acronyms (both languages, one id), definitions written in
// the text, laws, persons, places and numbers with units.
#include <catch2/catch.hpp>

#include "support/clause_fixture.h"

using namespace ct;
using namespace ct::test;

using Strings = std::vector<std::string>;

TEST_CASE("An organization has one id in both languages and as an acronym", "[extract][names]") {
  for (const char* s :
       {"la Commission permanente indépendante des droits de l'homme a",
        "the Independent Permanent Human Rights Commission has", "le rapport de la CPIDH",
        "the report from IPHRC", "the OIC-Independent Permanent Human Rights Commission",
        "the OIC-IPHRC fact-finding mission"}) {
    INFO(s);
    CHECK(values(entities_of(s, std::string(s).find("the ") == 0 ? "en" : "fr"), "organization") ==
          Strings{"IPHRC"});
  }
  CHECK(values(entities_of("le Conseil de sécurité des Nations Unies et le CSNU", "fr"),
               "organization") == Strings{"UNSC", "UNSC"});
  CHECK(values(entities_of("the UN Security Council and the United Nations", "en"),
               "organization") == Strings{"UNSC", "UN"});
  // "UN" is an English acronym: a French "UN" is a word.
  CHECK(values(entities_of("UN GROUPE DE TRAVAIL", "fr"), "organization").empty());
}

TEST_CASE("Definitions written in the text", "[extract][names]") {
  // A name the rules know, with its acronym.
  auto a = of_type(entities_of("la Commission permanente indépendante des droits de l'homme "
                               "(CPIDH) de l'OCI",
                               "fr"),
                   "organization");
  REQUIRE(a.size() == 2);
  CHECK(a[0].value == "IPHRC");
  CHECK(a[0].has_flag("defined"));
  CHECK(a[0].attrs.at("acronym") == "CPIDH");
  CHECK(a[0].attrs.at("definition") == "Commission permanente indépendante des droits de l'homme");
  // A misspelt name: the acronym the rules know gives the id.
  auto b = of_type(entities_of("de la Commission Permanente Independent des droits de "
                               "l'Homme (CPIDH).",
                               "fr"),
                   "organization");
  REQUIRE(b.size() == 1);
  CHECK(b[0].value == "IPHRC");
  CHECK(b[0].attrs.at("definition") == "Commission Permanente Independent des droits de l'Homme");
  // Acronyms the rules do not know.
  auto c = of_type(
      entities_of("au Jammu-et-Cachemire illégalement occupé par l’Inde (JCIOI) ;", "fr"), "place");
  REQUIRE(c.size() == 1);
  CHECK(c[0].value == "Indian Illegally Occupied Jammu and Kashmir");
  auto d = of_type(entities_of("the Revitalized Joint Monitoring and Evaluation Commission "
                               "(RJMEC) and the Ceasefire Transitional Security Arrangements "
                               "Monitoring and Verification Mechanism (CTSAMVM)",
                               "en"),
                   "acronym");
  REQUIRE(d.size() == 2);
  CHECK(d[0].value == "RJMEC");
  CHECK(d[0].attrs.at("definition") == "Revitalized Joint Monitoring and Evaluation Commission");
  CHECK(d[0].has_flag("defined"));
  CHECK(d[1].value == "CTSAMVM");
  CHECK(d[1].attrs.at("definition") ==
        "Ceasefire Transitional Security Arrangements Monitoring and Verification Mechanism");
  auto e = of_type(entities_of("la Force multinationale mixte (FMM) et les pays les moins "
                               "avancés (PMA)",
                               "fr"),
                   "acronym");
  CHECK(values(e, "acronym") == Strings{"FMM", "PMA"});
  // Brackets that define nothing.
  CHECK(of_type(entities_of("the pandemic (COVID-19) and the year (2019) and (Daech)", "en"),
                "acronym")
            .empty());
}

TEST_CASE("Laws by name in both languages and by acronym", "[extract][names]") {
  CHECK(values(entities_of("such as Armed Forces Special Powers Act, Public Safety Act, and "
                           "Unlawful Activities (Prevention) Act,",
                           "en"),
               "law") == Strings{"AFSPA", "PSA", "UAPA"});
  CHECK(
      values(entities_of("telles que la loi sur la sécurité des forces armées, la loi sur la "
                         "sécurité publique, la loi sur (la prévention) des activités illégales ;",
                         "fr"),
             "law") == Strings{"AFSPA", "PSA", "UAPA"});
  CHECK(values(entities_of("the AFSPA and the UAPA", "en"), "law") == Strings{"AFSPA", "UAPA"});
}

TEST_CASE("Persons after a title", "[extract][names]") {
  CHECK(values(entities_of("one of the renowned Kashmiri leaders, Mr. Yaseen Malik, who", "en"),
               "person") == Strings{"Yaseen Malik"});
  CHECK(values(entities_of("S.E. Bilawal Bhutto Zardari, Ministre des Affaires étrangères", "fr"),
               "person") == Strings{"Bilawal Bhutto Zardari"});
  CHECK(values(entities_of("Représentant la voix des Cachemiris, M. Ghulam Muhammad Safi a informé",
                           "fr"),
               "person") == Strings{"Ghulam Muhammad Safi"});
  CHECK(values(entities_of("S.E. l’Ambassadeur Hissein Brahim Taha, le Secrétaire général", "fr"),
               "person") == Strings{"Hissein Brahim Taha"});
  CHECK(values(entities_of("His Excellency Mohammed bin Zayed Al Nahyan", "en"), "person") ==
        Strings{"Mohammed bin Zayed Al Nahyan"});
  // A title before an organization's name is not a person.
  CHECK(values(entities_of("the President of the General Assembly", "en"), "person").empty());
}

TEST_CASE("Places from the gazetteer, capitalized", "[extract][names]") {
  CHECK(
      values(entities_of("à Nouakchott, République islamique de Mauritanie, le 16 mars 2023", "fr"),
             "place") == Strings{"Nouakchott", "Mauritania"});
  CHECK(values(entities_of("in New York and Geneva", "en"), "place") ==
        Strings{"New York", "Geneva"});
  CHECK(values(entities_of("en Azad Jammu-et-Cachemire et au Jammu et Cachemire", "fr"), "place") ==
        Strings{"Azad Jammu and Kashmir", "Jammu and Kashmir"});
  // Lower case is not a name; "Kashmiri" is not "Kashmir"; "Niger" is not "Nigeria".
  CHECK(values(entities_of("the turkey and the Kashmiri people of Nigeria", "en"), "place") ==
        Strings{"Nigeria"});
}

TEST_CASE("Numbers with units", "[extract][names]") {
  auto es = entities_of(
      "including arrest of around 2,800 persons and demolition of about 3 dozen "
      "houses;",
      "en");
  CHECK(values(es, "number") == Strings{"2800 person", "36 house"});
  CHECK(values(entities_of("l'aide d'une valeur de 157 millions de dollars américains et 1,5 "
                           "million de réfugiés",
                           "fr"),
               "number") == Strings{"157000000 USD", "1500000 refugee"});
  CHECK(values(entities_of("plus de 251 millions de riyals saoudiens et 108 000 enfants", "fr"),
               "number") == Strings{"251000000 SAR", "108000 child"});
  // A date is not a number.
  CHECK(values(entities_of("le 5 août 2019", "fr"), "number").empty());
}

TEST_CASE("Chinese names at ICU word breaks", "[extract][names][zh]") {
  auto zh = [](const std::string& s, const std::string& type) {
    return values(entities_of(s, "zh"), type);
  };
  // Positives: names with no space or capital around them.
  CHECK(zh("安全理事会回顾其以往关于海地的所有决议", "organization") == Strings{"UNSC"});
  CHECK(zh("安全理事会回顾其以往关于海地的所有决议", "place") == Strings{"Haiti"});
  CHECK(zh("敦促南苏丹政府和苏丹政府", "place") == Strings{"South Sudan", "Sudan"});
  CHECK(zh("索马里和马里", "place") == Strings{"Somalia", "Mali"});
  // A long name whose edge ICU glues to the next word ("长大").
  CHECK(zh("充分支持秘书长大湖区问题特使", "organization") == Strings{"UNSG"});
  // A name with its acronym in brackets is one definition.
  auto d = of_type(entities_of("设立联合国海地综合办事处(联海综合办)，", "zh"), "organization");
  REQUIRE(d.size() == 1);
  CHECK(d[0].value == "BINUH");
  CHECK(d[0].has_flag("defined"));
  CHECK(d[0].attrs.at("acronym") == "联海综合办");
  CHECK(d[0].attrs.at("definition") == "联合国海地综合办事处");
  CHECK(zh("请秘书长对联海综合办的任务进行评估", "organization") == Strings{"UNSG", "BINUH"});
  // Negatives: a short name inside another word is that word.
  CHECK(zh("沿海地区的居民", "place").empty());    // 海地, Haiti
  CHECK(zh("印度洋沿岸", "place").empty());        // 印度, India
  CHECK(zh("授权南苏丹特派团", "place").empty());  // UNMISS
  CHECK(zh("授权南苏丹特派团", "organization") == Strings{"UNMISS"});
  CHECK(zh("利比亚国民代表大会通过", "organization") == Strings{"LY-HOR"});  // not UNGA
  CHECK(zh("根据相关的大会决议", "organization") == Strings{"UNGA"});
  // Latin names keep their word boundaries in a Chinese text.
  CHECK(zh("海地和Haitian", "place") == Strings{"Haiti"});
}

TEST_CASE("Arabic adjectives of relation are not the places they derive from",
          "[extract][names][ar]") {
  using V = std::vector<std::string>;
  CHECK(values(entities_of("بعثة الدعم في ليبيا ودعم الحكومة الليبية", "ar"), "place") ==
        V{"Libya"});
  CHECK(values(entities_of("تعرب عن دعمها للشعب الهايتي وللهايتيين في هايتي", "ar"), "place") ==
        V{"Haiti"});
  CHECK(values(entities_of("الحكومة العراقية والعراقيين في العراق وللعراق", "ar"), "place") ==
        V{"Iraq", "Iraq"});
  CHECK(values(entities_of("القوات الصومالية في الصومال", "ar"), "place") == V{"Somalia"});
}

TEST_CASE("Arabic and Russian names of UN bodies, in every case form", "[extract][names][ar][ru]") {
  using V = std::vector<std::string>;
  for (const char* s : {"Совет Безопасности,", "принятая Советом Безопасности",
                        "сообщить Совету Безопасности", "члены Совета Безопасности"})
    CHECK(values(entities_of(s, "ru"), "organization") == V{"UNSC"});
  CHECK(values(entities_of("Устава Организации Объединенных Наций", "ru"), "organization") ==
        V{"UN"});
  CHECK(values(entities_of("представителем Генерального секретаря Организации Объединенных Наций",
                           "ru"),
               "organization") == V{"UNSG"});
  // The Secretary-General alone is not UNSG, as in English.
  CHECK(values(entities_of("просит Генерального секретаря", "ru"), "organization").empty());
  CHECK(values(entities_of("يطلب إلى الأمين العام", "ar"), "organization").empty());
  CHECK(values(entities_of("الذي اتخذه مجلس الأمن في", "ar"), "organization") == V{"UNSC"});
  CHECK(values(entities_of("ميثاق الأمم المتحدة", "ar"), "organization") == V{"UN"});
  CHECK(values(entities_of("ممثل خاص للأمين العام للأمم المتحدة", "ar"), "organization") ==
        V{"UNSG"});
  CHECK(values(entities_of("Security Council", "en"), "organization") == V{"UNSC"});
}

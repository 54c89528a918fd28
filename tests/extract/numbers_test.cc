// Numbers with a unit in every language: digits, number words, Chinese and
// Roman numerals, and a unit written before its number ("Chapter VII").
#include <catch2/catch.hpp>

#include "support/clause_fixture.h"

using namespace ct;
using namespace ct::test;

namespace {

std::vector<std::string> numbers(const char* sentence, const char* lang) {
  return values(entities_of(sentence, lang), "number");
}

}  // namespace

TEST_CASE("A chapter number is the same in every language", "[extract][numbers][langs]") {
  using V = std::vector<std::string>;
  const V seven{"7 chapter"};
  CHECK(numbers("Acting under Chapter VII of the Charter of the United Nations,", "en") == seven);
  CHECK(numbers("Agissant en vertu du Chapitre VII de la Charte des Nations Unies,", "fr") ==
        seven);
  CHECK(numbers("وإذ يتصرف بموجب الفصل السابع من ميثاق الأمم المتحدة،", "ar") == seven);
  CHECK(numbers("根据《联合国宪章》第七章采取行动，", "zh") == seven);
  CHECK(numbers("действуя на основании главы VII Устава Организации Объединенных Наций,", "ru") ==
        seven);
  CHECK(numbers("Actuando en virtud del Capítulo VII de la Carta de las Naciones Unidas,", "es") ==
        seven);
  CHECK(numbers("tätig werdend nach Kapitel VII der Charta der Vereinten Nationen", "de") == seven);
  CHECK(numbers("《联合国宪章》第十二章", "zh") == V{"12 chapter"});
  // A number before the chapter word is not its number.
  CHECK(numbers("paragraph 3.2.2 of Chapter V of the Agreement", "en") == V{"5 chapter"});
  CHECK(numbers("пункт 3.2.2 главы V Обновленного соглашения", "ru") == V{"5 chapter"});
  // Not a Roman numeral written the canonical way.
  CHECK(numbers("under Chapter IIII of the Charter", "en").empty());
}

TEST_CASE("Durations written in words or digits are the same in every language",
          "[extract][numbers][langs]") {
  using V = std::vector<std::string>;
  const V six{"6 month"};
  CHECK(numbers("to report within six months following", "en") == six);
  CHECK(numbers("dans les six mois suivant l'adoption", "fr") == six);
  CHECK(numbers("في غضون ستة أشهر بعد اتخاذ هذا القرار", "ar") == six);
  CHECK(numbers("在本决议通过后六个月内", "zh") == six);
  CHECK(numbers("в течение шести месяцев с даты принятия", "ru") == six);
  CHECK(numbers("en un plazo de seis meses a partir", "es") == six);
  CHECK(numbers("innerhalb von sechs Monaten nach", "de") == six);
  CHECK(numbers("every 90 days thereafter", "en") == V{"90 day"});
  CHECK(numbers("其后每隔90天", "zh") == V{"90 day"});
  CHECK(numbers("وكل 90 يوما بعد ذلك", "ar") == V{"90 day"});
  CHECK(numbers("a further two-year extension", "en") == V{"2 year"});
  CHECK(numbers("将过渡政治安排再延长两年，", "zh") == V{"2 year"});
  CHECK(numbers("一项三年期战略愿景", "zh") == V{"3 year"});
  CHECK(numbers("for a period of twenty-five years", "en") == V{"25 year"});
  // The entity is the number and its unit, without the space before it.
  auto es = of_type(entities_of("в течение шести месяцев, с даты", "ru"), "number");
  REQUIRE(es.size() == 1);
  CHECK(es[0].text == "шести месяцев");
  // Years that are dates are not counts of years.
  CHECK(numbers("в 2022 году", "ru").empty());
  CHECK(numbers("于2022年发生", "zh").empty());
  CHECK(numbers("二〇二一年", "zh").empty());
}

TEST_CASE("An Arabic unit in the dual carries the amount 2", "[extract][numbers][langs]") {
  using V = std::vector<std::string>;
  CHECK(numbers("تمديد الترتيبات السياسية الانتقالية لمدة سنتين إضافيتين", "ar") == V{"2 year"});
  CHECK(numbers("أن يطلع المجلس كل شهرين على التقدم المحرز", "ar") == V{"2 month"});
  CHECK(numbers("خلال أسبوعين من اتخاذ هذا القرار", "ar") == V{"2 week"});
  // With a glued preposition; the entity is the word with its unit, no space.
  auto es = of_type(entities_of("ولمدة أقصاها ليومين فقط", "ar"), "number");
  REQUIRE(es.size() == 1);
  CHECK(es[0].attrs.at("amount") == "2");
  CHECK(es[0].attrs.at("unit") == "day");
  // "عامين" is also the dual of "public": not read as two years.
  CHECK(numbers("مكاتب المدعين العامين والمحاكم", "ar").empty());
  CHECK(numbers("صون السلامة والأمن العامين لمواقع حماية المدنيين", "ar").empty());
  // With the article: "the past two months".
  CHECK(numbers("خلال الشهرين الماضيين", "ar") == V{"2 month"});
}

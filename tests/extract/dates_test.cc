// Dates and date ranges in French and English: forms, values, flags, and
// source positions.
#include <catch2/catch.hpp>

#include "support/clause_fixture.h"

using namespace ct;
using namespace ct::test;

namespace {

// The one date or date-range of a sentence.
Entity only_date(const std::string& sentence, const std::string& lang) {
  auto es = entities_of(sentence, lang);
  std::vector<Entity> ds;
  for (const auto& e : es)
    if (e.type == EntityType::Date || e.type == EntityType::DateRange) ds.push_back(e);
  INFO(sentence);
  REQUIRE(ds.size() == 1);
  return ds[0];
}

}  // namespace

TEST_CASE("French dates in any case, with or without article and ordinal", "[extract][dates]") {
  struct Case {
    const char* text;
    const char* value;
    const char* surface;
  } cases[] = {
      {"New York, 25 septembre 2019", "2019-09-25", "25 septembre 2019"},
      {"prise par l'Inde, le 5 Août 2019, pour abroger", "2019-08-05", "5 Août 2019"},
      {"à compter du 1er juillet 2020.", "2020-07-01", "1er juillet 2020"},
      {"tenues le 1^{er} octobre 2019 ;", "2019-10-01", "1^{er} octobre 2019"},
      {"tenues le 1<sup>er</sup> février 2019 ;", "2019-02-01", "1<sup>er</sup> février 2019"},
      {"LE 16 MARS 2023 À NOUAKCHOTT", "2023-03-16", "16 MARS 2023"},
      {"le 3 décembre 2019 à Dakar", "2019-12-03", "3 décembre 2019"},
      {"le 02 mai 2019", "2019-05-02", "02 mai 2019"},
      {"le 11 Septembre 2018", "2018-09-11", "11 Septembre 2018"},
      {"le 9 fév. 2020", "2020-02-09", "9 fév. 2020"},
  };
  for (const auto& c : cases) {
    Entity e = only_date(c.text, "fr");
    CHECK(e.type == EntityType::Date);
    CHECK(e.value == c.value);
    CHECK(e.text == c.surface);
    CHECK(e.flags.empty());
  }
}

TEST_CASE("English dates, day first or month first", "[extract][dates]") {
  struct Case {
    const char* text;
    const char* value;
  } cases[] = {
      {"met in New York on 20 September 2023.", "2023-09-20"},
      {"taken by India on August 5, 2019 as well", "2019-08-05"},
      {"on the 23rd September 2025", "2025-09-23"},
      {"on the 5th of August 2019", "2019-08-05"},
      {"on September 23rd, 2025", "2025-09-23"},
      {"ON 22 APRIL 2025", "2025-04-22"},
      {"by 15 May 2020", "2020-05-15"},
  };
  for (const auto& c : cases) {
    Entity e = only_date(c.text, "en");
    CHECK(e.value == c.value);
    CHECK(e.flags.empty());
  }
}

TEST_CASE("A missing space in a date is flagged 'spacing'", "[extract][dates]") {
  Entity e = only_date("New York\nSeptember 23,2025", "en");
  CHECK(e.value == "2025-09-23");
  CHECK(e.text == "September 23,2025");
  CHECK(e.has_flag("spacing"));
  Entity f = only_date("le 25 septembre2019", "fr");
  CHECK(f.value == "2019-09-25");
  CHECK(f.has_flag("spacing"));
}

TEST_CASE("Numeric dates follow the language's convention and flag ambiguity", "[extract][dates]") {
  Entity a = only_date("décision du 01/07/2020 relative", "fr");
  CHECK(a.value == "2020-07-01");
  CHECK(a.has_flag("ambiguous"));
  Entity b = only_date("lettre du 14/1/2009", "fr");
  CHECK(b.value == "2009-01-14");
  CHECK_FALSE(b.has_flag("ambiguous"));
  // Only the month-first reading is possible.
  Entity c = only_date("letter dated 12/25/2019", "en");
  CHECK(c.value == "2019-12-25");
  CHECK_FALSE(c.has_flag("ambiguous"));
  Entity d = only_date("tenue le 21/09/2018", "fr");
  CHECK(d.value == "2018-09-21");
  // Same day and month: one reading, not ambiguous.
  Entity e = only_date("le 05/05/2020", "fr");
  CHECK_FALSE(e.has_flag("ambiguous"));
  // Not a date: a month 13 either way, a year out of range.
  CHECK(values(entities_of("ratio 13/14/2020", "en"), "date").empty());
  CHECK(values(entities_of("le 12/04/1442 H", "fr"), "date").empty());
}

TEST_CASE("Date ranges become ISO intervals", "[extract][dates]") {
  struct Case {
    const char* text;
    const char* lang;
    const char* value;
  } cases[] = {
      {"held in Srinagar on 22-24 May 2023, which", "en", "2023-05-22/2023-05-24"},
      {"à Niamey du 13 au 15 juillet 2021", "fr", "2021-07-13/2021-07-15"},
      {"NIAMEY, 27–28 novembre 2020", "fr", "2020-11-27/2020-11-28"},
      {"à Niamey, les 27 et 28 novembre 2020 (12 et 13 Rabi II 1442H)", "fr",
       "2020-11-27/2020-11-28"},
      {"au Pakistan du 10 au 12 décembre 2022 avec", "fr", "2022-12-10/2022-12-12"},
      {"from 2 to 6 March 2020", "en", "2020-03-02/2020-03-06"},
      {"from 30 November to 2 December 2020", "en", "2020-11-30/2020-12-02"},
      {"du 28 juin au 1er juillet 1999", "fr", "1999-06-28/1999-07-01"},
      {"between 3 and 5 June 2021", "en", "2021-06-03/2021-06-05"},
      {"on 11–13 June 2023 in Kingston", "en", "2023-06-11/2023-06-13"},
      {"March 1-2, 2019", "en", "2019-03-01/2019-03-02"},
      // Over the new year: the start is in the year before.
      {"from 1 October until 12 January 2018", "en", "2017-10-01/2018-01-12"},
      {"du 15 décembre au 10 janvier 2021", "fr", "2020-12-15/2021-01-10"},
  };
  for (const auto& c : cases) {
    Entity e = only_date(c.text, c.lang);
    INFO(c.text);
    CHECK(e.type == EntityType::DateRange);
    CHECK(e.value == c.value);
    CHECK(e.flags.empty());
  }
}

TEST_CASE("Two days joined by 'et' that do not follow each other are two dates",
          "[extract][dates]") {
  auto es = entities_of("les réunions du 5 et 12 mai 2021", "fr");
  CHECK(values(es, "date") == std::vector<std::string>{"2021-05-05", "2021-05-12"});
  CHECK(values(es, "date-range").empty());
}

TEST_CASE("Partial dates keep reduced precision and flag 'partial'", "[extract][dates]") {
  Entity a = only_date("s'est tenue le Septembre 2019 au niveau ministériel", "fr");
  CHECK(a.value == "2019-09");
  CHECK(a.text == "le Septembre 2019");
  CHECK(a.has_flag("partial"));
  CHECK(a.has_flag("missing-day"));
  Entity b = only_date("publiés en juin 2018 par", "fr");
  CHECK(b.value == "2018-06");
  CHECK(b.has_flag("partial"));
  CHECK_FALSE(b.has_flag("missing-day"));
  Entity c = only_date("la proclamation du 5 août de chaque année", "fr");
  CHECK(c.value == "--08-05");
  CHECK(c.has_flag("partial"));
  Entity d = only_date("à Islamabad en mars 2022.", "fr");
  CHECK(d.value == "2022-03");
  Entity e = only_date("was held on September 2019 in New York", "en");
  CHECK(e.value == "2019-09");
  CHECK(e.has_flag("missing-day"));
  Entity f = only_date("elections on 2 October and", "en");
  CHECK(f.value == "--10-02");
  Entity g = only_date("du 12 au 15 juin, des pourparlers", "fr");
  CHECK(g.type == EntityType::DateRange);
  CHECK(g.value == "--06-12/--06-15");
  CHECK(g.has_flag("partial"));
}

TEST_CASE("Impossible dates are kept and flagged", "[extract][dates]") {
  Entity a = only_date("le 30 février 2020", "fr");
  CHECK(a.value == "2020-02-30");
  CHECK(a.has_flag("impossible"));
  Entity b = only_date("on 31 September 2023", "en");
  CHECK(b.value == "2023-09-31");
  CHECK(b.has_flag("impossible"));
  Entity c = only_date("le 29 février 2020", "fr");
  CHECK_FALSE(c.has_flag("impossible"));
  Entity d = only_date("le 29 février 2019", "fr");
  CHECK(d.has_flag("impossible"));
  Entity r = only_date("du 15 au 13 juillet 2021", "fr");
  CHECK(r.has_flag("impossible"));
}

TEST_CASE("A full date's year outside full_date_years is impossible, not missing",
          "[extract][dates]") {
  // The placeholder of a record whose date was never filled in.
  Entity a = only_date("Adopted by the Security Council on 1 January 0001", "en");
  CHECK(a.text == "1 January 0001");
  CHECK(a.value == "0001-01-01");
  CHECK(a.has_flag("impossible"));
  CHECK(a.has_flag("year-range"));
  CHECK_FALSE(a.has_flag("partial"));
  Entity f = only_date("adoptée le 1er janvier 0001", "fr");
  CHECK(f.value == "0001-01-01");
  CHECK(f.has_flag("year-range"));
  // Before 1900 (outside `years`) but a date all the same.
  Entity h = only_date("the Convention signed at The Hague on 29 July 1899", "en");
  CHECK(h.value == "1899-07-29");
  CHECK_FALSE(h.has_flag("impossible"));
  // Without a day or a month name, such a year is no date's.
  CHECK(values(entities_of("in January 0001 and on 0001-01-01", "en"), "date").empty());
}

TEST_CASE("Words that look like months are not dates", "[extract][dates]") {
  CHECK(values(entities_of("the situation may 2 worsen, and may 2020 come", "en"), "date").empty());
  CHECK(values(entities_of("Mais 5 mais, les sept 2020 pays", "fr"), "date").empty());
  CHECK(values(entities_of("article 370 de la constitution", "fr"), "date").empty());
  CHECK(values(entities_of("12 et 13 Rabi II 1442 H", "fr"), "date").empty());
  // A capitalized "May" with a year is a month.
  CHECK(values(entities_of("a Forum held in May 2015, taking", "en"), "date") ==
        std::vector<std::string>{"2015-05"});
}

TEST_CASE("A date's position points at its line and column in the source", "[extract][dates]") {
  std::string text =
      "Rappelant les communiqués publiés par le Groupe de contact les\n"
      "25 septembre 2019, 22 juin 2020, 23 septembre 2021, 22 mars 2022\n"
      "et 21 septembre 2022 ;\n\n"
      "Réaffirmant ses décisions du 5 août 2019.";
  ClauseFixture f(text, "fr");
  REQUIRE(f.size() == 2);
  auto dates = of_type(f.extract(0), "date");
  REQUIRE(dates.size() == 5);
  CHECK(dates[0].pos.line == 2);
  CHECK(dates[0].pos.column == 1);
  CHECK(dates[1].pos.line == 2);
  CHECK(dates[1].pos.column == 20);
  CHECK(dates[4].value == "2022-09-21");
  CHECK(dates[4].pos.line == 3);
  CHECK(dates[4].pos.column == 4);
  auto second = of_type(f.extract(1), "date");
  REQUIRE(second.size() == 1);
  CHECK(second[0].pos.line == 5);
  CHECK(second[0].pos.column == 30);  // columns count code points: "é" is one
  // The entity's byte range gives back its text.
  for (const auto& d : dates) CHECK(f.clause(0).text.substr(d.begin, d.end - d.begin) == d.text);
}

TEST_CASE("Dates in Arabic, Chinese, Russian, Spanish and German", "[extract][dates][langs]") {
  using V = std::vector<std::string>;
  // UN Arabic names the month twice; Arabic-Indic digits read as digits.
  CHECK(values(entities_of("الذي اتخذه مجلس الأمن في 29 أيار/مايو 2020", "ar"), "date") ==
        V{"2020-05-29"});
  CHECK(values(entities_of("في ٢٩ أيار/مايو ٢٠٢٠", "ar"), "date") == V{"2020-05-29"});
  CHECK(values(entities_of("منذ كانون الأول/ديسمبر 2013", "ar"), "date") == V{"2013-12"});
  // A day and a month named once, without a year, is a name ("حركة 23 مارس").
  CHECK(values(entities_of("مقاتلي حركة 23 مارس السابقين", "ar"), "date").empty());
  CHECK(values(entities_of("安全理事会2021年1月29日通过", "zh"), "date") == V{"2021-01-29"});
  CHECK(values(entities_of("于2021年8月发生地震", "zh"), "date") == V{"2021-08"});
  CHECK(values(entities_of("принятая 15 октября 2020 года", "ru"), "date") == V{"2020-10-15"});
  CHECK(values(entities_of("в октябре 2020 года", "ru"), "date") == V{"2020-10"});
  CHECK(values(entities_of("aprobada el 15 de octubre de 2020", "es"), "date") == V{"2020-10-15"});
  CHECK(values(entities_of("verabschiedet am 15. Oktober 2021", "de"), "date") == V{"2021-10-15"});
}

TEST_CASE("Date ranges in the six UN languages and German", "[extract][dates][langs][ranges]") {
  using V = std::vector<std::string>;
  auto ranges = [](const char* s, const char* lang) {
    return values(entities_of(s, lang), "date-range");
  };
  const V march{"2021-03-01/2021-03-31"};
  CHECK(ranges("from 1 to 31 March 2021", "en") == march);
  CHECK(ranges("held from June 12–15, and", "en") == V{"--06-12/--06-15"});
  CHECK(ranges("du 1er au 31 mars 2021", "fr") == march);
  CHECK(ranges("من 1 إلى 31 آذار/مارس 2021", "ar") == march);
  CHECK(ranges("في الفترة من 11 إلى 13 تشرين الأول/أكتوبر 2016 لتقييم", "ar") ==
        V{"2016-10-11/2016-10-13"});
  CHECK(ranges("من 1 كانون الثاني/يناير 2021 إلى 31 آذار/مارس 2022", "ar") ==
        V{"2021-01-01/2022-03-31"});
  CHECK(ranges("с 1 по 31 марта 2021 года", "ru") == march);
  CHECK(ranges("в Кингстоне 11‒13 июня 2023 года", "ru") == V{"2023-06-11/2023-06-13"});
  CHECK(ranges("del 1 al 31 de marzo de 2021", "es") == march);
  CHECK(ranges("vom 1. bis 31. März 2021", "de") == march);
  CHECK(ranges("2021年1月29日至2月28日", "zh") == V{"2021-01-29/2021-02-28"});
  CHECK(ranges("2021年1月29日至2022年1月31日", "zh") == V{"2021-01-29/2022-01-31"});
  CHECK(ranges("2016年10月11日至13日在金沙萨举行", "zh") == V{"2016-10-11/2016-10-13"});
  CHECK(ranges("于6月12至15日在吉布提举行", "zh") == V{"--06-12/--06-15"});
  // Spans of paragraphs are not ranges of dates.
  CHECK(ranges("第29至39段确定的任务", "zh").empty());
  CHECK(ranges("الفقرات من 29 إلى 39 من هذا القرار", "ar").empty());
  // One range, not a range and a date inside it.
  CHECK(values(entities_of("2021年1月29日至2022年1月31日", "zh"), "date").empty());
}

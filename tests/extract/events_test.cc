// Meetings recalled in lists or reported by the clause itself, and reports
// cited by author and date.
#include <catch2/catch.hpp>

#include "support/clause_fixture.h"

using namespace ct;
using namespace ct::test;

using Strings = std::vector<std::string>;

TEST_CASE("Meetings recalled in a list, body from the text", "[extract][events]") {
  auto fr = entities_of(
      "Rappelant les communiqués publiés par le Groupe de contact sur le Jammu-et-Cachemire les 25 "
      "septembre 2019, 22 juin 2020, 23 septembre 2021, 22 mars 2022 et 21 septembre 2022 ;",
      "fr", "OIC-CG-JK", "2023-03-16");
  CHECK(values(fr, "meeting") == Strings{"OIC-CG-JK@2019-09-25", "OIC-CG-JK@2020-06-22",
                                         "OIC-CG-JK@2021-09-23", "OIC-CG-JK@2022-03-22",
                                         "OIC-CG-JK@2022-09-21"});
  auto en = entities_of(
      "Welcoming the meetings of the OIC Contact Group on Jammu and Kashmir on 25 September 2019, "
      "22 June 2020, 23 September 2021, 22 March 2022, 21 September 2022, and 17 March 2023, and "
      "reiterating the contents of the Communiques",
      "en", "SOME-BODY");
  auto ms = of_type(en, "meeting");
  REQUIRE(ms.size() == 6);
  CHECK(ms.back().value == "OIC-CG-JK@2023-03-17");
  CHECK(ms.back().text == "17 March 2023");
  CHECK(ms.back().attrs.at("body_from") == "text");
  CHECK_FALSE(ms.back().attrs.count("self"));
  // Every meeting has the span of its date.
  auto ds = of_type(en, "date");
  REQUIRE(ds.size() == 6);
  for (std::size_t i = 0; i < 6; ++i) CHECK(ms[i].begin == ds[i].begin);
}

TEST_CASE("Meetings of the document's own series body", "[extract][events]") {
  // "its meetings": the series' body.
  CHECK(values(entities_of("Recalling its meetings held on 25 September 2019, 22 June 2020 and "
                           "23 September 2021,",
                           "en", "OIC-CG-JK"),
               "meeting") ==
        Strings{"OIC-CG-JK@2019-09-25", "OIC-CG-JK@2020-06-22", "OIC-CG-JK@2021-09-23"});
  // A short name right after the cue stands for the series' body.
  CHECK(values(entities_of("depuis la dernière réunion du Groupe de contact tenue à New York le "
                           "21 septembre 2022.",
                           "fr", "OIC-CG-JK"),
               "meeting") == Strings{"OIC-CG-JK@2022-09-21"});
  // ... but not for another series, where several bodies have it.
  CHECK(values(entities_of("les résultats de la réunion du Groupe de contact, tenue à New York en "
                           "septembre 2019,",
                           "fr", "CFM"),
               "meeting") == Strings{"?@2019-09"});
  // A body the rules do not know is unknown, not the series' body.
  auto u = of_type(entities_of("dans le cadre des réunions du Forum du Partenariat pour la "
                               "Somalie, tenues le 1er octobre 2019 ;",
                               "fr", "CFM"),
                   "meeting");
  REQUIRE(u.size() == 1);
  CHECK(u[0].value == "?@2019-10-01");
  CHECK(u[0].attrs.at("body_text") == "Forum du Partenariat pour la Somalie");
}

TEST_CASE("A clause reporting its own meeting is marked self", "[extract][events]") {
  auto en = of_type(
      entities_of("The Ministers of Foreign Affairs and senior officials of the member states of "
                  "the OIC Contact Group on Jammu and Kashmir met on the side-lines of the 78th "
                  "Session of the United Nations General Assembly in New York on 20 September "
                  "2023. The Secretary General of the OIC chaired the meeting.",
                  "en", "OIC-CG-JK", "2023-09-20"),
      "meeting");
  REQUIRE(en.size() == 1);
  CHECK(en[0].value == "OIC-CG-JK@2023-09-20");
  CHECK(en[0].attrs.at("self") == "true");
  CHECK(en[0].attrs.at("place") == "New York");
  CHECK(en[0].attrs.at("session") == "UNGA-78");

  auto fr = of_type(entities_of("Une réunion du Groupe de contact de l'OCI sur le Jammu et "
                                "Cachemire s'est tenue le Septembre 2019 au niveau ministériel, à "
                                "New York, en marge de la 74ème session de l'Assemblée générale.",
                                "fr", "OIC-CG-JK", "2019-09-25"),
                    "meeting");
  REQUIRE(fr.size() == 1);
  CHECK(fr[0].value == "OIC-CG-JK@2019-09");
  CHECK(fr[0].attrs.at("self") == "true");
  CHECK(fr[0].has_flag("partial"));
  CHECK(fr[0].attrs.at("session") == "UNGA-74");

  // Another body's meeting recalled with "s'est tenue" is not the document's own.
  auto other = of_type(entities_of("Se félicitant de la réunion du groupe de contact de l'OCI sur "
                                   "la Somalie qui s'est tenue le 27 octobre 2018 à Mogadiscio ;",
                                   "fr", "CFM", "2020-11-27"),
                       "meeting");
  REQUIRE(other.size() == 1);
  CHECK(other[0].value == "OIC-CG-SOM@2018-10-27");
  CHECK_FALSE(other[0].attrs.count("self"));
  CHECK(other[0].attrs.at("place") == "Mogadishu");
}

TEST_CASE("Summits and meetings of other bodies", "[extract][events]") {
  CHECK(values(entities_of("adopté par le Treizième Sommet islamique tenu à Istanbul les 14 et 15 "
                           "avril 2016 ;",
                           "fr", "CFM"),
               "meeting") == Strings{"ISLAMIC-SUMMIT@2016-04-14/2016-04-15"});
  CHECK(values(entities_of("Rejecting the conduct of the G-20 Tourism Working Group Meeting, held "
                           "in Srinagar on 22-24 May 2023, which aimed",
                           "en", "OIC-CG-JK"),
               "meeting") == Strings{"G20@2023-05-22/2023-05-24"});
  // A date with no meeting cue is no meeting.
  CHECK(values(entities_of("Dénonçant les actions unilatérales et illégales du 5 août 2019 ;", "fr",
                           "OIC-CG-JK"),
               "meeting")
            .empty());
}

TEST_CASE("Reports cited by author and date", "[extract][events]") {
  CHECK(values(entities_of("Recalling the two reports issued by the Office of the UN High "
                           "Commissioner for Human Rights in June 2018 and July 2019, "
                           "comprehensively documenting",
                           "en"),
               "report") == Strings{"OHCHR@2018-06", "OHCHR@2019-07"});
  CHECK(values(entities_of("Rappelant les deux rapports publiés par le bureau du "
                           "Haut-Commissariat des Nations unies aux droits de l'homme en juin "
                           "2018 et juillet 2019, documentant",
                           "fr"),
               "report") == Strings{"OHCHR@2018-06", "OHCHR@2019-07"});
  auto es = entities_of(
      "Requested the Office of UN High Commissioner for Human Rights to continue "
      "monitoring the situation and issue a third report, in addition to its "
      "reports of 2018 and 2019,on the ongoing violations;",
      "en");
  CHECK(values(es, "report") == Strings{"OHCHR@2018", "OHCHR@2019"});
  // The years that date the reports are dates of reduced precision.
  CHECK(values(es, "date") == Strings{"2018", "2019"});
  // A deadline is not a report's date; a report with no author is not cited.
  CHECK(values(entities_of("Requests the Secretary-General to report by 15 May 2020 and to submit "
                           "the next report due by 30 June 2020;",
                           "en"),
               "report")
            .empty());
  CHECK(
      values(entities_of("les rapports de la MANUI d’ici au 31 mai 2021", "fr"), "report").empty());
  // Bare years elsewhere are not dates.
  CHECK(
      values(entities_of("continue de figurer à l'ordre du jour du CSNU depuis 1948", "fr"), "date")
          .empty());
}

TEST_CASE("Chinese meetings: the place between the date and the cue", "[extract][events][zh]") {
  // Sentences of the unsc-dev Chinese resolutions: a city named between the
  // date and the word for meeting is its place.
  auto a = of_type(entities_of("2016年11月17日布鲁塞尔国际会议上所作认捐", "zh"), "meeting");
  REQUIRE(a.size() == 1);
  CHECK(a[0].value == "?@2016-11-17");
  CHECK(a[0].attrs.at("place") == "Brussels");
  auto b = of_type(entities_of("于2024年8月28日在纽约举行第八次协调会议", "zh"), "meeting");
  REQUIRE(b.size() == 1);
  CHECK(b[0].attrs.at("place") == "New York");
  // A country there is a party to the meeting, not its place.
  auto c = of_type(entities_of("欢迎2024年6月与喀麦隆举行双边联合委员会会议", "zh"), "meeting");
  REQUIRE(c.size() == 1);
  CHECK(c[0].value == "?@2024-06");
  CHECK(c[0].attrs.count("place") == 0);
  // A city named before the date is no place of it.
  auto d = of_type(entities_of("在日内瓦，2023年1月5日举行会议", "zh"), "meeting");
  REQUIRE(d.size() == 1);
  CHECK(d[0].attrs.count("place") == 0);
  // The body: named between the date and the cue, or right before the date;
  // not one named further back in the sentence.
  CHECK(values(entities_of("非盟于2021年3月9日举行会议", "zh"), "meeting") ==
        Strings{"AU@2021-03-09"});
  CHECK(values(entities_of("通过大湖区问题国际会议路线图协调执行《和平协议》，包括于2024年8月28日"
                           "举行和平进程第八次协调会议",
                           "zh"),
               "meeting") == Strings{"?@2024-08-28"});
}

// Threads across series, on texts the test writes: a council's resolution
// and a contact group's communiqués (another body, other wording, partly in
// the other language) that share several demands are joined demand by
// demand; a third series on another subject that shares one set phrase with
// them is not.
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <vector>

#include "support/test_support.h"

using namespace ct;
using namespace ct::test;

namespace {

struct Doc {
  std::string id, series, lang, date, text;
};

Corpus build(const TempDir& dir, const std::vector<Doc>& docs) {
  std::string m = "series:\n  - id: council\n  - id: group\n  - id: trade\ndocuments:\n";
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& d : docs) {
    m += "  - id: " + d.id + "\n    file: " + d.id + ".txt\n    series: " + d.series +
         "\n    language: " + d.lang + "\n    date: " + d.date + "\n";
    files.emplace_back(d.id + ".txt", d.text);
  }
  return corpus_from(dir, files, m, 2);
}

// Series of the documents of the thread(s) holding `clause`.
std::set<std::string> series_with(const Corpus& c, std::size_t clause) {
  std::set<std::string> out;
  for (const Thread& t : c.threads)
    for (const auto& m : t.members)
      if (m.clause == clause) {
        for (const auto& x : t.members) out.insert(c.documents[c.clauses[x.clause].doc].series);
        break;
      }
  return out;
}

}  // namespace

TEST_CASE("align: demands shared by two series join across them; a set phrase does not",
          "[align]") {
  // The group's communiqué, the second year without its demand on the laws.
  auto communique = [](bool laws) {
    return std::string(
               "Joint communiqué of the Contact Group on the Northern Valley\n\n"
               "The Contact Group,\n\n"
               "Recalling the two reports issued by the Office of the High Commissioner for Human "
               "Rights in June 2018 and July 2019 documenting grave violations of human rights in "
               "the Northern Valley,\n\n"
               "1. Rejected the illegal and unilateral measures taken on 5 August 2019 to alter "
               "the "
               "status of the Northern Valley and called for their reversal;\n\n"
               "2. Called for the immediate release of all political prisoners and detained "
               "leaders of the Northern Valley;\n\n") +
           (laws ? "3. Called for the repeal of the emergency laws, including the Public Order Act "
                   "and the Special Powers Act;\n\n4. "
                 : "3. ") +
           "Agreed to meet again at the next session of the General Assembly.\n";
  };
  TempDir dir;
  Corpus c = build(
      dir,
      {{"council-1", "council", "en", "2021-11-20",
        "Resolution on the dispute over the Northern Valley\n\n"
        "The Council of Ministers,\n\n"
        "Recalling the two reports of the High Commissioner for Human Rights of June 2018 and "
        "July 2019 which documented grave violations of human rights in the Northern Valley,\n\n"
        "1. Rejects the unilateral and illegal measures taken on 5 August 2019 to change the "
        "status of the Northern Valley and demands that they be reversed;\n\n"
        "2. Demands the release of all political prisoners and detained leaders of the Northern "
        "Valley;\n\n"
        "3. Urges the repeal of the emergency laws of the Northern Valley, including the Public "
        "Order Act and the Special Powers Act;\n\n"
        "4. Requests the Secretary-General to report on the implementation of this resolution "
        "at the next session.\n"},
       {"group-1", "group", "en", "2022-09-20", communique(true)},
       {"group-2", "group", "en", "2023-09-21", communique(false)},
       {"trade-1", "trade", "en", "2022-03-01",
        "Resolution on trade among member states\n\n"
        "The Council of Ministers,\n\n"
        "1. Welcomes the growth of trade among member states and the new customs agreement;\n\n"
        "2. Calls for the reduction of tariffs on agricultural goods and textiles;\n\n"
        "3. Requests the Secretary-General to report on the implementation of this resolution "
        "at the next session.\n"}});

  using S = std::set<std::string>;
  CHECK(series_with(c, clause_with(c, "council-1", "Rejects the unilateral")) ==
        S{"council", "group"});
  CHECK(series_with(c, clause_with(c, "council-1", "political prisoners")) ==
        S{"council", "group"});
  CHECK(series_with(c, clause_with(c, "council-1", "two reports")) == S{"council", "group"});
  CHECK(series_with(c, clause_with(c, "group-2", "Rejected the illegal")) == S{"council", "group"});
  // The same closing request in two resolutions on different subjects.
  CHECK(series_with(c, clause_with(c, "trade-1", "Requests the Secretary-General")) == S{"trade"});
  CHECK(series_with(c, clause_with(c, "trade-1", "tariffs")) == S{"trade"});
}

TEST_CASE("align: set wording shared by resolutions on two countries does not join them",
          "[align]") {
  // Two sanctions regimes, one per country, with the same exemptions word
  // for word: the same words, not the same measure.
  auto resolution = [](const std::string& country, const std::string& people) {
    return "Resolution on the situation in " + country +
           "\n\n"
           "The Council of Ministers,\n\n"
           "Expressing grave concern at the situation in " +
           country + " and at the violence against the people of " + country +
           ",\n\n"
           "1. Decides that all States shall freeze the funds of the leaders of " +
           people +
           " named by the Committee;\n\n"
           "2. Decides that the measures imposed by paragraph 1 shall not apply to funds:\n\n"
           "(a) necessary for basic expenses, including payment for foodstuffs, rent or "
           "mortgage, medicines and medical treatment, taxes and insurance premiums;\n\n"
           "(b) necessary for extraordinary expenses, provided that such determination has "
           "been notified to the Committee and approved by the Committee;\n\n"
           "(c) the subject of a judicial, administrative or arbitral lien or judgment entered "
           "before the date of this resolution;\n\n"
           "3. Requests the Committee to seek from all States whatever information it may "
           "consider useful regarding the actions taken by them to implement the measures "
           "imposed above;\n\n"
           "4. Calls upon " +
           country + " to hold free and fair elections.\n";
  };
  TempDir dir;
  Corpus c = build(
      dir, {{"council-1", "council", "en", "2020-01-10", resolution("Liberia", "the armed groups")},
            {"council-2", "council", "en", "2021-01-10", resolution("Liberia", "the armed groups")},
            {"trade-1", "trade", "en", "2020-06-10", resolution("Somalia", "the militias")},
            {"trade-2", "trade", "en", "2021-06-10", resolution("Somalia", "the militias")}});
  using S = std::set<std::string>;
  CHECK(series_with(c, clause_with(c, "council-2", "basic expenses")) == S{"council"});
  CHECK(series_with(c, clause_with(c, "council-2", "extraordinary expenses")) == S{"council"});
  CHECK(series_with(c, clause_with(c, "trade-2", "whatever information")) == S{"trade"});
  // Within one series the same wording still continues its thread.
  CHECK(series_with(c, clause_with(c, "council-1", "basic expenses")) == S{"council"});
}

TEST_CASE("align: a recital and the decision restating it join the thread another series carries",
          "[align]") {
  TempDir dir;
  const std::string group =
      "Joint communiqué of the Contact Group on the Northern Valley\n\n"
      "The Contact Group,\n\n"
      "1. Rejected the illegal and unilateral measures taken on 5 August 2019 to alter the "
      "status of the Northern Valley;\n\n"
      "2. Called for the immediate release of all political prisoners and detained leaders of "
      "the Northern Valley;\n\n"
      "3. Called for the repeal of the emergency laws, including the Public Order Act and the "
      "Special Powers Act.\n";
  Corpus c = build(
      dir,
      {{"group-1", "group", "en", "2020-09-20", group},
       {"group-2", "group", "en", "2021-09-20", group},
       {"council-1", "council", "en", "2021-11-20",
        "Resolution on the dispute over the Northern Valley\n\n"
        "The Council of Ministers,\n\n"
        "Rejecting the measures of 5 August 2019 in the Northern Valley, which violate "
        "international law,\n\n"
        "1. Rejects the unilateral and illegal measures taken on 5 August 2019 to change the "
        "status of the Northern Valley;\n\n"
        "2. Demands the release of all political prisoners and detained leaders of the Northern "
        "Valley;\n\n"
        "3. Urges the repeal of the emergency laws of the Northern Valley, including the Public "
        "Order Act and the Special Powers Act.\n"}});
  std::size_t recital = clause_with(c, "council-1", "Rejecting the measures");
  std::size_t decision = clause_with(c, "council-1", "Rejects the unilateral");
  std::size_t communique = clause_with(c, "group-2", "Rejected the illegal");
  auto thread_with = [&](std::size_t clause) -> const Thread* {
    for (const Thread& t : c.threads)
      for (const auto& m : t.members)
        if (m.clause == clause) return &t;
    return nullptr;
  };
  REQUIRE(thread_with(communique));
  CHECK(thread_with(decision) == thread_with(communique));
  CHECK(thread_with(recital) == thread_with(communique));
  // The other demands of the resolution stay in their own threads.
  CHECK(thread_with(clause_with(c, "council-1", "political prisoners")) != thread_with(communique));
}

TEST_CASE("align: one clause matched by many near copies of another series does not tie them",
          "[align]") {
  // A long English series whose every paragraph requests a report, and a
  // short Arabic one with one request for a report: one clause of the short
  // text meets many clauses of the long one, which is one shared statement
  // at most, not the several two texts on one subject share.
  auto en = [](int year) {
    const char* topics[] = {"fisheries",      "border crossings", "detained journalists",
                            "water sharing",  "mine clearance",   "refugee returns",
                            "customs posts",  "radio licences",   "grain convoys",
                            "railway repairs"};
    std::string t =
        "Resolution of the Long Standing Committee adopted in " + std::to_string(year) + "\n\n";
    for (int i = 1; i <= 60; ++i)
      t += std::to_string(i) + ". The Committee requests the parties to settle the question of " +
           topics[i % 10] + " in sector " + std::to_string(i) + ", to report on progress in " +
           topics[i % 10] + " before the session of " + std::to_string(year + 1) +
           ", and to keep " + ((year - 1990) % 3 == 0 ? "closely" : "regularly") +
           " informed the monitoring mission for sector " + std::to_string(i) + ".\n\n";
    return t;
  };
  auto ar = [](bool unconditional) {
    return std::string(
               "قرار فريق الاتصال المعني بالخليج\n\n"
               "1 - يطالب الفريق بالإفراج الفوري عن جميع الصيادين المحتجزين") +
           (unconditional ? " دون شروط" : "") +
           ".\n\n"
           "2 - يرحب الفريق بالوساطة التي عرضتها الدول الساحلية.\n\n"
           "3 - يطلب الفريق إلى الأمين العام تقديم تقرير عن المفاوضات.\n\n";
  };
  // Enough sessions of the long series that its common words weigh little
  // (24 years of 60 paragraphs).
  std::vector<Doc> docs;
  for (int year = 1990; year < 2014; ++year)
    docs.push_back({"council-" + std::to_string(year), "council", "en",
                    std::to_string(year) + "-06-15", en(year)});
  docs.push_back({"group-1", "group", "ar", "2021-03-02", ar(false)});
  docs.push_back({"group-2", "group", "ar", "2022-03-02", ar(true)});
  TempDir dir;
  Corpus c = build(dir, docs);
  using S = std::set<std::string>;
  CHECK(series_with(c, clause_with(c, "group-1", "تقديم تقرير")) == S{"group"});
  CHECK(series_with(c, clause_with(c, "group-2", "تقديم تقرير")) == S{"group"});
  CHECK(series_with(c, clause_with(c, "council-1990", "fisheries")) == S{"council"});
}

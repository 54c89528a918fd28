// Threads on series the tests write themselves: renumbering and reordering,
// merging, splitting, translation, a dropped demand, a demand that comes
// back, and yearly mandate renewals with amended dates. Clauses are found by
// their words, never by id, so the assertions hold whatever the segmenter
// names them.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "align/dictionary.h"
#include "align/features.h"
#include "align/score.h"
#include "support/test_support.h"

using namespace ct;
using namespace ct::test;

namespace {

struct Doc {
  std::string id, lang, date, text;
};

std::string manifest_of(const std::string& series, const std::vector<Doc>& docs) {
  std::string m = "series:\n  - id: " + series + "\n    title: Test series\ndocuments:\n";
  for (const auto& d : docs)
    m += "  - id: " + d.id + "\n    file: " + d.id + "." + d.lang + ".txt\n    series: " + series +
         "\n    kind: resolution\n    language: " + d.lang + "\n    date: " + d.date + "\n";
  return m;
}

Corpus build(const TempDir& dir, const std::string& series, const std::vector<Doc>& docs,
             int jobs = 1) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& d : docs) files.emplace_back(d.id + "." + d.lang + ".txt", d.text);
  return corpus_from(dir, files, manifest_of(series, docs), jobs);
}

// The threads a clause belongs to.
std::vector<const Thread*> threads_of(const Corpus& c, std::size_t clause) {
  std::vector<const Thread*> out;
  for (const Thread& t : c.threads)
    for (const auto& m : t.members)
      if (m.clause == clause) {
        out.push_back(&t);
        break;
      }
  return out;
}

const Thread& thread_of(const Corpus& c, std::size_t clause) {
  auto ts = threads_of(c, clause);
  REQUIRE(ts.size() == 1);
  return *ts.front();
}

// "doc:change" of each member, in order.
std::vector<std::string> shape(const Corpus& c, const Thread& t) {
  std::vector<std::string> out;
  for (const auto& m : t.members)
    out.push_back(c.documents[c.clauses[m.clause].doc].id + ":" + std::string(name(m.change)));
  return out;
}

using V = std::vector<std::string>;

const std::string kDemandsA =
    "Resolution on the situation in the Northern Province\n\n"
    "The Assembly,\n\n"
    "Recalling its earlier decisions on the situation in the Northern Province,\n\n"
    "1. Demands the immediate release of all political prisoners held in the Northern Province;\n\n"
    "2. Demands the repeal of the emergency laws that restrict the freedom of the press;\n\n"
    "3. Calls upon the parties to allow humanitarian convoys to reach the mountain villages;\n\n"
    "4. Requests the Secretary-General to submit a report on the fisheries dispute within ninety "
    "days;\n\n"
    "5. Decides to convene a conference on the reconstruction of the harbour and its railway.\n";

}  // namespace

TEST_CASE("align: renumbered and reordered paragraphs stay in their threads", "[align]") {
  TempDir dir;
  std::string b =
      "Resolution on the situation in the Northern Province\n\n"
      "The Assembly,\n\n"
      "Recalling its earlier decisions on the situation in the Northern Province,\n\n"
      "1. Decides to convene a conference on the reconstruction of the harbour and its railway.\n\n"
      "2. Requests the Secretary-General to submit a report on the fisheries dispute within ninety "
      "days;\n\n"
      "3. Demands the immediate release of all political prisoners held in the Northern "
      "Province;\n\n"
      "4. Calls upon all the parties to let humanitarian convoys reach the remote mountain "
      "villages;\n\n"
      "5. Demands the repeal of the emergency laws that restrict the freedom of the press;\n";
  Corpus c = build(dir, "shuffle",
                   {{"s-2020", "en", "2020-05-01", kDemandsA}, {"s-2021", "en", "2021-05-01", b}});

  const Thread& harbour = thread_of(c, clause_with(c, "s-2020", "reconstruction of the harbour"));
  CHECK(shape(c, harbour) == V{"s-2020:first", "s-2021:unchanged"});
  CHECK(harbour.status == Status::Persistent);
  CHECK(harbour.members[1].clause == clause_with(c, "s-2021", "reconstruction of the harbour"));

  const Thread& prisoners = thread_of(c, clause_with(c, "s-2020", "political prisoners"));
  CHECK(shape(c, prisoners) == V{"s-2020:first", "s-2021:unchanged"});
  CHECK(prisoners.members[1].clause == clause_with(c, "s-2021", "political prisoners"));

  const Thread& press = thread_of(c, clause_with(c, "s-2020", "emergency laws"));
  CHECK(press.members.back().clause == clause_with(c, "s-2021", "emergency laws"));

  const Thread& convoys = thread_of(c, clause_with(c, "s-2020", "humanitarian convoys"));
  CHECK(shape(c, convoys) == V{"s-2020:first", "s-2021:reworded"});
  CHECK(convoys.status == Status::Modified);
  REQUIRE(convoys.members[1].against);
  CHECK(*convoys.members[1].against == clause_with(c, "s-2020", "humanitarian convoys"));
  CHECK_FALSE(convoys.members[1].diff.empty());

  // Every clause is in exactly one thread.
  for (std::size_t i = 0; i < c.clauses.size(); ++i) CHECK(threads_of(c, i).size() == 1);
}

TEST_CASE("align: two demands merged into one clause", "[align]") {
  TempDir dir;
  std::string b =
      "Resolution on the situation in the Northern Province\n\n"
      "The Assembly,\n\n"
      "Recalling its earlier decisions on the situation in the Northern Province,\n\n"
      "1. Demands the immediate release of all political prisoners held in the Northern Province "
      "and the repeal of the emergency laws that restrict the freedom of the press;\n\n"
      "2. Calls upon the parties to allow humanitarian convoys to reach the mountain villages;\n\n"
      "3. Requests the Secretary-General to submit a report on the fisheries dispute within ninety "
      "days;\n\n"
      "4. Decides to convene a conference on the reconstruction of the harbour and its railway.\n";
  Corpus c = build(dir, "merge",
                   {{"m-2020", "en", "2020-05-01", kDemandsA}, {"m-2021", "en", "2021-05-01", b}});

  std::size_t merged = clause_with(c, "m-2021", "political prisoners");
  REQUIRE(merged == clause_with(c, "m-2021", "emergency laws"));
  auto ts = threads_of(c, merged);
  REQUIRE(ts.size() == 2);
  const Thread* prisoners = &thread_of(c, clause_with(c, "m-2020", "political prisoners"));
  const Thread* laws = &thread_of(c, clause_with(c, "m-2020", "emergency laws"));
  CHECK(prisoners != laws);
  for (const Thread* t : {prisoners, laws}) {
    CHECK(shape(c, *t) == V{"m-2020:first", "m-2021:merged"});
    CHECK(t->members.back().clause == merged);
    CHECK(t->status == Status::Modified);
  }
  CHECK(shape(c, thread_of(c, clause_with(c, "m-2020", "fisheries"))) ==
        V{"m-2020:first", "m-2021:unchanged"});
}

TEST_CASE("align: one clause split into two", "[align]") {
  TempDir dir;
  std::string a =
      "Resolution on the mission\n\n"
      "1. Requests the Secretary-General to report on the fisheries dispute every ninety days and "
      "to brief the Assembly on the preparation of the harbour elections;\n\n"
      "2. Decides to convene a conference on the reconstruction of the railway.\n";
  std::string b =
      "Resolution on the mission\n\n"
      "1. Requests the Secretary-General to report on the fisheries dispute every ninety days;\n\n"
      "2. Requests the Secretary-General to brief the Assembly on the preparation of the harbour "
      "elections;\n\n"
      "3. Decides to convene a conference on the reconstruction of the railway.\n";
  Corpus c =
      build(dir, "split", {{"p-2020", "en", "2020-05-01", a}, {"p-2021", "en", "2021-05-01", b}});

  std::size_t old = clause_with(c, "p-2020", "fisheries");
  auto ts = threads_of(c, old);
  REQUIRE(ts.size() == 2);
  std::size_t report = clause_with(c, "p-2021", "fisheries");
  std::size_t brief = clause_with(c, "p-2021", "harbour elections");
  std::vector<std::size_t> parts;
  int splits = 0;
  for (const Thread* t : ts) {
    REQUIRE(t->members.size() == 2);
    CHECK(t->members[0].clause == old);
    splits += t->members[0].change == Change::Split;
    parts.push_back(t->members[1].clause);
    // The part that leaves out "every ninety days" drops a number: amended.
    CHECK(t->members[1].change ==
          (t->members[1].clause == brief ? Change::Amended : Change::Reworded));
  }
  CHECK(splits >= 1);
  std::sort(parts.begin(), parts.end());
  CHECK(parts == std::vector<std::size_t>{report, brief});
}

TEST_CASE("align: a French text and its English translation", "[align]") {
  TempDir dir;
  std::string fr =
      "Résolution sur la situation dans la province\n\n"
      "Le Conseil de sécurité,\n\n"
      "Réaffirmant son attachement à la souveraineté et à l'intégrité territoriale du pays,\n\n"
      "1. Exige la libération immédiate de tous les prisonniers politiques ;\n\n"
      "2. Décide de proroger le mandat de la mission jusqu'au 31 janvier 2025 ;\n\n"
      "3. Prie le Secrétaire général de lui présenter un rapport sur la situation des droits de "
      "l'homme tous les 90 jours ;\n\n"
      "4. Décide de rester activement saisi de la question.\n";
  std::string en =
      "Resolution on the situation in the province\n\n"
      "The Security Council,\n\n"
      "Reaffirming its commitment to the sovereignty and territorial integrity of the country,\n\n"
      "1. Demands the immediate release of all political prisoners;\n\n"
      "2. Decides to extend the mandate of the mission until 31 January 2026;\n\n"
      "3. Requests the Secretary-General to report to it on the human rights situation every 90 "
      "days;\n\n"
      "4. Decides to remain actively seized of the matter.\n";
  Corpus c =
      build(dir, "tr", {{"t-2025", "fr", "2025-01-20", fr}, {"t-2026", "en", "2026-01-20", en}});

  for (auto [f, e] : std::vector<std::pair<const char*, const char*>>{
           {"prisonniers politiques", "political prisoners"},
           {"proroger le mandat", "extend the mandate"},
           {"tous les 90 jours", "every 90 days"},
           {"souveraineté", "sovereignty"},
           {"rester activement saisi", "remain actively seized"}}) {
    INFO(f << " / " << e);
    const Thread& t = thread_of(c, clause_with(c, "t-2025", f));
    CHECK(shape(c, t) == V{"t-2025:first", "t-2026:translated"});
    CHECK(t.members.back().clause == clause_with(c, "t-2026", e));
    CHECK(t.members.back().diff.empty());
    CHECK(t.status == Status::Persistent);
  }
  // The label comes from the English member.
  const Thread& mandate = thread_of(c, clause_with(c, "t-2025", "proroger le mandat"));
  CHECK(mandate.label.find("mandate") != std::string::npos);
}

TEST_CASE("align: a dropped demand and one that comes back", "[align]") {
  TempDir dir;
  std::string b =  // no prisoners, no harbour
      "Resolution on the situation in the Northern Province\n\n"
      "The Assembly,\n\n"
      "Recalling its earlier decisions on the situation in the Northern Province,\n\n"
      "1. Demands the repeal of the emergency laws that restrict the freedom of the press;\n\n"
      "2. Calls upon the parties to allow humanitarian convoys to reach the mountain villages;\n\n"
      "3. Requests the Secretary-General to submit a report on the fisheries dispute within ninety "
      "days;\n";
  std::string c3 =  // the harbour comes back
      "Resolution on the situation in the Northern Province\n\n"
      "The Assembly,\n\n"
      "Recalling its earlier decisions on the situation in the Northern Province,\n\n"
      "1. Demands the repeal of the emergency laws that restrict the freedom of the press;\n\n"
      "2. Calls upon the parties to allow humanitarian convoys to reach the mountain villages;\n\n"
      "3. Requests the Secretary-General to submit a report on the fisheries dispute within ninety "
      "days;\n\n"
      "4. Decides to convene a conference on the reconstruction of the harbour and its railway.\n";
  Corpus c = build(dir, "drop",
                   {{"d-2020", "en", "2020-05-01", kDemandsA},
                    {"d-2021", "en", "2021-05-01", b},
                    {"d-2022", "en", "2022-05-01", c3}});

  const Thread& prisoners = thread_of(c, clause_with(c, "d-2020", "political prisoners"));
  CHECK(shape(c, prisoners) == V{"d-2020:first"});
  CHECK(prisoners.status == Status::Dropped);

  const Thread& harbour = thread_of(c, clause_with(c, "d-2020", "reconstruction of the harbour"));
  CHECK(shape(c, harbour) == V{"d-2020:first", "d-2022:reappeared"});
  CHECK(harbour.status == Status::Intermittent);

  const Thread& laws = thread_of(c, clause_with(c, "d-2020", "emergency laws"));
  CHECK(shape(c, laws) == V{"d-2020:first", "d-2021:unchanged", "d-2022:unchanged"});
  CHECK(laws.status == Status::Persistent);
}

TEST_CASE("align: yearly mandate renewals, dates amended", "[align]") {
  TempDir dir;
  auto year = [](int y, bool extra) {
    std::string s = std::to_string(y);
    std::string next = std::to_string(y + 1);
    std::string t =
        "Resolution " + std::to_string(2700 + y - 2020) + " (" + s +
        ")\n\n"
        "Adopted by the Security Council on 30 January " +
        s +
        "\n\n"
        "The Security Council,\n\n"
        "Recalling its previous resolutions on the situation in Ruritania,\n\n"
        "Reaffirming its strong commitment to the sovereignty, independence and unity of "
        "Ruritania,\n\n"
        "1. Decides to extend the mandate of the United Nations Mission in Ruritania (UNMIR) until "
        "31 January " +
        next +
        ";\n\n"
        "2. Requests the Secretary-General to report to the Council every 90 days on the "
        "implementation of this resolution;\n\n";
    if (extra)
      t += "3. Welcomes the holding of peaceful municipal elections in the coastal districts;\n\n";
    t += std::string(extra ? "4" : "3") + ". Decides to remain actively seized of the matter.\n";
    return t;
  };
  Corpus c = build(dir, "unmir",
                   {{"r-2023", "en", "2023-01-30", year(2023, false)},
                    {"r-2024", "en", "2024-01-30", year(2024, true)},
                    {"r-2025", "en", "2025-01-30", year(2025, false)}});

  const Thread& mandate = thread_of(c, clause_with(c, "r-2023", "extend the mandate"));
  CHECK(shape(c, mandate) == V{"r-2023:first", "r-2024:amended", "r-2025:amended"});
  CHECK(mandate.status == Status::Modified);
  for (std::size_t k = 1; k < mandate.members.size(); ++k) {
    const auto& facts = mandate.members[k].facts;
    REQUIRE_FALSE(facts.empty());
    std::string all;
    for (const auto& f : facts) all += f + "\n";
    INFO(all);
    CHECK(all.find(std::to_string(2023 + k)) != std::string::npos);
    CHECK(all.find(std::to_string(2024 + k)) != std::string::npos);
  }

  const Thread& seized = thread_of(c, clause_with(c, "r-2023", "remain actively seized"));
  CHECK(shape(c, seized) == V{"r-2023:first", "r-2024:unchanged", "r-2025:unchanged"});
  CHECK(seized.status == Status::Persistent);

  const Thread& elections = thread_of(c, clause_with(c, "r-2024", "municipal elections"));
  CHECK(shape(c, elections) == V{"r-2024:first"});
  CHECK(elections.status == Status::Dropped);

  const Thread& report = thread_of(c, clause_with(c, "r-2025", "every 90 days"));
  CHECK(shape(c, report) == V{"r-2023:first", "r-2024:unchanged", "r-2025:unchanged"});
}

TEST_CASE("align: threads do not depend on the number of jobs", "[align]") {
  TempDir d1, d4;
  std::vector<Doc> docs = {{"j-2020", "en", "2020-05-01", kDemandsA}};
  std::string b = kDemandsA;
  b.replace(b.find("ninety"), 6, "sixty");
  docs.push_back({"j-2021", "en", "2021-05-01", b});
  Corpus c1 = build(d1, "jobs", docs, 1);
  Corpus c4 = build(d4, "jobs", docs, 4);
  REQUIRE(c1.threads.size() == c4.threads.size());
  for (std::size_t k = 0; k < c1.threads.size(); ++k) {
    CHECK(c1.threads[k].id == c4.threads[k].id);
    CHECK(c1.threads[k].label == c4.threads[k].label);
    CHECK(shape(c1, c1.threads[k]) == shape(c4, c4.threads[k]));
  }
}

TEST_CASE("align: rejecting a measure and demanding its reversal are two threads", "[align]") {
  TempDir dir;
  std::string a =
      "Resolution on the situation in the Northern Province\n\n"
      "The Assembly,\n\n"
      "1. Rejects the unilateral measures of 5 August concerning the status of the Northern "
      "Province and its assembly;\n\n"
      "2. Requests the Secretary-General to submit a report on the fisheries dispute within ninety "
      "days.\n";
  std::string b =
      "Resolution on the situation in the Northern Province\n\n"
      "The Assembly,\n\n"
      "1. Demands the reversal of the unilateral measures of 5 August concerning the status of the "
      "Northern Province and its assembly;\n\n"
      "2. Requests the Secretary-General to submit a report on the fisheries dispute within ninety "
      "days.\n";
  std::string c3 =
      "Resolution on the situation in the Northern Province\n\n"
      "The Assembly,\n\n"
      "1. Condemns the unilateral measures of 5 August concerning the status of the Northern "
      "Province and its assembly;\n\n"
      "2. Requests the Secretary-General to submit a report on the fisheries dispute within ninety "
      "days.\n";
  Corpus c = build(dir, "acts",
                   {{"a-2020", "en", "2020-05-01", a},
                    {"a-2021", "en", "2021-05-01", b},
                    {"a-2022", "en", "2022-05-01", c3}});
  const Thread& reject = thread_of(c, clause_with(c, "a-2020", "Rejects"));
  const Thread& demand = thread_of(c, clause_with(c, "a-2021", "Demands"));
  CHECK(&reject != &demand);
  // Condemning is rejecting reworded: it continues the rejection.
  CHECK(shape(c, reject) == V{"a-2020:first", "a-2022:reappeared"});
  CHECK(shape(c, demand) == V{"a-2021:first"});
}

TEST_CASE("align: a recital restated as an operative paragraph of the same text is one thread",
          "[align]") {
  TempDir dir;
  std::string b =
      "Resolution on the situation in the Northern Province\n\n"
      "The Assembly,\n\n"
      "Reiterating its support for the trust fund for the reconstruction of the harbour and its "
      "railway established with the development programme,\n\n"
      "1. Reiterates its support to the trust fund for the reconstruction of the harbour and its "
      "railway established with the development programme;\n\n"
      "2. Decides that the mission shall monitor the ceasefire along the mountain villages and "
      "report on the fisheries dispute;\n\n"
      "3. Requests that the mission monitor the ceasefire along the mountain villages and report "
      "on the fisheries dispute;\n";
  Corpus c = build(dir, "restate",
                   {{"r-2020", "en", "2020-05-01", kDemandsA}, {"r-2021", "en", "2021-05-01", b}});
  std::size_t recital = clause_with(c, "r-2021", "Reiterating its support");
  std::size_t operative = clause_with(c, "r-2021", "Reiterates its support");
  const Thread& fund = thread_of(c, recital);
  CHECK(&thread_of(c, operative) == &fund);
  // Two verbs of one class are two decisions, however alike their words.
  CHECK(&thread_of(c, clause_with(c, "r-2021", "Decides that the mission")) !=
        &thread_of(c, clause_with(c, "r-2021", "Requests that the mission")));
}

TEST_CASE("align: an English clause and its Arabic translation share their words", "[align]") {
  // English has glossary phrases ("Charter of the United Nations" is one
  // concept), Arabic has none: the English clause reaches the Arabic one
  // through the translations of its words, capitalized ones included.
  TempDir dir;
  Corpus c = build(
      dir, "s",
      {{"r2023", "en", "2023-01-31",
        "S/RES/100 (2023)\n\nThe Security Council,\n\nRecalling its previous resolutions on "
        "the situation in the region,\n\nActing under Chapter VII of the Charter of the United "
        "Nations,\n\n1. Decides to remain actively seized of the matter.\n"},
       {"r2024", "ar", "2024-01-31",
        "S/RES/101 (2024)\n\nإن مجلس الأمن،\n\nإذ يشير إلى قراراته السابقة بشأن الحالة في "
        "المنطقة،\n\nوإذ يتصرف بموجب الفصل السابع من ميثاق الأمم المتحدة،\n\n1 - يقرر أن يبقي "
        "المسألة قيد نظره الفعلي.\n"}});
  std::size_t en = clause_with(c, "r2023", "Chapter VII");
  std::size_t ar = clause_with(c, "r2024", "ميثاق");
  std::size_t other = clause_with(c, "r2024", "قراراته");
  align::Translations tr = align::load_translations(rules(), 1);
  align::FeatureTable f = align::build_features(c, rules(), tr, 1);
  double same = align::text_similarity(f.clauses[en], "en", f.clauses[ar], "ar");
  double apart = align::text_similarity(f.clauses[en], "en", f.clauses[other], "ar");
  CHECK(same >= 0.3);
  CHECK(same > 2 * apart);
  // And the thread joins them.
  CHECK(thread_of(c, en).id == thread_of(c, ar).id);
}

TEST_CASE("align: a report's account keeps its order when a paragraph is dropped", "[align]") {
  // The second report drops the Chair's reaffirmation; the two paragraphs
  // around it are reworded too much to continue on their words alone, and
  // pair in order with the first report's (fill_gaps, one clause of the
  // longer run left alone).
  TempDir dir;
  const std::string a =
      "Report of the meeting of the Contact Group on the Northern Province\n\n"
      "1. A meeting of the Contact Group on the Northern Province was held at ministerial level "
      "in Geneva on 3 May 2020.\n\n"
      "2. The meeting was opened by the Chair of the Group, who welcomed the delegations of the "
      "member states.\n\n"
      "3. The Chair reaffirmed the principled support of the Group for the people of the Northern "
      "Province and their aspirations.\n\n"
      "4. The Minister of Foreign Affairs of Ruritania briefed the participants on the fisheries "
      "dispute and the detention of fishermen.\n\n"
      "5. The Contact Group issued a communique on the latest developments in the Northern "
      "Province (copy attached).\n";
  const std::string b =
      "Report of the meeting of the Contact Group on the Northern Province\n\n"
      "1. A meeting of the Contact Group on the Northern Province was held at ministerial level "
      "in Geneva on 4 May 2021.\n\n"
      "2. The Chair presided over the session, which the delegations attended in person.\n\n"
      "3. The Minister of Foreign Affairs of Ruritania informed the meeting of the situation of "
      "the fishermen.\n\n"
      "4. The Contact Group issued a communique on the latest developments in the Northern "
      "Province (copy attached).\n";
  std::string manifest =
      "series:\n  - id: cg\n    title: Test series\ndocuments:\n"
      "  - id: r2020\n    file: r2020.en.txt\n    series: cg\n    kind: report\n    language: en\n"
      "    date: 2020-05-03\n"
      "  - id: r2021\n    file: r2021.en.txt\n    series: cg\n    kind: report\n    language: en\n"
      "    date: 2021-05-04\n";
  Corpus c = corpus_from(dir, {{"r2020.en.txt", a}, {"r2021.en.txt", b}}, manifest);
  std::size_t opened = clause_with(c, "r2020", "was opened by the Chair");
  std::size_t presided = clause_with(c, "r2021", "presided over the session");
  std::size_t briefed = clause_with(c, "r2020", "briefed the participants");
  std::size_t informed = clause_with(c, "r2021", "informed the meeting");
  REQUIRE(c.clauses[opened].role == Role::Narrative);
  align::Translations tr = align::load_translations(rules(), 1);
  align::FeatureTable f = align::build_features(c, rules(), tr, 1);
  // Too far apart in words for a continuation (Params::accept_same).
  CHECK(align::pair_score(c, f, presided, opened, false) < 0.42);
  CHECK(align::pair_score(c, f, informed, briefed, false) < 0.42);
  CHECK(thread_of(c, opened).id == thread_of(c, presided).id);
  CHECK(thread_of(c, briefed).id == thread_of(c, informed).id);
  // The dropped paragraph stays a thread of its own.
  CHECK(thread_of(c, clause_with(c, "r2020", "reaffirmed the principled")).members.size() == 1);
}

TEST_CASE("align: a text carried on by two texts of one session continues in both", "[align]") {
  // One regime's resolution, then two resolutions adopted the same day that
  // split it in two lists, each restating the freeze it inherits. The second
  // text's copy is a version of the first resolution's paragraph, not a new
  // paragraph, though the other text's copy continued its thread first.
  TempDir dir;
  const std::string joint =
      "Resolution on the sanctions against the armed groups\n\n"
      "1. Decides that all States shall freeze without delay the funds and other financial assets "
      "of the individuals and entities on the Consolidated List;\n\n"
      "2. Decides that all States shall prevent the entry into or transit through their "
      "territories of the individuals on the Consolidated List;\n\n"
      "3. Requests the Monitoring Team to report on the implementation of these measures every "
      "six months.\n";
  const std::string north =
      "Resolution on the sanctions against the northern armed groups\n\n"
      "1. Decides that all States shall freeze without delay the funds and other financial assets "
      "of the individuals and entities on the Consolidated List;\n\n"
      "2. Decides to establish a committee for the northern list, which shall designate the "
      "leaders of the northern militias.\n";
  const std::string south =
      "Resolution on the sanctions against the southern armed groups\n\n"
      "1. Decides that all States shall freeze without delay the funds and other financial assets "
      "of the individuals and entities on the Consolidated List;\n\n"
      "2. Decides that the Ombudsperson shall receive the requests of individuals seeking removal "
      "from the southern list.\n";
  Corpus c = build(dir, "regime",
                   {{"joint-2020", "en", "2020-06-30", joint},
                    {"north-2021", "en", "2021-06-17", north},
                    {"south-2021", "en", "2021-06-17", south}});
  const std::size_t before = clause_with(c, "joint-2020", "freeze without delay");
  for (const char* doc : {"north-2021", "south-2021"}) {
    INFO(doc);
    const std::size_t copy = clause_with(c, doc, "freeze without delay");
    bool carried = false;
    for (const Thread* t : threads_of(c, copy)) {
      for (const auto& m : t->members) carried |= m.clause == before;
      for (const auto& m : t->members)
        if (m.clause == copy) CHECK(m.change == Change::Unchanged);
    }
    CHECK(carried);
  }
  // Each text's own new paragraph stays new: the other text's earlier
  // paragraphs are no versions of it.
  for (auto [doc, words] :
       {std::pair{"north-2021", "northern militias"}, std::pair{"south-2021", "Ombudsperson"}}) {
    INFO(doc);
    CHECK(shape(c, thread_of(c, clause_with(c, doc, words))) == V{std::string(doc) + ":first"});
  }
}

// Strands of a series (align/strands.h): an agenda item the test writes
// itself, interleaving two missions renewed in turn and a one-off decision.
// Each mission's paragraphs thread with its own renewals only, unchanged
// rather than "reappeared" at each renewal, and stay persistent when the
// other mission's renewal came last; a series of one text kind is left as
// it was (no strands).
#include "align/strands.h"

#include <catch2/catch.hpp>
#include <functional>
#include <string>
#include <vector>

#include "align/dictionary.h"
#include "align/features.h"
#include "report/tracker_json.h"
#include "support/test_support.h"
#include "support/two_missions.h"

using namespace ct;
using namespace ct::test;

namespace {

std::size_t in_doc(const Corpus& c, const Thread& t, const std::string& prefix) {
  std::size_t n = 0;
  for (const ThreadMember& m : t.members)
    n += c.documents[c.clauses[m.clause].doc].id.rfind(prefix, 0) == 0;
  return n;
}

// North renewed each March 2010-2014, alone in its series but for the
// `others` (id ending in its month, year, text).
struct Other {
  std::string id;
  int year;
  std::string text;
};
Corpus north_alone(const TempDir& dir, const std::vector<Other>& others = {}) {
  std::vector<std::pair<std::string, std::string>> files;
  std::vector<std::pair<std::string, int>> docs;
  for (int year = 2010; year <= 2014; ++year) {
    std::string n = "north-" + std::to_string(year) + "-3";
    files.emplace_back(n + ".en.txt", mission_renewal(kNorth, year));
    docs.emplace_back(n, year);
  }
  for (const Other& o : others) {
    files.emplace_back(o.id + ".en.txt", o.text);
    docs.emplace_back(o.id, o.year);
  }
  return corpus_from(dir, files, agenda_item_manifest(docs));
}

// North renewed each March 2010-2014 (`north(year)`, its usual renewal by
// default) and beside it, as one series, another text each year: id
// PREFIX-YEAR-MONTH with `month(year)`, text `text(year)`; and the `others`.
struct Beside {
  std::string prefix;
  std::function<std::string(int)> text;
  std::function<int(int)> month = [](int) { return 6; };
};
Corpus north_beside(
    const TempDir& dir, const Beside& other,
    const std::function<std::string(int)>& north =
        [](int year) { return mission_renewal(kNorth, year); },
    const std::vector<Other>& others = {}) {
  std::vector<std::pair<std::string, std::string>> files;
  std::vector<std::pair<std::string, int>> docs;
  for (int year = 2010; year <= 2014; ++year) {
    const std::string n = "north-" + std::to_string(year) + "-3",
                      o = other.prefix + "-" + std::to_string(year) + "-" +
                          std::to_string(other.month(year));
    files.emplace_back(n + ".en.txt", north(year));
    files.emplace_back(o + ".en.txt", other.text(year));
    docs.emplace_back(n, year);
    docs.emplace_back(o, year);
  }
  for (const Other& o : others) {
    files.emplace_back(o.id + ".en.txt", o.text);
    docs.emplace_back(o.id, o.year);
  }
  Corpus c = corpus_from(dir, files, agenda_item_manifest(docs));
  REQUIRE(c.series.size() == 1);
  return c;
}

// The thread holding clause `clause`, or null.
const Thread* thread_holding(const Corpus& c, std::size_t clause) {
  const Thread* t = nullptr;
  for (const Thread& x : c.threads)
    for (const ThreadMember& m : x.members)
      if (m.clause == clause) t = &x;
  return t;
}

// North renewed each March 2010-2014 and `regime(year)` each June, as one
// series; with `founding`, that text ("founding-2010-3") stands for both in
// 2010.
template <typename Regime>
Corpus north_and_regime(const TempDir& dir, Regime regime, const std::string& founding = "") {
  std::vector<std::pair<std::string, std::string>> files;
  std::vector<std::pair<std::string, int>> docs;
  if (!founding.empty()) {
    files.emplace_back("founding-2010-3.en.txt", founding);
    docs.emplace_back("founding-2010-3", 2010);
  }
  for (int year = founding.empty() ? 2010 : 2011; year <= 2014; ++year) {
    std::string n = "north-" + std::to_string(year) + "-3",
                s = "regime-" + std::to_string(year) + "-6";
    files.emplace_back(n + ".en.txt", mission_renewal(kNorth, year));
    files.emplace_back(s + ".en.txt", regime(year));
    docs.emplace_back(n, year);
    docs.emplace_back(s, year);
  }
  Corpus c = corpus_from(dir, files, agenda_item_manifest(docs));
  REQUIRE(c.series.size() == 1);
  return c;
}

// Checks that North's sessions are one strand and the others (but those
// whose first document's id starts with `skip`) another; their strands.
std::pair<int, int> north_and_other(const Corpus& c, const std::string& skip = "-") {
  int north = -2, other = -2;
  for (const Session& s : c.series.front().sessions) {
    const std::string& id = c.documents[s.documents.front()].id;
    INFO(id << " strand " << s.strand);
    if (id.rfind(skip, 0) == 0) continue;
    CHECK(s.strand >= 0);
    int& mine = id.rfind("north", 0) == 0 ? north : other;
    if (mine == -2) mine = s.strand;
    CHECK(s.strand == mine);
  }
  CHECK(north != other);
  return {north, other};
}

}  // namespace

TEST_CASE("align: two missions interleaved in one agenda item are two strands",
          "[align][strands]") {
  TempDir dir;
  // North renewed in March, South in June, 2010-2013; a one-off in 2011.
  Corpus c = two_missions(dir, {});
  REQUIRE(c.series.size() == 1);
  const Series& item = c.series.front();
  REQUIRE(item.sessions.size() == 9);
  int north = -2, south = -2;
  for (const Session& s : item.sessions) {
    const std::string& id = c.documents[s.documents.front()].id;
    INFO(id << " strand " << s.strand);
    if (id.rfind("north", 0) == 0) {
      CHECK(s.strand >= 0);
      if (north == -2) north = s.strand;
      CHECK(s.strand == north);
    } else if (id.rfind("south", 0) == 0) {
      CHECK(s.strand >= 0);
      if (south == -2) south = s.strand;
      CHECK(s.strand == south);
    } else {
      CHECK(s.strand == -1);  // a text like no other
    }
  }
  CHECK(north != south);
  // tracker.json says which strand each session is in (none for the one-off).
  const std::string json = report::tracker_json_text(c);
  CHECK(count_of(json, "\"strand\": " + std::to_string(north)) == 4);
  CHECK(count_of(json, "\"strand\": " + std::to_string(south)) == 4);
  CHECK(count_of(json, "\"strand\"") == 8);

  // The look-alike paragraph of each mission: one thread per mission, each
  // member after the first unchanged, the thread persistent although the
  // newest session is the other mission's (or North's, for South).
  for (const std::string& who : {std::string("north"), std::string("south")}) {
    std::size_t first =
        clause_with(c, who + "-2010-" + (who == "north" ? "3" : "6"), "zero tolerance");
    const Thread* t = thread_holding(c, first);
    REQUIRE(t);
    INFO(who);
    CHECK(t->members.size() == 4);
    CHECK(in_doc(c, *t, who) == 4);
    for (std::size_t k = 1; k < t->members.size(); ++k)
      CHECK(t->members[k].change == Change::Unchanged);
    CHECK(t->status == Status::Persistent);
  }
}

TEST_CASE("align: a series of one kind of text has no strands", "[align][strands]") {
  TempDir dir;
  Corpus c = north_alone(dir);
  REQUIRE(c.series.size() == 1);
  for (const Session& s : c.series.front().sessions) CHECK(s.strand == -1);
}

TEST_CASE("align: two texts adopted the same day do not tie their strands", "[align][strands]") {
  TempDir dir;
  // North in March, South in June, except 2012 when both were renewed at
  // one meeting in March: one session of two texts. Compared as one text it
  // is like both missions and makes them one strand.
  Corpus c = north_beside(dir, {"south", [](int year) { return mission_renewal(kSouth, year); },
                                [](int year) { return year == 2012 ? 3 : 6; }});
  const Series& item = c.series.front();
  REQUIRE(item.sessions.size() == 9);
  int north = -2, south = -2;
  for (const Session& s : item.sessions) {
    const std::string& id = c.documents[s.documents.front()].id;
    INFO(id << " strand " << s.strand << ", documents " << s.documents.size());
    if (s.documents.size() == 2) {
      CHECK(s.strand == -1);  // in both strands: in none
    } else if (id.rfind("north", 0) == 0) {
      CHECK(s.strand >= 0);
      if (north == -2) north = s.strand;
      CHECK(s.strand == north);
    } else {
      CHECK(s.strand >= 0);
      if (south == -2) south = s.strand;
      CHECK(s.strand == south);
    }
  }
  CHECK(north != south);
  // Each mission's look-alike paragraph is still one thread of its five
  // renewals, the shared session's included.
  for (const std::string& who : {std::string("north"), std::string("south")}) {
    std::size_t first =
        clause_with(c, who + "-2010-" + (who == "north" ? "3" : "6"), "zero tolerance");
    const Thread* t = thread_holding(c, first);
    REQUIRE(t);
    std::string ids;
    for (const ThreadMember& m : t->members) ids += c.clauses[m.clause].id + " ";
    INFO(who << ": " << ids);
    CHECK(t->members.size() == 5);
    CHECK(in_doc(c, *t, who) == 5);
  }
}

TEST_CASE("align: a text that repeats another's language but follows its own is its own strand",
          "[align][strands]") {
  TempDir dir;
  // North renewed in March; in June a sanctions regime whose resolutions
  // repeat North's recitals and tasks beside their own measures: from its
  // second year each is like North's renewal adopted just before it (a
  // cosine of 0.6 or more), and far more like its own previous resolution.
  auto regime = [](int year) {
    const std::string y = std::to_string(year);
    return "Resolution on the Kerem plateau\n\nThe Security Council,\n\n"
           "Recalling its resolutions on the Kerem plateau and the mandate of the "
           "Northern Observer Force,\n\n"
           "Having considered the report of the Secretary-General on the Northern Observer "
           "Force in the Kerem plateau of " +
           y +
           ",\n\n"
           "1. Decides to renew until 30 June " +
           std::to_string(year + 1) +
           " the measures on arms imposed by its resolutions on the plateau militias;\n\n"
           "2. Decides that all Member States shall prevent the direct or indirect supply, "
           "sale or transfer of arms and related materiel to the plateau militias;\n\n"
           "3. Decides that all Member States shall freeze the funds and economic resources of "
           "the individuals designated by the Committee;\n\n"
           "4. Requests the Panel of Experts to report to the Committee on the implementation "
           "of the travel ban and the assets freeze;\n\n"
           "5. Requests the Northern Observer Force to observe the disengagement of forces "
           "along the ridge line and to report violations of the ceasefire agreement to the "
           "parties;\n\n" +
           // From its second year on it also repeats two more of North's paragraphs.
           (year > 2010
                ? "6. Further requests the NOF to patrol the area of separation with mounted "
                  "observers and to maintain the checkpoints on the plateau roads;\n\n"
                  "6 bis. Welcomes the efforts being undertaken by the NOF to implement the "
                  "Secretary-General's zero tolerance policy on sexual exploitation and abuse "
                  "and to ensure full compliance of its personnel;\n\n"
                : "") +
           "7. Decides to remain seized of the matter.\n";
  };
  north_and_other(north_and_regime(dir, regime));
}

TEST_CASE("align: a text two recurring texts descend from joins one of them only",
          "[align][strands]") {
  TempDir dir;
  // In 2010 one resolution both renewed North's mandate and imposed an arms
  // embargo; from 2011 North is renewed in March and the embargo in June,
  // each most like the founding text at first. Through it, both lines would
  // be one strand.
  const std::string embargo =
      "Decides that all Member States shall prevent the direct or indirect supply, sale or "
      "transfer of arms and related materiel to the plateau militias;\n\n"
      "6 bis. Decides that all Member States shall freeze the funds and economic resources of "
      "the individuals designated by the Committee for supplying the plateau militias;\n\n"
      "6 ter. Requests the Panel of Experts to report to the Committee on the implementation of "
      "the travel ban, the assets freeze and the arms embargo on the plateau militias";
  // The embargo's first renewal may also carry North's tasks over from the
  // founding text: then it is alike to North's renewal adopted just before
  // it too, a text born of the same one.
  bool first_carries_tasks = false;
  SECTION("the embargo's first renewal is its own text") {}
  SECTION("the embargo's first renewal also carries North's tasks") {
    first_carries_tasks = true;
  }
  auto regime = [&](int year) {
    const std::string tasks =
        first_carries_tasks && year == 2011
            ? "3 bis. Requests the NOF " + kNorth.task1 + ";\n\n3 ter. Further requests the NOF " +
                  kNorth.task2 + ";\n\n3 quater. Also requests the NOF " + kNorth.task3 +
                  ";\n\n3 quinquies. Welcomes the efforts being undertaken by the NOF to "
                  "implement the Secretary-General's zero tolerance policy on sexual exploitation "
                  "and abuse and to ensure full compliance of its personnel;\n\n"
            : "";
    return "Resolution on the Kerem plateau\n\nThe Security Council,\n\n"
           "Recalling its resolutions on the Kerem plateau and the arms embargo on the plateau "
           "militias,\n\n"
           "1. Decides to renew until 30 June " +
           std::to_string(year + 1) + " the measures it imposed;\n\n2. " + embargo + ";\n\n" +
           tasks + "3. Decides to remain seized of the matter.\n";
  };
  Corpus c = north_and_regime(dir, regime, mission_renewal(kNorth, 2010, embargo));
  if (first_carries_tasks) {
    // The two first renewals are alike (a cosine of 0.60 where the
    // embargo's to the founding text is 0.78): with texts alike from 0.55
    // and the session before joined at 0.7 of the best match, they would tie
    // the lines but for being born of one text.
    align::StrandParams p;
    p.cosine = 0.55;
    p.before_share = 0.7;
    align::assign_strands(
        c, align::build_features(c, rules(), align::load_translations(rules()), 1), 1, p);
  }
  const auto [north, other] = north_and_other(c, "founding");
  int founding = -2;
  for (const Session& s : c.series.front().sessions)
    if (c.documents[s.documents.front()].id.rfind("founding", 0) == 0) founding = s.strand;
  CHECK((founding == north || founding == other));  // in one of them
}

TEST_CASE("align: a regime's short renewals held by a mission's text keep to their own strand",
          "[align][strands]") {
  TempDir dir;
  // North renewed in March; in June a short renewal of an embargo that
  // opens with North's recital and closes as North does: North's long text
  // holds most of it, but it is far more like its own last renewal.
  auto regime = [](int) {
    return "Resolution on the Kerem plateau\n\nThe Security Council,\n\n"
           "Recalling its resolutions on the Kerem plateau and the mandate of the Northern "
           "Observer Force,\n\n"
           "1. Decides to renew the embargo on the militias;\n\n"
           "2. Decides to remain seized of the matter.\n";
  };
  north_and_other(north_and_regime(dir, regime));
}

TEST_CASE("align: a technical rollover is a short text a paragraph is not absent from",
          "[align][strands]") {
  TempDir dir;
  // North renewed each March, 2010-2014, and in September 2012 rolled over
  // for three months by a text of two paragraphs. Its look-alike paragraph
  // is not in the rollover: it is neither absent there nor "reappeared" at
  // the next renewal.
  Corpus c = north_alone(
      dir, {{"rollover-2012-9", 2012,
             "Resolution on the Kerem plateau\n\nThe Security Council,\n\n"
             "1. Decides to extend the mandate of the Northern Observer Force (NOF) until "
             "31 December 2012;\n\n2. Decides to remain seized of the matter.\n"}});
  REQUIRE(c.series.size() == 1);
  for (const Session& s : c.series.front().sessions) {
    const std::string& id = c.documents[s.documents.front()].id;
    INFO(id);
    CHECK(s.partial == (id.rfind("rollover", 0) == 0));
  }
  const std::size_t first = clause_with(c, "north-2010-3", "zero tolerance");
  const Thread* t = thread_holding(c, first);
  REQUIRE(t);
  CHECK(t->members.size() == 5);
  for (std::size_t k = 1; k < t->members.size(); ++k)
    CHECK(t->members[k].change == Change::Unchanged);
  CHECK(t->status == Status::Persistent);
  // tracker.json says which session is a short text.
  CHECK(count_of(report::tracker_json_text(c), "\"partial\": true") == 1);
}

namespace {

// The strands of the documents whose ids start with each prefix: checks each
// prefix's documents are in one strand, and returns them.
std::vector<int> doc_strands(const Corpus& c, const std::vector<std::string>& prefixes) {
  std::vector<int> strand(prefixes.size(), -2);
  for (const Document& d : c.documents)
    for (std::size_t k = 0; k < prefixes.size(); ++k)
      if (d.id.rfind(prefixes[k], 0) == 0) {
        INFO(d.id << " strand " << d.strand);
        CHECK(d.strand >= 0);
        if (strand[k] == -2) strand[k] = d.strand;
        CHECK(d.strand == strand[k]);
      }
  return strand;
}

// The embargo's short renewal (strands_test's regime texts): North's
// recital, its measures, North's closing paragraph.
std::string short_embargo(int) {
  return "Resolution on the Kerem plateau\n\nThe Security Council,\n\n"
         "Recalling its resolutions on the Kerem plateau and the mandate of the Northern "
         "Observer Force,\n\n"
         "1. Decides to renew the embargo on the militias;\n\n"
         "2. Decides to remain seized of the matter.\n";
}

}  // namespace

TEST_CASE(
    "align: a short text adopted the same day as another text is not tied to it for "
    "its set phrases",
    "[align][strands]") {
  TempDir dir;
  // North renewed each March, the embargo's short renewal each June but in
  // 2012, adopted with North's renewal: one session of two texts. North's
  // long text holds most of the short one (its recital and closing), which
  // is the same text as its own regime's renewals.
  Corpus c =
      north_beside(dir, {"regime", short_embargo, [](int year) { return year == 2012 ? 3 : 6; }});
  REQUIRE(c.series.front().sessions.size() == 9);
  const std::vector<int> strand = doc_strands(c, {"north", "regime"});
  CHECK(strand[0] != strand[1]);
}

TEST_CASE("align: a text two recurring texts merge into continues both", "[align][strands]") {
  TempDir dir;
  // North renewed each March and South each June, 2010-2012; in March 2013
  // one resolution extends South's mandate to the plateau and gives South
  // North's tasks, then is renewed each March. It is most like South's last
  // renewal, nearly as like North's: North's paragraphs continue in it.
  const std::string merged =
      "Resolution on the coastal districts and the Kerem plateau\n\nThe Security Council,\n\n"
      "Recalling its resolutions on the coastal districts and the mandate of the Southern "
      "Interim Force, and its resolutions on the Kerem plateau and the mandate of the Northern "
      "Observer Force,\n\n"
      "Having considered the report of the Secretary-General on the Northern Observer Force in "
      "the Kerem plateau of 2013,\n\n"
      "1. Decides to extend the mandate of the Southern Interim Force (SIF) for twelve months, "
      "until 30 June 2014, and to extend it to the Kerem plateau;\n\n"
      "2. Requests the SIF " +
      kSouth.task1 + ";\n\n3. Further requests the SIF " + kSouth.task2 +
      ";\n\n3 bis. Also requests the SIF " + kSouth.task3 +
      ";\n\n4. Requests the SIF on the Kerem plateau " + kNorth.task1 +
      ";\n\n5. Further requests the SIF " + kNorth.task2 + ";\n\n6. Also requests the SIF " +
      kNorth.task3 +
      ";\n\n7. Welcomes the efforts being undertaken by the SIF to implement the "
      "Secretary-General's zero tolerance policy on sexual exploitation and abuse and to ensure "
      "full compliance of its personnel;\n\n8. Decides to remain seized of the matter.\n";
  std::vector<std::pair<std::string, std::string>> files;
  std::vector<std::pair<std::string, int>> docs;
  for (int year = 2010; year <= 2012; ++year) {
    std::string n = "north-" + std::to_string(year) + "-3",
                s = "south-" + std::to_string(year) + "-6";
    files.emplace_back(n + ".en.txt", mission_renewal(kNorth, year));
    files.emplace_back(s + ".en.txt", mission_renewal(kSouth, year));
    docs.emplace_back(n, year);
    docs.emplace_back(s, year);
  }
  for (int year = 2013; year <= 2015; ++year) {
    std::string m = "merged-" + std::to_string(year) + "-3";
    files.emplace_back(m + ".en.txt", merged);
    docs.emplace_back(m, year);
  }
  Corpus c = corpus_from(dir, files, agenda_item_manifest(docs));
  REQUIRE(c.series.size() == 1);
  // North's first task, given to South in 2013: one thread from 2010 to 2015.
  const Thread* t = thread_holding(c, clause_with(c, "north-2010-3", "ridge line"));
  REQUIRE(t);
  std::string ids;
  for (const ThreadMember& m : t->members) ids += c.clauses[m.clause].id + " ";
  INFO(ids);
  CHECK(in_doc(c, *t, "north") == 3);
  CHECK(in_doc(c, *t, "merged") == 3);
}

TEST_CASE("align: a regime's rollovers held by a mission's text join their own regime only",
          "[align][strands]") {
  TempDir dir;
  // North renewed each March 2010-2014; an embargo imposed in June 2010 and
  // renewed in June 2012 and 2014 by long texts, in between by short
  // rollovers alike to each other. Its own long text holds most of one
  // rollover; North's long text holds more of another, which repeats North's
  // recitals on the ceasefire than the embargo's texts do: the rollovers keep
  // to the embargo.
  // The embargo's texts open with North's recital (short_embargo).
  auto regime = [](int year) {
    return "Resolution on the Kerem plateau\n\nThe Security Council,\n\n"
           "Recalling its resolutions on the Kerem plateau and the mandate of the Northern "
           "Observer Force,\n\n"
           "1. Decides to renew the embargo on the militias until 30 June " +
           std::to_string(year + 2) +
           ";\n\n"
           "2. Decides that all Member States shall prevent the direct or indirect supply, sale "
           "or transfer of arms and related materiel to the plateau militias;\n\n"
           "3. Decides that all Member States shall freeze the funds and economic resources of "
           "the individuals designated by the Committee;\n\n"
           "4. Requests the Panel of Experts to report to the Committee on the implementation "
           "of the travel ban and the assets freeze;\n\n"
           "5. Decides to remain seized of the matter.\n";
  };
  const std::string ceasefire =
      "Condemning the violations of the ceasefire agreement along the ridge line and the "
      "checkpoints on the plateau roads,\n\n";
  const std::string rollover = short_embargo(0);
  const std::string rollover_ceasefire = rollover.substr(0, rollover.find("1. Decides")) +
                                         ceasefire + rollover.substr(rollover.find("1. Decides"));
  const std::string rollover_panel =
      rollover.substr(0, rollover.find("2. Decides")) +
      "2. Requests the Panel of Experts to report to the Committee;\n\n" +
      rollover.substr(rollover.find("2. Decides"));
  std::vector<std::pair<std::string, std::string>> files;
  std::vector<std::pair<std::string, int>> docs;
  auto add = [&](const std::string& id, int year, const std::string& text) {
    files.emplace_back(id + ".en.txt", text);
    docs.emplace_back(id, year);
  };
  for (int year = 2010; year <= 2014; ++year) {
    add("north-" + std::to_string(year) + "-3", year, mission_renewal(kNorth, year));
    if (year % 2 == 0) add("regime-" + std::to_string(year) + "-6", year, regime(year));
  }
  add("rollover-2011-6", 2011, rollover);
  add("rollover-2012-9", 2012, rollover_panel);
  add("rollover-2013-6", 2013, rollover_ceasefire);
  Corpus c = corpus_from(dir, files, agenda_item_manifest(docs));
  REQUIRE(c.series.size() == 1);
  const std::vector<int> strand = doc_strands(c, {"north", "regime", "rollover"});
  CHECK(strand[0] != strand[1]);
  CHECK(strand[1] == strand[2]);
}

TEST_CASE("align: a text of average length held by a much longer renewal is no rollover of it",
          "[align][strands]") {
  TempDir dir;
  // North renewed each March and South each June, 2010-2014; North's last
  // renewal restates what a one-off text of September 2012 on maritime
  // cooperation said (it holds 0.97 of it). That text holds nothing of
  // North's own paragraphs and is nearly as long as a renewal: not a
  // technical rollover of North, so North's paragraphs are not absent from
  // it (before: in North's strand, and North's paragraph "reappeared" in
  // 2013).
  const std::string maritime =
      "Calls upon the coastal States of the Kerem gulf to share information on piracy and armed "
      "robbery at sea through the regional maritime coordination centre; Encourages the "
      "harbour authorities of Velka and Oster to conduct joint patrols of the shipping lanes "
      "and to prosecute the suspects they detain; Requests the coordination centre to train "
      "the coastguards of the gulf";
  std::string text =
      "Resolution on maritime cooperation in the Kerem gulf\n\nThe Security Council,\n\n";
  int k = 0;
  for (std::size_t at = 0; at < maritime.size();) {
    std::size_t end = std::min(maritime.find("; ", at), maritime.size());
    text += std::to_string(++k) + ". " + maritime.substr(at, end - at) + ";\n\n";
    at = end + 2;
  }
  Corpus c = north_beside(
      dir, {"south", [](int year) { return mission_renewal(kSouth, year); }},
      [&](int year) { return mission_renewal(kNorth, year, year == 2014 ? maritime : ""); },
      {{"maritime-2012-9", 2012, text}});
  const std::vector<int> strand = doc_strands(c, {"north", "south"});
  CHECK(strand[0] != strand[1]);
  for (const Document& d : c.documents)
    if (d.id.rfind("maritime", 0) == 0) CHECK(d.strand != strand[0]);
  const Thread* t = thread_holding(c, clause_with(c, "north-2010-3", "zero tolerance"));
  REQUIRE(t);
  CHECK(in_doc(c, *t, "north") == 5);
  for (const ThreadMember& m : t->members) {
    INFO(c.clauses[m.clause].id);
    CHECK(m.change != Change::Reappeared);
  }
}

// Strands of a series (align/strands.h): an agenda item the test writes
// itself, interleaving two missions renewed in turn and a one-off decision.
// Each mission's paragraphs thread with its own renewals only, unchanged
// rather than "reappeared" at each renewal, and stay persistent when the
// other mission's renewal came last; a series of one text kind is left as
// it was (no strands).
#include <catch2/catch.hpp>
#include <string>
#include <vector>

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
    const Thread* t = nullptr;
    for (const Thread& x : c.threads)
      for (const ThreadMember& m : x.members)
        if (m.clause == first) t = &x;
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
  std::vector<std::pair<std::string, std::string>> files;
  std::vector<std::pair<std::string, int>> docs;
  for (int year = 2010; year <= 2014; ++year) {
    std::string n = "north-" + std::to_string(year) + "-3";
    files.emplace_back(n + ".en.txt", mission_renewal(kNorth, year));
    docs.emplace_back(n, year);
  }
  Corpus c = corpus_from(dir, files, agenda_item_manifest(docs));
  REQUIRE(c.series.size() == 1);
  for (const Session& s : c.series.front().sessions) CHECK(s.strand == -1);
}

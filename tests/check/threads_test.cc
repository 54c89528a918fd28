// thread.dropped in an agenda item of two strands (check/check_threads.cc):
// North's renewals in March and South's in June, written by the test. A
// demand North made every year and its newest renewal leaves out is
// reported, although South's renewals in between never held it; when the
// newest text is South's, North's demand is not reported as dropped.
#include <catch2/catch.hpp>

#include "check/written_corpus.h"
#include "support/two_missions.h"

using namespace ct;
using namespace ct::test;

namespace {

const std::string kDemand =
    "Demands that all parties cease at once the shelling of the villages along the ridge line "
    "and allow the return of their inhabitants;";

// North 2010..north_last with the demand until 2012, South 2010..south_last.
std::vector<Finding> dropped_in(int north_last, int south_last) {
  std::vector<std::pair<std::string, std::string>> files;
  std::vector<std::pair<std::string, int>> docs;
  for (int year = 2010; year <= std::max(north_last, south_last); ++year) {
    if (year <= north_last) {
      const std::string n = "north-" + std::to_string(year) + "-3";
      files.emplace_back(n + ".en.txt", mission_renewal(kNorth, year, year <= 2012 ? kDemand : ""));
      docs.emplace_back(n, year);
    }
    if (year <= south_last) {
      const std::string s = "south-" + std::to_string(year) + "-6";
      files.emplace_back(s + ".en.txt", mission_renewal(kSouth, year));
      docs.emplace_back(s, year);
    }
  }
  TempDir dir;
  Corpus c = corpus_from(dir, files, agenda_item_manifest(docs));
  REQUIRE(c.series.size() == 1);
  CHECK(c.series.front().sessions.back().strand >= 0);  // two strands found
  return of_rule(check::run_checks(c, rules()), "thread.dropped");
}

}  // namespace

TEST_CASE("thread.dropped: a demand dropped from the newest renewal of its own text",
          "[check][threads]") {
  // N10 S10 N11 S11 N12 S12 N13: North 2013 leaves the demand out.
  auto hits = dropped_in(2013, 2012);
  INFO(listing(hits));
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].where.file.find("north-2013-3") != std::string::npos);
  CHECK(hits[0].message.find("shelling of the villages") != std::string::npos);
  CHECK(hits[0].message.find("3 sessions of its text") != std::string::npos);
}

TEST_CASE("thread.dropped: another text of the agenda item is not the demand's newest",
          "[check][threads]") {
  // N10 S10 N11 S11 N12 S12 N13 S13: the newest is South's, which never held
  // North's demand; North 2013 already left it out, but is not the newest.
  auto hits = dropped_in(2013, 2013);
  INFO(listing(hits));
  CHECK(hits.empty());
}

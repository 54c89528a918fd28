// The timeline's counts per session of an agenda item of two strands
// (align/strands.h): a mission's paragraphs come back or are dropped among
// its own renewals only, never at the other mission's, as align/finalize
// and graph/lifecycle count them; each session shows its strand's letter.
#include <catch2/catch.hpp>
#include <map>
#include <regex>
#include <string>

#include "report/html_report.h"
#include "support/test_support.h"
#include "support/two_missions.h"

using namespace ct;
using namespace ct::test;

namespace {

struct Counts {
  int back = 0, dropped = 0;
  bool lettered = false;
};

// Per document id, the counts its session of the timeline shows.
std::map<std::string, Counts> timeline_counts(const Corpus& c, const std::string& html) {
  const std::size_t from = html.find("<section id=\"timeline\"");
  const std::size_t to = html.find("<section id=\"lifecycle\"");
  REQUIRE(from != std::string::npos);
  REQUIRE(to != std::string::npos);
  const std::string timeline = html.substr(from, to - from);
  std::map<std::string, Counts> out;
  const std::string open = "<li class=\"tl-session\">";
  for (std::size_t at = timeline.find(open); at != std::string::npos;) {
    const std::size_t next = timeline.find(open, at + 1);
    const std::string session = timeline.substr(at, next == std::string::npos ? next : next - at);
    Counts k;
    std::smatch m;
    if (std::regex_search(session, m, std::regex("</span> (\\d+) back</span>")))
      k.back = std::stoi(m[1]);
    if (std::regex_search(session, m, std::regex("</span> (\\d+) dropped</span>")))
      k.dropped = std::stoi(m[1]);
    k.lettered = session.find("class=\"strand\"") != std::string::npos;
    for (const Document& d : c.documents)
      if (session.find("id=\"doc-" + d.id + "\"") != std::string::npos) out[d.id] = k;
    at = next;
  }
  return out;
}

}  // namespace

TEST_CASE("timeline: back and dropped follow strands", "[report][timeline][strands]") {
  // North renewed in March, South in June, 2010-2013, a one-off decision in
  // 2011; North's renewals of 2010 and 2011 alone call for a census.
  TempDir dir;
  Corpus c = two_missions(dir, census_in_early_north());
  REQUIRE(c.series.size() == 1);
  const std::string html = report::html_report(c);
  const std::map<std::string, Counts> counts = timeline_counts(c, html);
  REQUIRE(counts.size() == 9);
  for (const auto& [doc, k] : counts) {
    INFO(doc << ": " << k.back << " back, " << k.dropped << " dropped");
    // Nothing comes back: each mission's paragraphs are in each of its
    // renewals (before strands reached the timeline, all of North's came
    // "back" at each North renewal, having been "dropped" at South's).
    CHECK(k.back == 0);
    // Dropped in North's 2012 renewal only: the census, and the one-off's
    // two paragraphs (a text of no strand is measured against every
    // session of the item, and North 2012 came next).
    CHECK(k.dropped == (doc == "north-2012-3" ? 3 : 0));
    CHECK(k.lettered == (doc.rfind("oneoff", 0) != 0));
  }
  CHECK(html.find("Sessions marked A and B are the recurring texts of this agenda item") !=
        std::string::npos);
}

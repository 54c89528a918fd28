// The lifecycle matrix of a long series: the newest sessions only, threads
// that ended before them left out of it (and counted), the others' cells
// told absent or not yet from their whole history; of an agenda item of two
// strands (align/strands.h), the other strand's sessions told "other text".
#include <catch2/catch.hpp>

#include "report/html_report.h"
#include "support/model_builder.h"
#include "support/test_support.h"
#include "support/two_missions.h"

using namespace ct;
using namespace ct::test;

namespace {

// The <section id="lifecycle"> of the page.
std::string lifecycle(const std::string& html) {
  std::size_t from = html.find("<section id=\"lifecycle\"");
  std::size_t to = html.find("<section id=\"threads\"");
  REQUIRE(from != std::string::npos);
  REQUIRE(to != std::string::npos);
  return html.substr(from, to - from);
}

}  // namespace

TEST_CASE("a series of 40 sessions shows its newest 30 in the matrix", "[report][matrix]") {
  ModelBuilder b;
  b.series("s", "BODY");
  std::vector<std::pair<std::string, Change>> every, early, late;
  for (int y = 0; y < 40; ++y) {
    std::string doc = "d" + std::to_string(2000 + y);
    b.document(doc, "s", std::to_string(2000 + y) + "-06-01");
    b.clause(doc, "1", "Decides to renew the mandate.");
    every.push_back({doc + "/1", y == 0 ? Change::First : Change::Unchanged});
    if (y < 5) {
      b.clause(doc, "2", "Welcomes the old agreement.");
      early.push_back({doc + "/2", y == 0 ? Change::First : Change::Unchanged});
    }
    if (y == 2 || y == 35) {
      b.clause(doc, "3", "Notes the census.");
      late.push_back({doc + "/3", y == 2 ? Change::First : Change::Reappeared});
    }
  }
  b.thread("t1", every, "renew").thread("t2", early, "old agreement").thread("t3", late, "census");
  Corpus c = b.build();
  std::string m = lifecycle(report::html_report(c));
  INFO(m.substr(0, 3000));
  CHECK(count_of(m, "class=\"m-col\"") == 30);
  CHECK(m.find("m-col\">2010-06-01 ") != std::string::npos);
  CHECK(m.find("m-col\">2009-06-01 ") == std::string::npos);
  CHECK(m.find("The newest 30 of 40 sessions; 1 thread that ended before them") !=
        std::string::npos);
  CHECK(m.find("data-row=\"t1\"") != std::string::npos);
  CHECK(m.find("data-row=\"t2\"") == std::string::npos);
  // t3 appeared before the window: its empty cells in it are "absent", not "not yet".
  std::size_t row = m.find("data-row=\"t3\"");
  REQUIRE(row != std::string::npos);
  std::string t3 = m.substr(row, m.find("</tr>", row) - row);
  CHECK(count_of(t3, "c-absent") == 29);
  CHECK(count_of(t3, "<td class=\"cell") == 30);
  // One text throughout: no strand letters, no "other text" in the legend.
  CHECK(m.find("c-other") == std::string::npos);
  CHECK(m.find("class=\"strand\"") == std::string::npos);
}

TEST_CASE("the matrix draws another strand's sessions as other text, not absent",
          "[report][matrix][strands]") {
  // North renewed in March, South in June, 2010-2013, a one-off decision in
  // 2011; North's renewals of 2010 and 2011 alone call for a census.
  TempDir dir;
  Corpus c = two_missions(dir, census_in_early_north());
  REQUIRE(c.series.size() == 1);
  REQUIRE(c.series.front().sessions.size() == 9);
  std::string m = lifecycle(report::html_report(c));
  INFO(m.substr(0, 4000));

  // Column heads: North's four sessions are text A (the earliest), South's
  // B, the one-off none; the note and the legend say what the letters and
  // the quiet cells are.
  CHECK(count_of(m, "<span class=\"strand\" title=\"Text A of this agenda item\">") == 4);
  CHECK(count_of(m, "<span class=\"strand\" title=\"Text B of this agenda item\">") == 4);
  CHECK(m.find("interleaves two recurring texts, A and B") != std::string::npos);
  CHECK(m.find("A column without a letter is a text like no other.") != std::string::npos);
  CHECK(m.find("<li class=\"c-other\">") != std::string::npos);

  auto row_of = [&](const std::string& doc, const std::string& words) {
    const std::size_t clause = clause_with(c, doc, words);
    for (const Thread& t : c.threads)
      if (t.members.front().clause == clause) {
        std::size_t at = m.find("data-row=\"" + t.id + "\"");
        REQUIRE(at != std::string::npos);
        return m.substr(at, m.find("</tr>", at) - at);
      }
    FAIL("no thread opens at " << doc << ": " << words);
    return std::string();
  };
  // A paragraph in every renewal of its mission: its cells in the other
  // mission's renewals and in the one-off are "other text", none absent
  // (on main, before strands reached the report: 5 absent).
  for (const auto& [doc, words] : {std::pair<std::string, std::string>{"north-2010-3", "zero"},
                                   {"south-2010-6", "zero"},
                                   {"north-2010-3", "Kerem plateau and the mandate"}}) {
    INFO(doc << ": " << words);
    const std::string row = row_of(doc, words);
    CHECK(count_of(row, "<td class=\"cell") == 9);
    CHECK(count_of(row, "c-other") == 5);
    CHECK(count_of(row, "c-absent") == 0);
    CHECK(count_of(row, "c-notyet") == 0);
  }
  // A South cell says, to the eye and to a screen reader, it is another
  // text (the column head says which); the one-off's has no letter.
  const std::string north = row_of("north-2010-3", "zero");
  CHECK(count_of(north,
                 "<td class=\"cell c-other\" title=\"other text (B)\"><span class=\"sym\" "
                 "aria-hidden=\"true\">\u25E6</span><span class=\"sr-only\">other "
                 "text</span></td>") == 4);
  CHECK(count_of(north, "<td class=\"cell c-other\" title=\"other text\">") == 1);
  // The census, in North's 2010 and 2011 renewals only: absent from North's
  // two later ones, and only from them.
  const std::string census = row_of("north-2010-3", "census");
  CHECK(count_of(census, "c-absent") == 2);
  CHECK(count_of(census, "c-other") == 5);
  // The one-off is measured against the whole agenda item: not yet before
  // it, absent after it.
  const std::string once = row_of("oneoff-2011-9", "prosecutor");
  CHECK(count_of(once, "c-notyet") == 4);
  CHECK(count_of(once, "c-absent") == 4);
  CHECK(count_of(once, "c-other") == 0);
}

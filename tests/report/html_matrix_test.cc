// The lifecycle matrix of a long series: the newest sessions only, threads
// that ended before them left out of it (and counted), the others' cells
// told absent or not yet from their whole history.
#include <catch2/catch.hpp>

#include "report/html_report.h"
#include "support/model_builder.h"
#include "support/test_support.h"

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
}

// Thread cards of a clause many threads merged into: the other threads are
// named up to a limit and the rest counted, so the page grows with the
// merges and not with their square.
#include <catch2/catch.hpp>

#include "report/html_report.h"
#include "support/model_builder.h"
#include "support/test_support.h"

using namespace ct;
using namespace ct::test;

TEST_CASE("a clause in twelve threads names eight others and counts the rest", "[report]") {
  ModelBuilder b;
  b.series("s", "BODY");
  b.document("d1", "s", "2020-01-10");
  for (int i = 1; i <= 12; ++i)
    b.clause("d1", std::to_string(i), "Demand number " + std::to_string(i) + ".");
  b.document("d2", "s", "2021-01-10");
  b.clause("d2", "1", "All twelve demands in one sentence.");
  for (int i = 1; i <= 12; ++i)
    b.thread("t" + std::to_string(100 + i),
             {{"d1/" + std::to_string(i), Change::First}, {"d2/1", Change::Merged}});
  std::string html = report::html_report(b.build());
  // Each of the twelve cards of d2/1 names 8 of the 11 other threads.
  CHECK(count_of(html, ">also in <a") == 12 * 8);
  CHECK(count_of(html, "and in 3 more threads") == 12);
}

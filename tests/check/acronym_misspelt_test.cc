// term.acronym-misspelt: an acronym the document defines, written with two
// letters swapped later on, is reported once on the slip; another first
// letter (a different name) is not.
#include <catch2/catch.hpp>

#include "check/written_corpus.h"

using namespace ct;
using namespace ct::test;

TEST_CASE("an acronym misspelt after its definition", "[check][term]") {
  auto files = with_newest(clean_series(), "in the territory;",
                           "in the territory, monitored by the Joint Verification Mechanism "
                           "(JVBM), and urged support to the JBVM and to the AVBM;");
  auto all = findings_of(files);
  INFO(listing(all));
  auto hits = of_rule(all, "term.acronym-misspelt");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].message.find("'JBVM'") != std::string::npos);
  CHECK(hits[0].where.line == line_of(files.back().second, "JBVM"));
}

// Document dates filled in from the texts (pipeline/metadata.cc): a date line
// that is a placeholder ("1 January 0001"), in the text or in the manifest,
// leaves the document the year of its own symbol, never a date it cites.
#include <algorithm>
#include <catch2/catch.hpp>

#include "pipeline/pipeline.h"
#include "support/test_support.h"

using namespace ct;
using namespace ct::test;

namespace {

// A resolution of a council, adopted on `adopted`, citing a 1978 decision.
std::string resolution(const std::string& number, const std::string& year,
                       const std::string& adopted) {
  return "S/RES/" + number + " (" + year + ")\n\nResolution " + number + " (" + year +
         ")\n\nAdopted by the Security Council on " + adopted +
         "\n\nThe Security Council,\n\nRecalling its decision of 19 March 1978 on the Lake "
         "Observer Force,\n\n1. Decides to extend the mandate of the Lake Observer Force for six "
         "months.\n";
}

const Document& document(const Corpus& c, const std::string& id) {
  auto i = c.document_index(id);
  REQUIRE(i);
  return c.documents[*i];
}

}  // namespace

TEST_CASE("a placeholder adoption date gives way to the year of the document's symbol",
          "[pipeline][metadata]") {
  TempDir dir;
  // A manifest that names the series and leaves the dates to detection.
  std::string manifest = "series:\n  - id: lake\n    title: Lake Observer Force\ndocuments:\n";
  for (const char* y : {"2010", "2011", "2012"})
    manifest +=
        std::string("  - id: lake-") + y + "\n    file: lake-" + y + ".txt\n    series: lake\n";
  Corpus c = corpus_from(dir,
                         {{"lake-2010.txt", resolution("1900", "2010", "14 June 2010")},
                          {"lake-2011.txt", resolution("1950", "2011", "1 January 0001")},
                          {"lake-2012.txt", resolution("2000", "2012", "13 June 2012")}},
                         manifest);
  const Document& d = document(c, "lake-2011");
  // Not 0001-01-01 (the placeholder), not 1978-03-19 (the decision it cites).
  CHECK(d.date == "2011");
  CHECK(std::count(d.detected.begin(), d.detected.end(), "date") == 1);
  CHECK(document(c, "lake-2010").date == "2010-06-14");
  // The series runs 2010, 2011, 2012.
  REQUIRE(c.series.size() == 1);
  std::vector<std::string> order;
  for (std::size_t i : c.series[0].documents) order.push_back(c.documents[i].id);
  CHECK(order == std::vector<std::string>{"lake-2010", "lake-2011", "lake-2012"});
}

TEST_CASE("a manifest date outside full_date_years is detected again from the text",
          "[pipeline][metadata]") {
  TempDir dir;
  std::string manifest =
      "series:\n  - id: lake\n    title: Lake Observer Force\ndocuments:\n"
      "  - id: r1\n    file: r1.txt\n    series: lake\n    date: 0001-01-01\n"
      "  - id: r2\n    file: r2.txt\n    series: lake\n    date: 0001-01-01\n"
      "  - id: r3\n    file: r3.txt\n    series: lake\n    date: 2013-06-27\n";
  Corpus c = corpus_from(dir,
                         {{"r1.txt", resolution("2100", "2013", "1 January 0001")},
                          {"r2.txt", resolution("1990", "2011", "15 June 2011")},
                          {"r3.txt", resolution("2108", "2013", "27 June 2013")}},
                         manifest);
  CHECK(document(c, "r1").date == "2013");
  CHECK(document(c, "r2").date == "2011-06-15");
  CHECK(document(c, "r3").date == "2013-06-27");
  // A date the manifest gives in range is kept as given.
  const auto& kept = document(c, "r3").detected;
  CHECK(std::count(kept.begin(), kept.end(), "date") == 0);
}

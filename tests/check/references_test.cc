// ref.paragraph across documents, on texts the test writes: "paragraph N of
// resolution SYMBOL" where the corpus holds that resolution and it has no
// paragraph N; none when it has one, or when the corpus lacks the
// resolution.
#include <catch2/catch.hpp>

#include "check/written_corpus.h"

using namespace ct;
using namespace ct::test;

namespace {

std::vector<Finding> paragraph_findings(const std::string& reference) {
  const std::string first =
      "Resolution 2100 (2013)\n\n"
      "The Security Council,\n\n"
      "Recalling its previous resolutions on the situation,\n\n"
      "1. Decides to establish the mission for an initial period of twelve months;\n\n"
      "2. Requests the Secretary-General to report every three months;\n\n"
      "3. Decides to remain actively seized of the matter.\n";
  const std::string second =
      "Resolution 2164 (2014)\n\n"
      "The Security Council,\n\n"
      "Recalling its previous resolutions on the situation,\n\n"
      "1. Decides to extend the mandate of the mission until 30 June 2015;\n\n"
      "2. Recalls " +
      reference +
      " and requests the mission to continue its work;\n\n"
      "3. Decides to remain actively seized of the matter.\n";
  TempDir dir;
  Corpus c = corpus_from(
      dir, {{"r/2100.en.txt", first}, {"r/2164.en.txt", second}},
      "series:\n  - id: mission\ndocuments:\n"
      "  - {id: r-2100, file: r/2100.en.txt, series: mission, language: en, date: 2013-04-25}\n"
      "  - {id: r-2164, file: r/2164.en.txt, series: mission, language: en, date: 2014-06-25}\n");
  std::vector<Finding> out;
  for (Finding& f : check::run_checks(c, rules()))
    if (f.rule == "ref.paragraph") out.push_back(std::move(f));
  return out;
}

}  // namespace

TEST_CASE("a paragraph of another resolution that it does not have", "[check][ref]") {
  auto all = paragraph_findings("paragraph 9 of resolution 2100 (2013)");
  INFO(listing(all));
  REQUIRE(all.size() == 1);
  CHECK(all[0].where.file == "r/2164.en.txt");
  CHECK(all[0].where.line == 9);
  CHECK(all[0].message.find("r-2100") != std::string::npos);
  REQUIRE(all[0].related.size() == 1);
  CHECK(all[0].related[0].file == "r/2100.en.txt");
}

TEST_CASE("a paragraph the cited resolution has, or a resolution the corpus lacks",
          "[check][ref]") {
  auto has = paragraph_findings("paragraph 2 of its resolution 2100 (2013)");
  INFO(listing(has));
  CHECK(has.empty());
  auto elsewhere = paragraph_findings("paragraph 9 of resolution 1991 (2011)");
  INFO(listing(elsewhere));
  CHECK(elsewhere.empty());
}

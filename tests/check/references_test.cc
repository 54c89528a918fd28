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

TEST_CASE("paragraphs of this resolution: present, past the end, or numbering not read",
          "[check][ref]") {
  CHECK(paragraph_findings("paragraph 3 below").empty());
  // Paragraphs cited past the last one: one finding that says the text stops.
  auto past = paragraph_findings("paragraph 5 of this resolution and paragraph 7 below");
  INFO(listing(past));
  REQUIRE(past.size() == 1);
  CHECK(past[0].message.find("stops at paragraph 3") != std::string::npos);
  CHECK(past[0].related.size() == 1);
  // The operative part run into the last preambular paragraph: its numbers
  // were not read, so nothing can be said of the paragraphs it cites.
  TempDir dir;
  Corpus c = corpus_from(
      dir,
      {{"r/2200.en.txt",
        "Resolution 2200 (2015)\n\nThe Security Council,\n\n"
        "Recalling its previous resolutions on the situation: 1. Decides to extend the "
        "mandate of the mission until 30 June 2016;\n\n"
        "2. Requests the mission to implement paragraph 1 above and paragraph 4 below;\n\n"
        "3. Requests the Secretary-General to report every three months;\n\n"
        "4. Decides to remain actively seized of the matter.\n"}},
      "documents:\n  - {id: r-2200, file: r/2200.en.txt, language: en, date: 2015-06-25}\n");
  std::vector<Finding> run_in;
  for (Finding& f : check::run_checks(c, rules()))
    if (f.rule == "ref.paragraph") run_in.push_back(std::move(f));
  INFO(listing(run_in));
  CHECK(run_in.empty());
}

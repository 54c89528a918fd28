// Meetings recalled in lists, on texts the test writes: a date a few days off
// what the other documents' lists give (the corpus has no document of that
// meeting), a list out of chronological order, a document dated before a
// meeting it recalls; and none of them in the clean texts.
#include <catch2/catch.hpp>

#include "check/written_corpus.h"

using namespace ct;
using namespace ct::test;

namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

// Four communiqués of a group with a body, each recalling earlier meetings.
Files series(const std::string& newest_list, const std::string& recalled = "its meetings") {
  auto doc = [&recalled](const std::string& date, const std::string& list) {
    return "Communique of the Working Group\n\n"
           "The Working Group met in Geneva on " +
           date +
           ".\n\n"
           "Recalling " +
           recalled + " held on " + list +
           ";\n\n"
           "1. Demanded the immediate release of all detained journalists in the territory;\n\n"
           "2. Decided to meet again next year.\n";
  };
  const std::string list = "14 March 2019, 22 June 2020 and 10 May 2021";
  return {{"w/2022.en.txt", doc("3 October 2022", list)},
          {"w/2023.en.txt", doc("2 October 2023", list)},
          {"w/2024.en.txt", doc("7 October 2024", newest_list)}};
}

std::string manifest() {
  return "series:\n  - id: wg\n    title: Working Group\n    body: WG\n"
         "documents:\n"
         "  - {id: w-2022, file: w/2022.en.txt, series: wg, language: en, date: 2022-10-03}\n"
         "  - {id: w-2023, file: w/2023.en.txt, series: wg, language: en, date: 2023-10-02}\n"
         "  - {id: w-2024, file: w/2024.en.txt, series: wg, language: en, date: 2024-10-07}\n";
}

std::vector<Finding> meeting_findings(const Files& files) {
  TempDir dir;
  Corpus c = corpus_from(dir, files, manifest());
  std::vector<Finding> out;
  for (Finding& f : check::run_checks(c, rules()))
    if (f.rule.rfind("date.meeting", 0) == 0 || f.rule == "date.before-meeting")
      out.push_back(std::move(f));
  return out;
}

}  // namespace

TEST_CASE("meeting lists that agree give no finding", "[check][date]") {
  auto all = meeting_findings(series("14 March 2019, 22 June 2020 and 10 May 2021"));
  INFO(listing(all));
  CHECK(all.empty());
}

TEST_CASE("a meeting date a few days off what the other lists give", "[check][date]") {
  Files files = series("14 March 2019, 24 June 2020 and 10 May 2021");
  auto all = meeting_findings(files);
  INFO(listing(all));
  REQUIRE(all.size() == 1);
  CHECK(all[0].rule == "date.meeting-mismatch");
  CHECK(all[0].where.file == "w/2024.en.txt");
  CHECK(all[0].where.line == line_of(files.back().second, "24 June 2020"));
  CHECK(all[0].message.find("2020-06-22") != std::string::npos);
  CHECK(all[0].related.size() == 2);
}

TEST_CASE("a list of meetings out of chronological order", "[check][date]") {
  Files files = series("14 March 2019, 10 May 2021 and 22 June 2020");
  auto all = meeting_findings(files);
  INFO(listing(all));
  REQUIRE(all.size() == 1);
  CHECK(all[0].rule == "date.meeting-order");
  CHECK(all[0].where.file == "w/2024.en.txt");
}

TEST_CASE("a document dated before a meeting it recalls", "[check][date]") {
  Files files = series("14 March 2019, 22 June 2020, 10 May 2021 and 12 November 2024");
  auto all = meeting_findings(files);
  INFO(listing(all));
  REQUIRE(all.size() == 1);
  CHECK(all[0].rule == "date.before-meeting");
  CHECK(all[0].where.line == line_of(files.back().second, "12 November 2024"));
}

TEST_CASE("meetings of a body the series' title names are the series' body's", "[check][date]") {
  Files files =
      series("14 March 2019, 24 June 2020 and 10 May 2021", "the meetings of the Working Group");
  auto all = meeting_findings(files);
  INFO(listing(all));
  REQUIRE(all.size() == 1);
  CHECK(all[0].rule == "date.meeting-mismatch");
  CHECK(all[0].message.find("meeting of WG") != std::string::npos);
}

TEST_CASE("a meeting planned for a later date is not recalled as held", "[check][date]") {
  for (const char* planned :
       {"Decided to convene a meeting of the Working Group no later than",
        "Decided to hold its next meeting before", "Looked forward to the summit scheduled for"}) {
    Files files = series("14 March 2019, 22 June 2020 and 10 May 2021");
    std::string& newest = files.back().second;
    newest.replace(newest.find("Decided to meet again next year."), 32,
                   std::string(planned) + " 12 November 2025.");
    auto all = meeting_findings(files);
    INFO(planned << "\n" << listing(all));
    CHECK(all.empty());
  }
}

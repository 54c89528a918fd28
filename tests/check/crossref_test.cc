// What the corpus knows (check/knowledge.h) and the cross-document checks
// that read it (ref.resolution-year, ref.report-date, date.mandate-end,
// date.meeting-backwards), on a small UN-style series of four resolutions the
// test writes: nothing on the clean series, and each check firing on one
// mistake planted in the newest, at its file and line; then the same through
// `check DRAFT`.
#include <catch2/catch.hpp>

#include "check/knowledge.h"
#include "check/written_corpus.h"

using namespace ct;
using namespace ct::test;

namespace {

struct Resolution {
  int number, year, meeting;
  std::string adopted, until;
  std::vector<std::string> recalled;  // "resolution 1990 (2019)", ...
  std::vector<std::string> reports;   // "1 June 2021 (S/2021/500)", ...
};

std::string text_of(const Resolution& r) {
  std::string t = "S/RES/" + std::to_string(r.number) + " (" + std::to_string(r.year) +
                  ")\n\nResolution " + std::to_string(r.number) + " (" + std::to_string(r.year) +
                  ")\n\nAdopted by the Security Council at its " + std::to_string(r.meeting) +
                  "th meeting, on " + r.adopted + "\n\nThe Security Council,\n\n";
  for (const auto& x : r.recalled)
    t += "Recalling its " + x + " on the situation in the region,\n\n";
  for (const auto& x : r.reports)
    t += "Having considered the report of the Secretary-General of " + x +
         " on the situation in the region,\n\n";
  t += "1. Decides to extend the mandate of the Mission until " + r.until + ";\n\n";
  t += "2. Requests the Secretary-General to report to the Council every six months on the "
       "implementation of this resolution;\n\n";
  t += "3. Decides to remain actively seized of the matter.\n";
  return t;
}

std::vector<std::pair<std::string, std::string>> un_series(std::size_t count = 4) {
  std::vector<Resolution> rs = {
      {1999,
       2020,
       8700,
       "26 June 2020",
       "30 June 2021",
       {"resolution 1990 (2019)"},
       {"2 June 2020 (S/2020/480)"}},
      {2001,
       2021,
       8800,
       "29 June 2021",
       "30 June 2022",
       {"resolution 1990 (2019)", "resolution 1999 (2020)"},
       {"1 June 2021 (S/2021/500)"}},
      {2101,
       2022,
       8900,
       "28 June 2022",
       "30 June 2023",
       {"resolution 1990 (2019)", "resolution 2001 (2021)"},
       {"1 June 2021 (S/2021/500)", "1 June 2022 (S/2022/510)"}},
      {2201,
       2023,
       9000,
       "27 June 2023",
       "30 June 2024",
       {"resolution 1990 (2019)", "resolution 2001 (2021)"},
       {"1 June 2021 (S/2021/500)", "1 June 2023 (S/2023/520)"}},
      {2301,
       2024,
       9100,
       "27 June 2024",
       "30 June 2025",
       {"resolution 1990 (2019)", "resolution 2201 (2023)"},
       {"1 June 2024 (S/2024/530)"}},
  };
  rs.resize(count);
  std::vector<std::pair<std::string, std::string>> out;
  for (const Resolution& r : rs)
    out.push_back({"m/S-RES-" + std::to_string(r.number) + ".txt", text_of(r)});
  return out;
}

std::string un_manifest(std::size_t count = 4) {
  return "series:\n  - id: mission\n    title: The situation in the region\n"
         "documents:\n"
         "  - {id: r1999, file: m/S-RES-1999.txt, series: mission, kind: resolution, language: en, "
         "date: 2020-06-26}\n"
         "  - {id: r2001, file: m/S-RES-2001.txt, series: mission, kind: resolution, language: en, "
         "date: 2021-06-29}\n"
         "  - {id: r2101, file: m/S-RES-2101.txt, series: mission, kind: resolution, language: en, "
         "date: 2022-06-28}\n"
         "  - {id: r2201, file: m/S-RES-2201.txt, series: mission, kind: resolution, language: en, "
         "date: 2023-06-27}\n" +
         std::string(count > 4 ? "  - {id: r2301, file: m/S-RES-2301.txt, series: mission, kind: "
                                 "resolution, language: en, date: 2024-06-27}\n"
                               : "");
}

const char* const kRules[] = {"ref.resolution-year", "ref.report-date", "date.mandate-end",
                              "date.meeting-backwards"};

// Plants `from` -> `to` in the newest resolution; expects exactly one finding
// of `rule` (and none of the other cross-document rules), on the line of
// `marker`, with related evidence.
void expect_one(const std::string& from, const std::string& to, const std::string& rule,
                const std::string& marker) {
  auto files = with_newest(un_series(), from, to);
  REQUIRE(files.back().second.find(to) != std::string::npos);
  auto all = findings_of(files, un_manifest());
  INFO(listing(all));
  for (const char* other : kRules) CHECK(of_rule(all, other).size() == (other == rule ? 1u : 0u));
  auto hits = of_rule(all, rule);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].where.file == "m/S-RES-2201.txt");
  CHECK(hits[0].where.line == line_of(files.back().second, marker));
  CHECK(!hits[0].related.empty());
}

}  // namespace

TEST_CASE("knowledge: the facts of each resolution and its citations", "[check][crossref]") {
  TempDir dir;
  Corpus c = corpus_from(dir, un_series(), un_manifest());
  const check::Knowledge k = check::build_knowledge(c, rules());
  auto i = c.document_index("r2101");
  REQUIRE(i);
  const check::DocumentFacts& f = k.documents[*i];
  CHECK(f.symbol == "S/RES/2101 (2022)");
  CHECK(f.key == "S/RES/2101");
  CHECK(f.number == 2101);
  CHECK(f.year == 2022);
  CHECK(f.meeting == 8900);
  CHECK(f.adopted == "2022-06-28");
  REQUIRE(k.holders.count("S/RES/2001"));
  // Resolution 1990 (2019): cited by the four, held by none.
  REQUIRE(k.resolutions.count("S/RES/1990"));
  CHECK(k.resolutions.at("S/RES/1990").size() == 4);
  CHECK(k.holders.count("S/RES/1990") == 0);
  // The report S/2021/500, cited of 1 June 2021 by three.
  int cited = 0;
  for (const auto& r : k.reports)
    if (r.symbol == "S/2021/500") {
      CHECK(r.date == "2021-06-01");
      ++cited;
    }
  CHECK(cited == 3);
  // The adoption lines' meetings of the Council, each with its source.
  INFO(k.meetings.size());
  for (const auto& [value, sources] : k.meetings) {
    CHECK(!sources.empty());
    CHECK(sources.front().entity->value == value);
  }
  // Four extensions of the mandate, one per resolution.
  REQUIRE(k.extensions.size() == 4);
  CHECK(k.extensions.back().end == "2024-06-30");
  CHECK(k.extensions.back().object == "the mandate of the mission");
}

TEST_CASE("crossref: the clean series has no cross-document finding", "[check][crossref]") {
  auto all = findings_of(un_series(), un_manifest());
  INFO(listing(all));
  for (const char* rule : kRules) CHECK(of_rule(all, rule).empty());
}

TEST_CASE("crossref: a resolution the corpus holds cited with the wrong year",
          "[check][crossref]") {
  expect_one("resolution 2001 (2021)", "resolution 2001 (2022)", "ref.resolution-year",
             "resolution 2001 (2022)");
}

TEST_CASE("crossref: a resolution not held, cited with a year others do not give",
          "[check][crossref]") {
  expect_one("resolution 1990 (2019)", "resolution 1990 (2018)", "ref.resolution-year",
             "resolution 1990 (2018)");
}

TEST_CASE("crossref: a report cited with another date", "[check][crossref]") {
  expect_one("1 June 2021 (S/2021/500)", "11 June 2021 (S/2021/500)", "ref.report-date",
             "11 June 2021");
}

TEST_CASE("crossref: a report one earlier text dates otherwise", "[check][crossref]") {
  // S/2022/510 is cited once before, of 1 June 2022: the earlier text stands.
  expect_one("1 June 2023 (S/2023/520)", "2 June 2022 (S/2022/510)", "ref.report-date",
             "2 June 2022");
}

TEST_CASE("crossref: a mandate extended to a date before the adoption", "[check][crossref]") {
  expect_one("until 30 June 2024", "until 30 May 2023", "date.mandate-end", "30 May 2023");
}

TEST_CASE("crossref: an extension inside a paragraph led by another verb", "[check][crossref]") {
  expect_one(
      "1. Decides to extend the mandate of the Mission until 30 June 2024",
      "1. Recalls its earlier decisions on the Mission, and extends its mandate until 30 May "
      "2023",
      "date.mandate-end", "30 May 2023");
}

TEST_CASE("crossref: a mandate extended no further than the previous extension",
          "[check][crossref]") {
  expect_one("until 30 June 2024", "until 30 June 2023", "date.mandate-end", "until 30 June 2023");
}

TEST_CASE("crossref: a meeting number going backwards", "[check][crossref]") {
  // 8850 after 8900: either may be wrong, both are reported, each with the other as evidence.
  auto files = with_newest(un_series(), "at its 9000th meeting", "at its 8850th meeting");
  auto all = findings_of(files, un_manifest());
  INFO(listing(all));
  auto hits = of_rule(all, "date.meeting-backwards");
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].where.file == "m/S-RES-2101.txt");
  CHECK(hits[1].where.file == "m/S-RES-2201.txt");
  CHECK(hits[1].where.line == line_of(files.back().second, "8850th meeting"));
  CHECK(hits[1].related.at(0).file == "m/S-RES-2101.txt");
  for (const char* other : {"ref.resolution-year", "ref.report-date", "date.mandate-end"})
    CHECK(of_rule(all, other).empty());
  // Far below every earlier meeting: the newest alone is out of order.
  files = with_newest(un_series(), "at its 9000th meeting", "at its 8600th meeting");
  hits = of_rule(findings_of(files, un_manifest()), "date.meeting-backwards");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].where.file == "m/S-RES-2201.txt");
}

TEST_CASE("crossref: check DRAFT catches the mistakes of a draft", "[check][crossref][cli]") {
  TempDir dir;
  auto files = un_series();
  std::string draft = files.back().second;
  files.pop_back();
  std::string manifest = un_manifest();
  manifest.erase(manifest.find("  - {id: r2201"));
  for (const auto& [path, text] : files) dir.write("corpus/" + path, text);
  dir.write("corpus/manifest.yaml", manifest);
  auto plant = [&](const std::string& from, const std::string& to) {
    auto at = draft.find(from);
    REQUIRE(at != std::string::npos);
    draft.replace(at, from.size(), to);
  };
  plant("resolution 2001 (2021)", "resolution 2001 (2022)");
  plant("until 30 June 2024", "until 30 May 2023");
  plant("at its 9000th meeting", "at its 8850th meeting");
  std::string path = dir.write("draft.txt", draft);
  RunResult r = run({"check", path, "--corpus", dir.path() + "/corpus", "--rules", rules_dir(),
                     "--series", "mission", "--fail-on", "never"});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find(path + ":" + std::to_string(line_of(draft, "resolution 2001 (2022)"))) !=
        std::string::npos);
  CHECK(r.out.find("ref.resolution-year") != std::string::npos);
  CHECK(r.out.find("date.mandate-end") != std::string::npos);
  CHECK(r.out.find("date.meeting-backwards") != std::string::npos);
}

TEST_CASE("crossref: a mandate period unlike the series' usual one, as a note",
          "[check][crossref]") {
  auto clean = findings_of(un_series(5), un_manifest(5));
  INFO(listing(clean));
  CHECK(of_rule(clean, "date.mandate-period").empty());
  auto files = with_newest(un_series(5), "until 30 June 2025", "until 31 July 2025");
  auto all = findings_of(files, un_manifest(5));
  INFO(listing(all));
  auto hits = of_rule(all, "date.mandate-period");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].severity == Severity::Info);
  CHECK(hits[0].where.file == "m/S-RES-2301.txt");
  CHECK(hits[0].where.line == line_of(files.back().second, "31 July 2025"));
  CHECK(hits[0].message.find("13 months") != std::string::npos);
}

TEST_CASE("crossref: a wrong year carried over is reported where it begins", "[check][crossref]") {
  auto files = with_newest(un_series(), "resolution 2001 (2021)", "resolution 2001 (2020)");
  std::string& older = files[2].second;
  older.replace(older.find("resolution 2001 (2021)"), 22, "resolution 2001 (2020)");
  auto all = findings_of(files, un_manifest());
  INFO(listing(all));
  auto hits = of_rule(all, "ref.resolution-year");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].where.file == "m/S-RES-2101.txt");
}

TEST_CASE("crossref: one wrong citation written twice in a document is one finding",
          "[check][crossref]") {
  auto files = with_newest(un_series(), "resolution 2001 (2021)", "resolution 2001 (2022)");
  std::string& newest = files.back().second;
  const std::string twice = "3. Decides to remain";
  newest.replace(newest.find(twice), twice.size(),
                 "3. Recalls resolution 2001 (2022);\n\n4. Decides to remain");
  auto all = findings_of(files, un_manifest());
  INFO(listing(all));
  auto hits = of_rule(all, "ref.resolution-year");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].where.line == line_of(newest, "Recalling its resolution 2001 (2022)"));
  bool also = false;
  for (const Location& r : hits[0].related)
    also = also || (r.line == line_of(newest, "3. Recalls resolution 2001 (2022)") &&
                    r.message.starts_with("also at"));
  CHECK(also);
}

// Ids that do not depend on the rest of the corpus (issue 17): a series
// tracked alone, then with a document of another series dated earlier (its
// file sorted first, so its threads and findings come first). Every thread
// whose members did not change keeps its id, every finding found both
// times keeps its report anchor, though both moved in the corpus's order;
// the first series' graph files are the same bytes.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <vector>

#include "report/html_escape.h"
#include "support/test_support.h"

using ct::test::read_file;
using ct::test::run;
using ct::test::TempDir;
using Json = nlohmann::json;

namespace {

const char* kSeries = R"(series:
  - id: alpha
    title: Situation in the region
  - id: beta
    title: Fisheries
documents:
)";

std::string entry(const std::string& id, const std::string& file, const std::string& series,
                  const std::string& date) {
  return "  - id: " + id + "\n    file: " + file + "\n    series: " + series +
         "\n    kind: resolution\n    language: en\n    date: " + date + "\n";
}

const char* kAlpha2020 = R"(Resolution 10 (2020)

The Security Council,

Recalling its earlier decisions on the situation in the region,

1. Demands that all parties cease hostilities immediately;

2. Calls upon the parties to release all detainees by 5 May;

3. Requests the Secretary-General to report on the situation every three months;

4. Decides to remain seized of the matter.
)";

const char* kAlpha2021 = R"(Resolution 11 (2021)

The Security Council,

Recalling its earlier decisions on the situation in the region,

1. Demands that all parties cease hostilities immediately and respect the ceasefire;

2. Calls upon the parties to release all detainees by 5 June;

3. Requests the Secretary-General to report on the situation every three months;

4. Urges donors to support the humanitarian response plan;

5. Decides to remain seized of the matter.
)";

const char* kAlpha2022 = R"(Resolution 12 (2022)

The Security Council,

Recalling its earlier decisions on the situation in the region,

1. Demands that all parties cease hostilities immediately and respect the ceasefire;

2. Requests the Secretary-General to report on the situation every four months;

3. Urges donors to support the humanitarian response plan;

4. Decides to remain seized of the matter.
)";

// Names no entity of the first series (an entity's lifecycle spans the
// corpus and is written into every series' graph files).
const char* kBeta2019 = R"(Resolution 9 (2019)

The Commission,

Noting the agreement on fisheries management signed by the coastal States,

1. Welcomes the cooperation of the coastal States on fisheries management;

2. Encourages the coastal States to share catch data before 1 March;

3. Decides to review the quotas at its next meeting.
)";

void track(const std::string& corpus, const std::string& out) {
  auto r = run({"track", "--corpus", corpus, "--rules", ct::test::rules_dir(), "--out", out,
                "--quiet", "--jobs", "2", "--fail-on", "never", "--no-cache"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
}

struct Run {
  std::vector<std::string> thread_ids;     // in tracker.json's order
  std::map<std::string, std::string> ids;  // members' clause ids -> thread id
  std::vector<std::string> findings;       // rule and message (escaped), in findings.json's order
  std::map<std::string, std::string> anchors;  // rule and message -> anchor in index.html
};

Run read_run(const std::string& out) {
  Run r;
  Json tracker = Json::parse(read_file(out + "/tracker.json"));
  for (const Json& t : tracker["threads"]) {
    std::string members;
    for (const Json& m : t["members"]) members += m["clause"].get<std::string>() + " ";
    r.thread_ids.push_back(t["id"]);
    r.ids[members] = t["id"];
  }
  Json findings = Json::parse(read_file(out + "/findings.json"));
  for (const Json& f : findings["findings"])
    r.findings.push_back(ct::report::html_escape(f["rule"].get<std::string>() + " " +
                                                 f["message"].get<std::string>()));
  const std::string html = read_file(out + "/index.html");
  const std::regex item(
      R"re(<li class="finding [^"]*" id="([^"]+)"[^>]*>\s*<p class="finding-head">[\s\S]*?<code class="rule">([^<]*)</code>[\s\S]*?<p class="finding-msg">([^<]*)</p>)re");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), item); it != std::sregex_iterator();
       ++it)
    r.anchors[(*it)[2].str() + " " + (*it)[3].str()] = (*it)[1];
  return r;
}

// The graph around series `series` (what track writes as graphs/SERIES.dot
// and .graphml for a large corpus).
std::string series_graph(const std::string& corpus, const std::string& series,
                         const std::string& format) {
  auto r = run({"graph", "--corpus", corpus, "--rules", ct::test::rules_dir(), "--series", series,
                "--format", format});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return r.out;
}

}  // namespace

TEST_CASE("thread ids and finding anchors survive a document added before them",
          "[pipeline][ids]") {
  TempDir dir;
  std::string alpha_entries = entry("alpha-2020", "alpha/2020.en.txt", "alpha", "2020-03-01") +
                              entry("alpha-2021", "alpha/2021.en.txt", "alpha", "2021-03-01") +
                              entry("alpha-2022", "alpha/2022.en.txt", "alpha", "2022-03-01");
  for (const char* root : {"one", "two"}) {
    dir.write(std::string(root) + "/alpha/2020.en.txt", kAlpha2020);
    dir.write(std::string(root) + "/alpha/2021.en.txt", kAlpha2021);
    dir.write(std::string(root) + "/alpha/2022.en.txt", kAlpha2022);
  }
  dir.write("one/manifest.yaml", kSeries + alpha_entries);
  dir.write("two/aa-beta/2019.en.txt", kBeta2019);
  dir.write(
      "two/manifest.yaml",
      kSeries + entry("beta-2019", "aa-beta/2019.en.txt", "beta", "2019-03-01") + alpha_entries);
  track(dir.path() + "/one", dir.path() + "/out-one");
  track(dir.path() + "/two", dir.path() + "/out-two");
  const Run one = read_run(dir.path() + "/out-one");
  const Run two = read_run(dir.path() + "/out-two");

  // Threads: every one whose members are the same keeps its id, though its
  // place in the corpus's order moved (ids numbered in that order would not).
  REQUIRE(one.ids.size() >= 5);
  std::size_t kept = 0, moved = 0;
  for (const auto& [members, id] : one.ids) {
    auto it = two.ids.find(members);
    if (it == two.ids.end()) continue;
    ++kept;
    CHECK(it->second == id);
    auto at = [&](const Run& r) {
      return std::find(r.thread_ids.begin(), r.thread_ids.end(), r.ids.at(members)) -
             r.thread_ids.begin();
    };
    moved += at(one) != at(two);
  }
  CHECK(kept == one.ids.size());
  CHECK(moved == kept);
  for (const std::string& id : two.thread_ids)
    CHECK(std::regex_match(id, std::regex("t[0-9a-z]+")));

  // Findings: the same, by their rule and message, with their anchors.
  REQUIRE(one.anchors.size() == one.findings.size());
  REQUIRE(two.anchors.size() == two.findings.size());
  REQUIRE(!one.findings.empty());
  REQUIRE(two.findings.size() > one.findings.size());
  std::size_t common = 0, shifted = 0;
  for (std::size_t f = 0; f < one.findings.size(); ++f) {
    auto it = std::find(two.findings.begin(), two.findings.end(), one.findings[f]);
    if (it == two.findings.end()) continue;
    ++common;
    shifted += static_cast<std::size_t>(it - two.findings.begin()) != f;
    CHECK(two.anchors.at(one.findings[f]) == one.anchors.at(one.findings[f]));
  }
  CHECK(common == one.findings.size());
  CHECK(shifted > 0);

  // The first series' graph files name nothing of the other: the same bytes.
  for (const char* format : {"dot", "graphml"}) {
    std::string before = series_graph(dir.path() + "/one", "alpha", format);
    CHECK(before.find("thread:t") != std::string::npos);
    CHECK(series_graph(dir.path() + "/two", "alpha", format) == before);
  }
}

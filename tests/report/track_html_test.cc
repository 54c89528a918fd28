// `clausetrack track` writes the report: on the shipped corpus an index and
// series pages (sizes, byte identity whatever --jobs is, no dead link) and on a corpus this test
// writes (a title quoting <script> shows as text; the segmenter strips markup from clause texts,
// the report tests put a script into one by hand).
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <regex>
#include <set>

#include "support/test_support.h"

using namespace ct::test;
namespace fs = std::filesystem;

namespace {

std::set<std::string> ids_of(const std::string& html) {
  std::set<std::string> out;
  std::regex re("\\sid=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), re); it != std::sregex_iterator();
       ++it)
    out.insert((*it)[1]);
  return out;
}

}  // namespace

TEST_CASE("track writes the shipped corpus' report as an index and series pages",
          "[report][html][track]") {
  TempDir a, b;
  RunResult r1 = run({"track", "--corpus", corpus_dir(), "--rules", rules_dir(), "--out", a.path(),
                      "--jobs", "1", "--quiet", "--fail-on", "never"});
  REQUIRE(r1.exit_code == 0);
  RunResult r2 = run({"track", "--corpus", corpus_dir(), "--rules", rules_dir(), "--out", b.path(),
                      "--jobs", "2", "--quiet", "--fail-on", "never"});
  REQUIRE(r2.exit_code == 0);
  // Every output is the same whatever --jobs is (the data files are made on
  // a second thread when there is more than one job).
  std::map<std::string, std::string> pages;  // path -> html
  std::size_t files = 0;
  for (const auto& e : fs::recursive_directory_iterator(a.path())) {
    if (!e.is_regular_file()) continue;
    std::string rel = fs::relative(e.path(), a.path()).generic_string();
    INFO(rel);
    std::string one = read_file(e.path().string());
    CHECK(!one.empty());
    CHECK(one == read_file(b.path() + "/" + rel));
    ++files;
    if (rel.size() > 5 && rel.substr(rel.size() - 5) == ".html") pages[rel] = one;
  }
  for (const char* file : {"index.html", "tracker.json", "findings.json", "findings.sarif",
                           "graph.dot", "graph.graphml", "search/pages.js"}) {
    INFO(file);
    CHECK(fs::exists(a.path() + "/" + file));
  }
  CHECK(files > 8);
  REQUIRE(pages.count("index.html"));
  CHECK(pages["index.html"].size() < 2'000'000);
  std::set<std::string> all_ids;
  std::map<std::string, std::set<std::string>> ids;
  for (const auto& [path, html] : pages) {
    INFO(path);
    CHECK(html.size() < 5'000'000);
    ids[path] = ids_of(html);
    all_ids.insert(ids[path].begin(), ids[path].end());
  }
  CHECK(pages.size() == 3);  // the index and the pages of the two series

  // No dead link: "#x" within its page, "FILE#x" in FILE.
  std::regex href("href=\"([^\"#]*)#([^\"]*)\"");
  std::size_t links = 0, dead = 0;
  for (const auto& [path, html] : pages) {
    std::string dir = fs::path(path).parent_path().generic_string();
    for (auto it = std::sregex_iterator(html.begin(), html.end(), href);
         it != std::sregex_iterator(); ++it, ++links) {
      std::string file = (*it)[1];
      std::string target =
          file.empty() ? path : (fs::path(dir) / file).lexically_normal().generic_string();
      if (!ids.count(target) || !ids[target].count((*it)[2])) {
        ++dead;
        UNSCOPED_INFO(path << ": dead link " << file << "#" << (*it)[2]);
      }
    }
  }
  CHECK(links > 100);
  CHECK(dead == 0);
  // Every document of the corpus has its anchor.
  std::string tracker = read_file(a.path() + "/tracker.json");
  std::regex doc_id("\\{\\s*\"id\": \"([^\"]+)\",\\s*\"source\"");
  std::size_t docs = 0;
  for (auto it = std::sregex_iterator(tracker.begin(), tracker.end(), doc_id);
       it != std::sregex_iterator(); ++it, ++docs)
    CHECK(all_ids.count("doc-" + std::string((*it)[1])));
  CHECK(docs > 0);
}

TEST_CASE("track on a written corpus keeps an injected script as text", "[report][html][track]") {
  TempDir dir;
  dir.write(
      "corpus/manifest.yaml",
      "series:\n  - id: s\n    title: <em>Series</em>\ndocuments:\n"
      "  - id: s-2020\n    file: a.txt\n    series: s\n    language: en\n    date: 2020-01-01\n"
      "    title: \"Communique <script>alert(1)</script>\"\n"
      "  - id: s-2021\n    file: b.txt\n    series: s\n    language: en\n    date: 2021-01-01\n");
  dir.write("corpus/a.txt",
            "Communique\n\n1. The Council demands <script>alert(1)</script> be shown as text.\n\n"
            "2. The Council calls for calm & \"restraint\".\n");
  dir.write(
      "corpus/b.txt",
      "Communique\n\n1. The Council demands <script>alert(1)</script> be shown as text now.\n");
  RunResult r = run({"track", "--corpus", dir.path() + "/corpus", "--rules", rules_dir(), "--out",
                     dir.path() + "/out", "--quiet", "--fail-on", "never"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  std::string html = read_file(dir.path() + "/out/index.html");
  REQUIRE(!html.empty());
  CHECK(html.find("<script>alert(1)</script>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("<em>Series</em>") == std::string::npos);
  CHECK(html.find("&lt;em&gt;Series&lt;/em&gt;") != std::string::npos);
  CHECK(html.find("calm &amp; &quot;restraint&quot;") != std::string::npos);
}

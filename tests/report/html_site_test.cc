// The report split into pages (html_report.h, html_site): a corpus whose
// one page would be tens of MB gives an index under 2 MB and series pages
// under 5 MB each, a long series paged by sessions, every link landing on a
// file and an anchor that exist, and a search index holding the clauses; a
// small corpus keeps its one page.
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "report/html_escape.h"
#include "report/html_pages.h"
#include "report/html_report.h"
#include "report/html_search.h"
#include "support/model_builder.h"
#include "support/test_support.h"

using namespace ct;
using namespace ct::test;

namespace {

using Files = std::map<std::string, std::string>;

Files site(const Corpus& corpus) {
  Files files;
  report::html_site(corpus, {}, [&files](const std::string& path, std::string content) {
    files[path] = std::move(content);
  });
  return files;
}

std::string two(int n) {
  return (n < 10 ? "0" : "") + std::to_string(n);
}

// A series of `sessions` yearly sessions with `clauses` numbered demands
// each, every demand a thread through all sessions (amended each time), and
// a short series of two sessions.
Corpus big_corpus(int sessions, int clauses) {
  ModelBuilder b;
  b.series("long", "BODY");
  b.series("short", "BODY");
  std::string filler =
      "calls upon all parties to respect the ceasefire, to protect civilians and "
      "humanitarian workers, and to engage without preconditions in the political "
      "process facilitated by the Special Envoy, and requests regular reports";
  for (int k = 0; k < sessions; ++k) {
    std::string doc = "long-" + std::to_string(k);
    b.document(doc, "long", std::to_string(1900 + k) + "-0" + std::to_string(1 + k % 9) + "-15");
    for (int i = 1; i <= clauses; ++i)
      b.clause(doc, std::to_string(i),
               "Demand " + std::to_string(i) + " of session " + std::to_string(k) + " " + filler +
                   (k == sessions - 1 && i == 3 ? " quokkaword" : "") + ".");
  }
  for (int i = 1; i <= clauses; ++i) {
    std::vector<std::pair<std::string, Change>> members;
    for (int k = 0; k < sessions; ++k)
      members.push_back({"long-" + std::to_string(k) + "/" + std::to_string(i),
                         k == 0 ? Change::First : Change::Amended});
    b.thread("t" + two(i), members);
  }
  for (int k = 0; k < 2; ++k) {
    std::string doc = "short-" + std::to_string(k);
    b.document(doc, "short", "2020-0" + std::to_string(k + 1) + "-01");
    b.clause(doc, "1", "The Council decides to remain seized of the matter.");
  }
  b.thread("s1", {{"short-0/1", Change::First}, {"short-1/1", Change::Unchanged}});
  return b.build();
}

// Every href of a page: the file it names (relative to the output folder)
// and its anchor.
std::vector<std::pair<std::string, std::string>> links(const std::string& page_path,
                                                       const std::string& html) {
  std::string dir = page_path.find('/') == std::string::npos
                        ? std::string()
                        : page_path.substr(0, page_path.rfind('/') + 1);
  std::vector<std::pair<std::string, std::string>> out;
  static const std::regex href("href=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), href); it != std::sregex_iterator();
       ++it) {
    std::string v = (*it)[1];
    std::size_t hash = v.find('#');
    std::string file = v.substr(0, hash),
                anchor = hash == std::string::npos ? "" : v.substr(hash + 1);
    if (file.empty()) {
      file = page_path;
    } else {
      file = std::filesystem::path(dir + file).lexically_normal().generic_string();
    }
    out.emplace_back(file, anchor);
  }
  return out;
}

}  // namespace

TEST_CASE("a large corpus gives a small index and bounded series pages", "[report][site]") {
  // 160 sessions of 40 demands of ~250 characters: about 10 MB as one page.
  Corpus corpus = big_corpus(160, 40);
  Files files = site(corpus);

  REQUIRE(files.count("index.html"));
  CHECK(files["index.html"].size() < 2'000'000);
  std::size_t pages = 0, total = 0;
  for (const auto& [path, content] : files) {
    total += content.size();
    if (path.rfind("series/", 0) != 0) continue;
    ++pages;
    INFO(path);
    CHECK(content.size() < 5'000'000);
  }
  INFO("total " << total);
  CHECK(total > 8'000'000);  // the corpus is large indeed
  // The long series is paged by sessions (at most 30 a page), the short not.
  CHECK(files.count("series/long.html"));
  CHECK(files.count("series/long-p6.html"));
  CHECK(files.count("series/short.html"));
  CHECK(pages >= 7);
  CHECK(files["series/long-p2.html"].find("rel=\"prev\" href=\"../series/long.html\"") !=
        std::string::npos);
  CHECK(files["series/long.html"].find("rel=\"next\" href=\"../series/long-p2.html\"") !=
        std::string::npos);
  // The index links each series.
  CHECK(files["index.html"].find("href=\"series/short.html\"") != std::string::npos);

  // Every link lands on a file of the report and an anchor in it.
  std::size_t checked = 0;
  for (const auto& [path, content] : files) {
    if (path.size() < 5 || path.substr(path.size() - 5) != ".html") continue;
    for (const auto& [file, anchor] : links(path, content)) {
      INFO(path << " -> " << file << "#" << anchor);
      auto it = files.find(file);
      REQUIRE(it != files.end());
      if (!anchor.empty()) {
        CHECK(it->second.find("id=\"" + anchor + "\"") != std::string::npos);
        ++checked;
      }
    }
  }
  CHECK(checked > 1000);

  // A thread through every session has a card on each page, its newest
  // version on the last.
  CHECK(files["series/long-p6.html"].find("id=\"thread-t03\"") != std::string::npos);
  CHECK(files["series/long.html"].find("id=\"thread-t03\"") != std::string::npos);
  CHECK(files["series/long.html"].find("Versions on other pages") != std::string::npos);

  // The search index holds the words and the texts, and knows where the
  // clause lives.
  CHECK(files.count("search/pages.js"));
  bool word = false, text = false;
  for (const auto& [path, content] : files) {
    if (path.rfind("search/w-", 0) == 0 && content.find("\"quokkaword\":[") != std::string::npos)
      word = true;
    if (path.rfind("search/c-", 0) == 0 && content.find("quokkaword") != std::string::npos)
      text = content.find("\"clause-long-159/3\"") != std::string::npos;
  }
  CHECK(word);
  CHECK(text);
  std::size_t bucket =
      report::fnv1a32("thread-t03") % std::count_if(files.begin(), files.end(), [](const auto& f) {
        return f.first.rfind("search/a-", 0) == 0;
      });
  CHECK(files["search/a-" + std::to_string(bucket) + ".js"].find("\"thread-t03\":") !=
        std::string::npos);

  // The same model gives the same files.
  CHECK(files == site(corpus));
}

TEST_CASE("a series page's graph note names only its series", "[report][site]") {
  // The note on a page does not change with other series (issue 17: pages
  // that can be kept from one run to the next).
  Corpus corpus = big_corpus(160, 40);
  report::HtmlInputs in;
  in.graph_note = "Not drawn, too large to lay out quickly: long (500 vertices, 900 edges).";
  in.graph_note_common = "Graph files are per series.";
  in.series_undrawn["long"] = "too large to lay out quickly (500 vertices, 900 edges)";
  Files files;
  report::html_site(corpus, in, [&files](const std::string& path, std::string content) {
    files[path] = std::move(content);
  });
  REQUIRE(files.count("series/long.html"));
  REQUIRE(files.count("series/short.html"));
  CHECK(files["series/long.html"].find(
            "<p class=\"note\">Not drawn, too large to lay out quickly (500 vertices, 900 "
            "edges). Graph files are per series.</p>") != std::string::npos);
  CHECK(files["series/short.html"].find("<p class=\"note\">Graph files are per series.</p>") !=
        std::string::npos);
  for (const auto& [path, content] : files)
    if (path != "series/long.html") {
      INFO(path);
      CHECK(content.find("500 vertices") == std::string::npos);
    }
  // The one page keeps the note of every series.
  Corpus small = big_corpus(3, 4);
  CHECK(report::html_report(small, in).find(in.graph_note) != std::string::npos);
}

TEST_CASE("a small corpus keeps its one page", "[report][site]") {
  Corpus corpus = big_corpus(3, 4);
  Files files = site(corpus);
  REQUIRE(files.size() == 1);
  CHECK(files.begin()->first == "index.html");
  CHECK(files["index.html"] == report::html_report(corpus));
}

TEST_CASE("search words are folded and cut as the page's script cuts them", "[report][site]") {
  CHECK(report::search_words("Résolution 2231 (2015), l’Œuvre") ==
        std::vector<std::string>{"resolution", "2231", "2015", "l", "oeuvre"});
  CHECK(report::search_words("安理会决定") ==
        std::vector<std::string>{"安", "理", "会", "决", "定"});
  CHECK(report::fnv1a32("") == 0x811c9dc5u);
  CHECK(report::fnv1a32("a") == 0xe40c292cu);
}

TEST_CASE("the search index writes texts as nlohmann would", "[report][site]") {
  // Quotes, backslashes, control characters and bytes that are not UTF-8:
  // the hand-written escaper and nlohmann's dump give the same bytes.
  const std::vector<std::string> texts = {"plain \u00E9t\u00E9 text", "a \"quoted\" \\ back\\slash",
                                          "tab\there\nline\r\b\f\x01\x1f\x7f end",
                                          "bad \xff\xfe bytes \xc3", "\xe2\x80\xa8 sep"};
  ModelBuilder b;
  b.series("s", "BODY");
  b.document("d", "s", "2020-01-01");
  for (std::size_t i = 0; i < texts.size(); ++i) b.clause("d", std::to_string(i + 1), texts[i]);
  Corpus corpus = b.build();
  report::ReportIndex index(corpus);
  report::PageMap pages = report::PageMap::split(corpus, index, nullptr);
  Files files;
  report::write_search_index(
      corpus, index, pages, nullptr,
      [&files](const std::string& path, std::string content) { files[path] = std::move(content); });
  REQUIRE(files.count("search/c-0.js"));
  const std::string& chunk = files["search/c-0.js"];
  for (const std::string& t : texts) {
    std::string dumped =
        nlohmann::json(t).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    CHECK(chunk.find("," + dumped + ",") != std::string::npos);
  }
}

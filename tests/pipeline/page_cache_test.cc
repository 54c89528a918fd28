// The series pages kept in track's cache (page_cache.h): a page is put back
// only for the input it was kept for, as the bytes the sink would write, and
// never from a damaged entry; and, through `track` on a corpus whose report
// is split into pages, a run after adding or editing a document writes what
// a cold run writes, with the unchanged pages put back from the cache.
#include "pipeline/page_cache.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <set>

#include "support/test_support.h"

namespace fs = std::filesystem;
using ct::test::read_file;
using ct::test::run;
using ct::test::TempDir;

namespace {

using namespace ct;

const char* kCache = ".clausetrack-cache";

std::size_t links(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 ? static_cast<std::size_t>(st.st_nlink) : 0;
}

// A made-up word, the j-th of demand i of series s: every demand has words
// of its own, so that its versions are aligned without doubt and neither
// series' threads run into the other's.
std::string word(int s, int i, int j) {
  static const char* const kSyllables[] = {"ka", "lo", "mi", "ne", "su", "ta", "ri",
                                           "vo", "de", "pa", "gu", "fe", "zo", "bi"};
  const int a = s * 101 + i * 13 + j * 7;
  return std::string(kSyllables[a % 14]) + kSyllables[(a / 14 + j) % 14] +
         kSyllables[(a / 3 + i) % 14] + ((i + j) % 2 ? "n" : "r");
}

// A resolution of series `s` (0 or 1) in year `year`: a preamble and
// numbered demands, most carried from year to year, one in seven left out
// each year, every fourth with the year in it.
std::string resolution(int s, int year) {
  static const char* const kVerbs[2][3] = {{"Demands", "Calls upon", "Urges"},
                                           {"Requests", "Encourages", "Invites"}};
  const char* place = s ? "the provinces of" : "the districts of area";
  std::string text = "RESOLUTION " + std::to_string(100 * s + year) +
                     "\n\nThe Security Council,\n\n" +
                     (s ? "Welcoming the report " : "Recalling its resolution ") +
                     std::to_string(100 * s + year - 1) +
                     (s ? " of the Panel of Experts on the border,\n\n"
                        : " and the statements of its President,\n\n");
  for (int i = 1; i <= 24; ++i) {
    if ((i + year) % 7 == 0) continue;
    text += std::to_string(i) + ". " + kVerbs[s][i % 3] + " the " + word(s, i, 0) + " " +
            word(s, i, 1) + " of " + word(s, i, 2) + " to " + word(s, i, 3) + " the " +
            word(s, i, 4) + " " + word(s, i, 5) + ", in " + place + " " +
            std::to_string(i * 13 + s) +
            (i % 4 == 0 ? " by " + std::to_string(2000 + year) : std::string()) + ";\n\n";
  }
  return text + "25. " + (s ? "Decides to review the measures" : "Decides to remain seized") +
         " of the matter.\n";
}

// A corpus of two series of `years` resolutions each (the last one of the
// first series left out when `all` is false), large enough that its report
// is split into series pages.
void write_corpus(const TempDir& dir, int years, bool all) {
  std::string manifest =
      "series:\n  - id: alpha\n    title: Alpha\n  - id: beta\n    title: Beta\n\n"
      "documents:\n";
  for (int s = 0; s < 2; ++s)
    for (int y = 1; y <= years; ++y) {
      if (!all && s == 0 && y == years) continue;
      const std::string id = std::string(s ? "beta-" : "alpha-") + std::to_string(y);
      const std::string file = id + ".txt";
      dir.write("corpus/" + file, resolution(s, y));
      manifest += "  - id: " + id + "\n    file: " + file +
                  "\n    series: " + (s ? "beta" : "alpha") +
                  "\n    kind: resolution\n    language: en\n" +
                  "    date: " + std::to_string(2000 + y) + "-03-1" + std::to_string(s) + "\n\n";
    }
  dir.write("corpus/manifest.yaml", manifest);
}

}  // namespace

TEST_CASE("a kept page is put back only for its input, whole", "[cache]") {
  TempDir dir;
  const Rules& rules = ct::test::rules();
  const std::string cache = dir.path() + "/cache", out = dir.path() + "/out";
  fs::create_directories(out);
  const std::string html = "<p>page \xff one</p>\n";  // not valid UTF-8: written as the sink does
  {
    pipeline::PageCache kept({cache, ""}, rules, out);
    REQUIRE(kept.enabled());
    CHECK(!kept.put_kept("input A", "series/a.html"));
    kept.put_made("input A", "series/made.html", html);
  }
  CHECK(read_file(out + "/series/made.html") == "<p>page \xEF\xBF\xBD one</p>\n");
  pipeline::PageCache kept({cache, ""}, rules, out);
  CHECK(!kept.put_kept("input B", "series/b.html"));
  CHECK(!fs::exists(out + "/series/b.html"));
  REQUIRE(kept.put_kept("input A", "series/a.html"));
  const std::string written = read_file(out + "/series/a.html");
  CHECK(written == "<p>page \xEF\xBF\xBD one</p>\n");
  // An external cache: the page in OUT is a copy, not the entry.
  CHECK(links(out + "/series/a.html") == 1);

  SECTION("track's own cache: carried into the new folder, linked into OUT") {
    const std::string staged = dir.path() + "/staged", staged_out = dir.path() + "/out2";
    fs::create_directories(staged_out);
    pipeline::PageCache own({cache, staged}, rules, staged_out);
    REQUIRE(own.put_kept("input A", "series/a.html"));
    CHECK(read_file(staged_out + "/series/a.html") == written);
    CHECK(links(staged_out + "/series/a.html") >= 2);
    std::size_t carried = 0;
    for (const auto& e : fs::directory_iterator(staged + "/pages")) {
      ++carried;
      CHECK(read_file(e.path().string()) == written);
    }
    CHECK(carried == 1);
  }
  SECTION("an entry changed in place (an output edited through its link) is not put back") {
    for (const auto& e : fs::directory_iterator(cache + "/pages")) {
      std::string bytes = read_file(e.path().string());
      bytes[3] = 'P';
      dir.write(fs::relative(e.path(), dir.path()).string(), bytes);
    }
    pipeline::PageCache damaged({cache, ""}, rules, dir.path() + "/out3");
    CHECK(!damaged.put_kept("input A", "series/a.html"));
    CHECK(!fs::exists(dir.path() + "/out3/series/a.html"));
  }
  SECTION("without a cache nothing is kept") {
    pipeline::PageCache none({}, rules, out);
    CHECK(!none.enabled());
    none.put_made("input A", "series/c.html", html);
    CHECK(read_file(out + "/series/c.html") == "<p>page \xEF\xBF\xBD one</p>\n");
    CHECK(!none.put_kept("input A", "series/d.html"));
  }
}

TEST_CASE("a warm run of a split report writes what a cold run writes", "[cache]") {
  TempDir dir;
  const std::string corpus = dir.path() + "/corpus", warm = dir.path() + "/warm",
                    cold = dir.path() + "/cold";
  const int years = 40;
  write_corpus(dir, years, false);
  ct::test::track_folder(corpus, warm);
  const auto before = ct::test::output_files(warm);
  REQUIRE(before.count("series/alpha.html"));  // split into pages
  std::size_t pages = 0;
  for (const auto& [name, bytes] : before) pages += name.rfind("series/", 0) == 0;
  REQUIRE(pages >= 4);
  REQUIRE(fs::exists(warm + "/" + kCache + "/pages"));

  auto same_as_cold = [&] {
    fs::remove_all(cold);
    ct::test::track_folder(corpus, cold, false);
    const auto expected = ct::test::output_files(cold), got = ct::test::output_files(warm);
    REQUIRE(got.size() == expected.size());
    for (const auto& [name, bytes] : expected) {
      INFO(name);
      REQUIRE(got.count(name));
      CHECK(got.at(name) == bytes);
    }
    return got;
  };
  // The cache's entries (one per page, named for its input and bytes), and
  // how many of them a run took from those before it: the pages put back.
  auto entries = [&] {
    std::set<std::string> names;
    for (const auto& e : fs::directory_iterator(warm + "/" + kCache + "/pages"))
      names.insert(e.path().filename().string());
    return names;
  };
  const auto first = entries();
  CHECK(first.size() == pages);
  auto kept = [&] {
    std::size_t n = 0;
    for (const std::string& name : entries()) n += first.count(name);
    return n;
  };
  // Every page is a link to its entry (track's own cache).
  for (const auto& e : fs::directory_iterator(warm + "/series")) CHECK(links(e.path()) == 2);

  SECTION("after adding a document") {
    write_corpus(dir, years, true);
    ct::test::track_folder(corpus, warm);
    const auto after = same_as_cold();
    std::size_t changed = 0;
    for (const auto& [name, bytes] : after)
      changed += name.rfind("series/", 0) == 0 && (!before.count(name) || before.at(name) != bytes);
    CHECK(changed > 0);
    // The other series' pages (and the first series' earlier ones) came back.
    CHECK(kept() > 0);
    CHECK(kept() + changed <= pages + 1);
  }
  SECTION("after editing a word of an early document") {
    const std::string edited = corpus + "/alpha-2.txt";
    std::string text = read_file(edited);
    const std::string from = word(0, 6, 1);
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    dir.write("corpus/alpha-2.txt", text.replace(at, from.size(), "quokka"));
    ct::test::track_folder(corpus, warm);
    const auto after = same_as_cold();
    bool shown = false;
    for (const auto& [name, bytes] : after)
      shown = shown ||
              (name.rfind("series/alpha", 0) == 0 && bytes.find("quokka") != std::string::npos);
    CHECK(shown);
    CHECK(kept() > 0);
  }
  SECTION("a run with nothing changed puts every page back") {
    ct::test::track_folder(corpus, warm);
    CHECK(same_as_cold() == before);
    CHECK(kept() == pages);
  }
}

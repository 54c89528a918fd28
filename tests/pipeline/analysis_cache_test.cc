// The analysis cache of `track` (issue 17): a run after adding a document,
// reading the other documents from the cache, writes the same bytes as a
// cold run of the grown corpus; entries of unchanged documents are reused
// (not rewritten), so are the members' comparisons; a corrupt cache file is
// ignored, not a crash.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>

#include "support/test_support.h"

namespace fs = std::filesystem;
using ct::test::read_file;
using ct::test::run;
using ct::test::TempDir;

namespace {

const char* kCache = ".clausetrack-cache";
// The comparison caches' files (pipeline/comparison_cache.h).
const char* kComparisons = "comparisons.bin";
const char* kWordDiffs = "word-diffs.bin";
const char* kVocabularySwaps = "vocabulary-swaps.bin";
const char* kThreadSwaps = "thread-swaps.bin";
const char* kDocumentChecks = "documents.bin";

// The cache files under `out` (name -> content): the analysis entries, or
// those of `sub` (tracker.json's entries: "tracker"); not the comparisons.
std::map<std::string, std::string> cache_of(const std::string& out, const std::string& sub = "") {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::directory_iterator(out + "/" + kCache + (sub.empty() ? "" : "/" + sub)))
    if (e.is_regular_file() && e.path().filename() != kComparisons &&
        e.path().filename() != kWordDiffs && e.path().filename() != kVocabularySwaps &&
        e.path().filename() != kThreadSwaps && e.path().filename() != kDocumentChecks)
      files[(sub.empty() ? "" : sub + "/") + e.path().filename().string()] =
          read_file(e.path().string());
  return files;
}

// `manifest` without the entry of document `id` (its block up to a blank line).
std::string without_entry(const std::string& manifest, const std::string& id) {
  std::size_t at = manifest.find("  - id: " + id + "\n");
  REQUIRE(at != std::string::npos);
  std::size_t end = manifest.find("\n\n", at);
  REQUIRE(end != std::string::npos);
  return manifest.substr(0, at) + manifest.substr(end + 2);
}

// Reads a LEB128 varint of `b` at `at` (pipeline/cache_codec.h).
std::uint64_t varint(const std::string& b, std::size_t& at) {
  std::uint64_t v = 0;
  for (int shift = 0; at < b.size(); shift += 7) {
    const auto byte = static_cast<unsigned char>(b[at++]);
    v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
    if (!(byte & 0x80)) break;
  }
  return v;
}

}  // namespace

TEST_CASE("a warm run after adding a document writes what a cold run writes", "[cache]") {
  TempDir dir;
  const std::string corpus = dir.path() + "/corpus";
  fs::copy(ct::test::corpus_dir(), corpus, fs::copy_options::recursive);
  const std::string manifest = read_file(corpus + "/manifest.yaml");
  const std::string added = "cg-jk/2025-09-23-new-york.en.txt";
  const std::string added_text = read_file(corpus + "/" + added);

  // The corpus without its newest communiqué, tracked with a cache.
  fs::remove(corpus + "/" + added);
  dir.write("corpus/manifest.yaml", without_entry(manifest, "cg-jk-2025-09"));
  const std::string warm = dir.path() + "/warm";
  ct::test::track_folder(corpus, warm);
  auto before = cache_of(warm);
  REQUIRE(!before.empty());
  const std::string comparisons = warm + "/" + kCache + "/" + kComparisons;
  const std::string comparisons_before = read_file(comparisons);
  CHECK(!comparisons_before.empty());
  // The near-miss check's word diffs against further earlier versions.
  const std::string word_diffs = warm + "/" + kCache + "/" + kWordDiffs;
  CHECK(!read_file(word_diffs).empty());
  // The near-miss check's swaps of each series against its own vocabulary.
  const std::string vocabulary = warm + "/" + kCache + "/" + kVocabularySwaps;
  CHECK(!read_file(vocabulary).empty());
  // And each thread's swaps.
  const std::string thread_swaps = warm + "/" + kCache + "/" + kThreadSwaps;
  CHECK(!read_file(thread_swaps).empty());
  // The report's Graphviz drawings, one entry per series drawn.
  const auto drawings_before = cache_of(warm, "svg");
  CHECK(!drawings_before.empty());

  // The document added back: the other documents come from the cache.
  dir.write("corpus/" + added, added_text);
  dir.write("corpus/manifest.yaml", manifest);
  ct::test::track_folder(corpus, warm);
  auto after = cache_of(warm);
  CHECK(after.size() == before.size() + 1);
  // The members' comparisons: those read back and the added document's.
  const std::string comparisons_after = read_file(comparisons);
  CHECK(comparisons_after.size() > comparisons_before.size());
  const std::string word_diffs_after = read_file(word_diffs);
  CHECK(!word_diffs_after.empty());
  const std::string vocabulary_after = read_file(vocabulary);
  CHECK(!vocabulary_after.empty());
  const std::string thread_swaps_after = read_file(thread_swaps);
  CHECK(!thread_swaps_after.empty());
  // The drawing of the series the document joined is made again (the
  // others are reused; index.html is compared with a cold run's below).
  const auto drawings_after = cache_of(warm, "svg");
  CHECK(drawings_after.size() == drawings_before.size());
  std::size_t redrawn = 0;
  for (const auto& [name, bytes] : drawings_after) redrawn += !drawings_before.count(name);
  CHECK(redrawn >= 1);
  // tracker.json's entries: one per document, the unchanged ones reused.
  auto tracker_before = cache_of(warm, "tracker");
  CHECK(tracker_before.size() == after.size());
  for (const auto& [name, bytes] : before) {
    INFO(name);
    REQUIRE(after.count(name));
    CHECK(after.at(name) == bytes);
  }

  const std::string cold = dir.path() + "/cold";
  ct::test::track_folder(corpus, cold, false);
  CHECK(!fs::exists(cold + "/" + kCache));
  auto expected = ct::test::output_files(cold);
  REQUIRE(expected.count("index.html"));
  auto got = ct::test::output_files(warm);
  REQUIRE(got.size() == expected.size());
  for (const auto& [name, bytes] : expected) {
    INFO(name);
    CHECK(got.at(name) == bytes);
  }

  SECTION("corrupt or truncated cache files are analysed again") {
    int k = 0;
    auto damaged_files = after;
    for (const auto& entry : tracker_before) damaged_files.insert(entry);
    for (const auto& entry : drawings_after) damaged_files.insert(entry);
    damaged_files[kComparisons] = comparisons_after;
    damaged_files[kWordDiffs] = word_diffs_after;
    damaged_files[kVocabularySwaps] = vocabulary_after;
    damaged_files[kThreadSwaps] = thread_swaps_after;
    for (const auto& [name, bytes] : damaged_files) {
      std::string path = warm + "/" + kCache + "/" + name;
      std::string damaged = k % 3 == 0   ? std::string("not a cache entry at all")
                            : k % 3 == 1 ? bytes.substr(0, bytes.size() / 2)
                                         : bytes.substr(0, bytes.size() - 9) + "\xff\xff";
      dir.write(fs::relative(path, dir.path()).string(), damaged);
      ++k;
    }
    ct::test::track_folder(corpus, warm);
    auto again = ct::test::output_files(warm);
    for (const auto& [name, bytes] : expected) {
      INFO(name);
      CHECK(again.at(name) == bytes);
    }
    // Rewritten whole.
    CHECK(cache_of(warm) == after);
    CHECK(cache_of(warm, "tracker") == tracker_before);
    CHECK(cache_of(warm, "svg") == drawings_after);
    CHECK(read_file(comparisons) == comparisons_after);
    CHECK(read_file(word_diffs) == word_diffs_after);
    CHECK(read_file(vocabulary) == vocabulary_after);
    CHECK(read_file(thread_swaps) == thread_swaps_after);
  }

  SECTION("a word diff that decodes but does not spell its two texts is made again") {
    // word-diffs.bin: magic line, count, then per pair two key varints and
    // the entry (its length first): "runs are cuts" (1), run count, then
    // each run's kind and length. The first run of every entry that opens
    // with an unchanged run becomes a deletion: same length, still decodes.
    std::string bytes = word_diffs_after;
    std::size_t at = bytes.find('\n') + 1;
    const std::uint64_t n = varint(bytes, at);
    std::size_t damaged = 0;
    for (std::uint64_t i = 0; i < n; ++i) {
      varint(bytes, at);
      varint(bytes, at);
      const std::size_t len = varint(bytes, at), end = at + len;
      std::size_t p = at;
      if (varint(bytes, p) == 1 && varint(bytes, p) > 1 && bytes[p] == 0) {
        bytes[p] = 2;
        ++damaged;
      }
      at = end;
    }
    REQUIRE(at == bytes.size());
    REQUIRE(damaged > 0);
    dir.write(fs::relative(word_diffs, dir.path()).string(), bytes);
    // Without the threads' swaps the word diffs are read (with them, the
    // swaps come back and the diffs are only carried, checked when read).
    fs::remove(thread_swaps);
    ct::test::track_folder(corpus, warm);
    CHECK(read_file(word_diffs) == word_diffs_after);
    CHECK(read_file(thread_swaps) == thread_swaps_after);
    auto again = ct::test::output_files(warm);
    for (const auto& [name, content] : expected) {
      INFO(name);
      CHECK(again.at(name) == content);
    }
  }
}

// A cache keyed by less than what its entry depends on would give back the
// entry of the old text: one word changed in the newest document of a
// series (a clause with earlier versions) must show in the outputs, and the
// warm run must still write what a cold run writes.
TEST_CASE("a warm run after editing a document writes what a cold run writes", "[cache]") {
  TempDir dir;
  const std::string corpus = dir.path() + "/corpus";
  fs::copy(ct::test::corpus_dir(), corpus, fs::copy_options::recursive);
  const std::string edited = "cg-jk/2025-09-23-new-york.en.txt";
  const std::string text = read_file(corpus + "/" + edited);
  const std::string from = "Reaffirming the earlier OIC pronouncements";
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);

  const std::string warm = dir.path() + "/warm";
  ct::test::track_folder(corpus, warm);
  const auto before = ct::test::output_files(warm);
  dir.write("corpus/" + edited, text.substr(0, at) + "Reaffirming the earliest OIC pronouncements" +
                                    text.substr(at + from.size()));
  ct::test::track_folder(corpus, warm);
  const auto after = ct::test::output_files(warm);
  const std::string cold = dir.path() + "/cold";
  ct::test::track_folder(corpus, cold, false);
  const auto expected = ct::test::output_files(cold);
  REQUIRE(after.size() == expected.size());
  std::size_t changed = 0;
  for (const auto& [name, bytes] : expected) {
    INFO(name);
    CHECK(after.at(name) == bytes);
    changed += !before.count(name) || before.at(name) != bytes;
  }
  CHECK(changed > 0);
  CHECK(after.at("tracker.json").find("earliest OIC") != std::string::npos);
}

TEST_CASE("a --cache DIR keeps the cache outside OUT; never inside the corpus", "[cache]") {
  TempDir dir;
  const std::string out = dir.path() + "/out", cache = dir.path() + "/cache";
  std::vector<std::string> args = {"track",
                                   "--corpus",
                                   ct::test::corpus_dir(),
                                   "--rules",
                                   ct::test::rules_dir(),
                                   "--out",
                                   out,
                                   "--quiet",
                                   "--jobs",
                                   "2",
                                   "--fail-on",
                                   "never",
                                   "--cache",
                                   cache};
  auto first = run(args);
  INFO(first.err);
  REQUIRE(first.exit_code == 0);
  CHECK(!fs::exists(out + "/" + kCache));
  REQUIRE(fs::exists(cache));
  auto entries = std::distance(fs::directory_iterator(cache), fs::directory_iterator());
  CHECK(entries > 10);
  auto expected = ct::test::output_files(out);
  // Temporaries a killed run left in the cache folder go (swept once per run,
  // not per entry); those of a live writer (this test) stay.
  const std::string dead = cache + "/0123.bin.tmp-999999999-00ab";
  const std::string live = cache + "/0123.bin.tmp-" + std::to_string(::getpid()) + "-00ab";
  dir.write(fs::relative(dead, dir.path()).string(), "half");
  dir.write(fs::relative(live, dir.path()).string(), "half");
  auto second = run(args);
  REQUIRE(second.exit_code == 0);
  CHECK(ct::test::output_files(out) == expected);
  CHECK(!fs::exists(dead));
  CHECK(fs::exists(live));

  args.back() = ct::test::corpus_dir() + "/cache";
  auto inside = run(args);
  CHECK(inside.exit_code == 2);
  CHECK(inside.err.find("--cache") != std::string::npos);
  CHECK(!fs::exists(ct::test::corpus_dir() + "/cache"));
}

// The knowledge's extensions of mandates, the repeated paragraphs and the
// phrases of another language are kept per document (documents.bin, keyed
// by the document's entry key): an edit that moves the extension to another
// date of its paragraph, makes a repeated paragraph say something else and
// translates a French phrase must show in the findings (entries kept by the
// document's id would name the other date, the old repeat and the old
// phrase), and the warm run must still write what a cold run writes.
TEST_CASE("a warm run after editing a mandate's extension writes what a cold run writes",
          "[cache]") {
  TempDir dir;
  auto resolution = [](int number, int year, const std::string& adopted,
                       const std::string& extension, const std::string& more = "") {
    return "S/RES/" + std::to_string(number) + " (" + std::to_string(year) + ")\n\nResolution " +
           std::to_string(number) + " (" + std::to_string(year) +
           ")\n\nAdopted by the Security Council at its " + std::to_string(number * 4) +
           "th meeting, on " + adopted +
           "\n\nThe Security Council,\n\nRecalling its previous resolutions on the situation in "
           "the region,\n\n1. " +
           extension +
           ";\n\n2. Requests the Secretary-General to report to the Council every six months;\n\n"
           "3. Decides to remain actively seized of the matter.\n" +
           more;
  };
  dir.write("corpus/m/S-RES-2001.txt",
            resolution(2001, 2021, "29 June 2021",
                       "Decides to extend the mandate of the Mission until 30 June 2022"));
  dir.write("corpus/m/S-RES-2101.txt",
            resolution(2101, 2022, "28 June 2022",
                       "Decides to extend the mandate of the Mission until 30 June 2023"));
  const std::string newest = "corpus/m/S-RES-2201.txt";
  const std::string repeat =
      "\n4. Requests the Secretary-General to report to the Council every six months;\n"
      "\n5. Welcomes the report of la Mission de la paix in the region;\n";
  dir.write(newest, resolution(2201, 2023, "27 June 2023",
                               "Decides, recalling its statement of 1 May 2023, to extend the "
                               "mandate of the Mission until 30 June 2024",
                               repeat));
  dir.write("corpus/manifest.yaml",
            "series:\n  - id: mission\n    title: The situation in the region\ndocuments:\n"
            "  - {id: r2001, file: m/S-RES-2001.txt, series: mission, kind: resolution, "
            "language: en, date: 2021-06-29}\n"
            "  - {id: r2101, file: m/S-RES-2101.txt, series: mission, kind: resolution, "
            "language: en, date: 2022-06-28}\n"
            "  - {id: r2201, file: m/S-RES-2201.txt, series: mission, kind: resolution, "
            "language: en, date: 2023-06-27}\n");
  const std::string corpus = dir.path() + "/corpus";
  const std::string warm = dir.path() + "/warm";
  ct::test::track_folder(corpus, warm);
  CHECK(!read_file(warm + "/" + kCache + "/" + kDocumentChecks).empty());
  const auto before = ct::test::output_files(warm);
  CHECK(before.at("findings.json").find("date.mandate-end") == std::string::npos);
  CHECK(before.at("findings.json").find("text.duplicate") != std::string::npos);
  CHECK(before.at("findings.json").find("text.other-language") != std::string::npos);

  // The extension now ends at the paragraph's first date, before the
  // adoption; its second date (the one an entry of the old text names) is
  // no end.
  dir.write(newest,
            resolution(2201, 2023, "27 June 2023",
                       "Decides to extend the mandate of the Mission until 30 May 2023, "
                       "recalling its statement of 1 May 2024",
                       "\n4. Requests the Mission to keep the Council informed of the "
                       "security situation in the region;\n"
                       "\n5. Welcomes the report of the Mission for peace in the region;\n"));
  ct::test::track_folder(corpus, warm);
  const auto after = ct::test::output_files(warm);
  const std::string cold = dir.path() + "/cold";
  ct::test::track_folder(corpus, cold, false);
  const auto expected = ct::test::output_files(cold);
  CHECK(expected.at("findings.json").find("date.mandate-end") != std::string::npos);
  CHECK(expected.at("findings.json").find("text.duplicate") == std::string::npos);
  CHECK(expected.at("findings.json").find("text.other-language") == std::string::npos);
  REQUIRE(after.size() == expected.size());
  for (const auto& [name, bytes] : expected) {
    INFO(name);
    CHECK(after.at(name) == bytes);
  }
}

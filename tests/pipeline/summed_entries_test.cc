// The cache folders of entries named KEY.SUM.EXT (summed_entries.h): an
// entry written is read back whole, by its key and extension only; one whose
// bytes no longer match its sum (cut, changed in place, emptied) is refused
// and can be made again; with a write folder of its own (track's own cache)
// that folder holds the entries this run read or wrote and no others, and
// entries are linked into OUT; elsewhere their bytes are put there.
#include "pipeline/summed_entries.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <set>

#include "support/test_support.h"
#include "util/hash.h"

namespace fs = std::filesystem;
using ct::test::read_file;
using ct::test::TempDir;

namespace {

using ct::pipeline::SummedEntries;

std::size_t links(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 ? static_cast<std::size_t>(st.st_nlink) : 0;
}

std::set<std::string> names(const std::string& dir) {
  std::set<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out.insert(e.path().filename().string());
  return out;
}

const std::string kA = ct::hex_hash128("entry a"), kB = ct::hex_hash128("entry b"),
                  kC = ct::hex_hash128("entry c");

}  // namespace

TEST_CASE("a summed entry is read back whole, by its key and extension", "[cache]") {
  TempDir dir;
  const std::string cache = dir.path() + "/cache";
  {
    SummedEntries entries({cache, ""}, "things", {".one", ".two"});
    REQUIRE(entries.enabled());
    CHECK(!entries.read(kA, ".one"));
    CHECK(entries.write(kA, ".one", "bytes of a"));
    CHECK(entries.write(kA, ".two", "other bytes of a"));
    CHECK(entries.write(kB, ".one", "bytes of b"));
  }
  CHECK(names(cache + "/things") ==
        std::set<std::string>{kA + "." + ct::hex_hash64("bytes of a") + ".one",
                              kA + "." + ct::hex_hash64("other bytes of a") + ".two",
                              kB + "." + ct::hex_hash64("bytes of b") + ".one"});
  // Listed when the folder is opened: a new object finds them.
  SummedEntries entries({cache, ""}, "things", {".one", ".two"});
  CHECK(entries.read(kA, ".one") == "bytes of a");
  CHECK(entries.read(kA, ".two") == "other bytes of a");
  CHECK(entries.read(kB, ".one") == "bytes of b");
  CHECK(!entries.read(kB, ".two"));
  CHECK(!entries.read(kC, ".one"));

  SECTION("an extension the folder does not list is not found") {
    SummedEntries ones({cache, ""}, "things", {".one"});
    CHECK(ones.read(kA, ".one") == "bytes of a");
    CHECK(!ones.read(kA, ".two"));
  }
  SECTION("names of another shape are ignored") {
    const std::string sum = ct::hex_hash64("x");
    dir.write("cache/things/" + kC + "." + sum + ".one.tmp-123", "x");  // a writer's temporary
    dir.write("cache/things/" + kC.substr(1) + "." + sum + ".one", "x");
    dir.write("cache/things/" + kC + ".ONE", "x");
    SummedEntries again({cache, ""}, "things", {".one"});
    CHECK(!again.read(kC, ".one"));
    CHECK(!again.read(kC.substr(1), ".one"));
  }
  SECTION("without a cache nothing is found or kept") {
    SummedEntries none;
    CHECK(!none.enabled());
    CHECK(!none.write(kC, ".one", "c"));
    CHECK(!none.read(kC, ".one"));
    SummedEntries none2({}, "things", {".one"});
    CHECK(!none2.enabled());
    CHECK(!none2.read(kA, ".one"));
  }
}

TEST_CASE("a summed entry whose bytes no longer match its sum is refused", "[cache]") {
  TempDir dir;
  const std::string cache = dir.path() + "/cache";
  const std::string bytes = "0123456789 the bytes of an entry";
  SummedEntries({cache, ""}, "things", {".one"}).write(kA, ".one", bytes);
  const std::string path = cache + "/things/" + kA + "." + ct::hex_hash64(bytes) + ".one";
  REQUIRE(read_file(path) == bytes);

  // Cut, changed in place with its size kept, emptied, replaced.
  for (const std::string& damaged :
       {bytes.substr(0, bytes.size() / 2), bytes.substr(0, 3) + "X" + bytes.substr(4),
        std::string(), std::string("not an entry")}) {
    INFO(damaged);
    dir.write(fs::relative(path, dir.path()).string(), damaged);
    SummedEntries entries({cache, dir.path() + "/staged"}, "things", {".one"});
    CHECK(!entries.read(kA, ".one"));
    // Not carried into this run's folder either.
    CHECK(names(dir.path() + "/staged/things").empty());
  }
  // Made again: the entry is whole once more.
  SummedEntries({cache, ""}, "things", {".one"}).write(kA, ".one", bytes);
  CHECK(SummedEntries({cache, ""}, "things", {".one"}).read(kA, ".one") == bytes);
}

TEST_CASE("track's own cache holds this run's summed entries only, linked into OUT", "[cache]") {
  TempDir dir;
  const std::string cache = dir.path() + "/cache", staged = dir.path() + "/staged",
                    out = dir.path() + "/out";
  {
    SummedEntries entries({cache, ""}, "things", {".one"});
    for (const std::string& k : {kA, kB}) entries.write(k, ".one", "bytes of " + k);
  }
  SummedEntries entries({cache, staged}, "things", {".one"});
  int put = 0;
  auto put_out = [&put](std::string) { ++put; };
  // A kept entry, and a made one; kB is not used in this run.
  CHECK(entries.put_kept(kA, ".one", out + "/sub/a", put_out));
  CHECK(!entries.put_kept(kC, ".one", out + "/sub/c", put_out));
  entries.put_made(kC, ".one", out + "/sub/c", "bytes of c", put_out);
  CHECK(put == 0);
  const std::string a = kA + "." + ct::hex_hash64("bytes of " + kA) + ".one",
                    c = kC + "." + ct::hex_hash64("bytes of c") + ".one";
  // The unused entry stays behind, with the old folder.
  CHECK(names(staged + "/things") == std::set<std::string>{a, c});
  CHECK(names(cache + "/things").size() == 2);
  CHECK(read_file(out + "/sub/a") == "bytes of " + kA);
  CHECK(read_file(out + "/sub/c") == "bytes of c");
  // OUT's files are the entries: linked (the entry carried, OUT's file).
  CHECK(links(out + "/sub/c") == 2);
  CHECK(links(out + "/sub/a") == 3);

  SECTION("with a cache elsewhere the bytes are put into OUT") {
    SummedEntries elsewhere({cache, ""}, "things", {".one"});
    std::string got;
    auto keep = [&got](std::string bytes) { got = std::move(bytes); };
    CHECK(elsewhere.put_kept(kB, ".one", out + "/b", keep));
    CHECK(got == "bytes of " + kB);
    CHECK(!fs::exists(out + "/b"));
    elsewhere.put_made(kC, ".one", out + "/c2", "bytes of c, again", keep);
    CHECK(got == "bytes of c, again");
    CHECK(!fs::exists(out + "/c2"));
    CHECK(elsewhere.read(kC, ".one") != "bytes of c, again");  // listed before it was written
    CHECK(SummedEntries({cache, ""}, "things", {".one"}).read(kC, ".one") == "bytes of c, again");
  }
  SECTION("without a cache put_made only puts") {
    SummedEntries none;
    std::string got;
    none.put_made(kC, ".one", out + "/d", "d", [&got](std::string bytes) { got = bytes; });
    CHECK(got == "d");
    CHECK(!none.put_kept(kC, ".one", out + "/d", [](std::string) { FAIL("put"); }));
  }
}

// The fuzz targets' inputs replayed in the normal build (`make fuzz` is not
// part of `make test`): the seed corpus (fuzz/corpus/<target>/) and every
// input a fuzz run found crashing (fuzz/regressions/<target>/), each given to
// what its target calls (fuzz/entry_points.h): an InputError at most, never
// another exception or a crash.
#include <catch2/catch.hpp>
#include <filesystem>

#include "fuzz/entry_points.h"
#include "support/test_support.h"

using namespace ct::test;

TEST_CASE("fuzz seeds and regressions replay without a crash", "[ingest][fuzz]") {
  namespace fs = std::filesystem;
  TempDir scratch;
  std::size_t seeds = 0, regressions = 0;
  for (const char* target : ct::fuzz::kTargets) {
    std::size_t seeds_of_target = 0;
    for (const char* kind : {"corpus", "regressions"}) {
      fs::path dir = fs::path(source_dir()) / "fuzz" / kind / target;
      if (!fs::is_directory(dir)) continue;
      for (const auto& entry : fs::directory_iterator(dir)) {
        if (!entry.is_regular_file() || entry.path().filename().string().front() == '.') continue;
        INFO(target << ": " << entry.path().string());
        std::string bytes = read_file(entry.path().string());
        CHECK_NOTHROW(ct::fuzz::run(target, bytes, rules(), scratch.path()));
        ++(std::string(kind) == "corpus" ? seeds_of_target : regressions);
      }
    }
    INFO(target);
    CHECK(seeds_of_target > 0);  // every target has its seeds
    seeds += seeds_of_target;
  }
  CHECK(seeds >= 6);
  INFO(regressions << " regression inputs");
}

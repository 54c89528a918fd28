// All text that goes out is valid UTF-8: a numeric character reference to a
// surrogate (&#xD800;), to NUL or past U+10FFFF becomes U+FFFD in every
// output of track and of the other commands.
#include <catch2/catch.hpp>
#include <filesystem>

#include "support/test_support.h"
#include "text/utf8.h"

namespace fs = std::filesystem;
using ct::test::read_file;
using ct::test::run;
using ct::test::TempDir;

namespace {

const std::string& kText = ct::test::kNoCharacterReferences;
const std::string& kReplacement = ct::test::kReplacementCharacter;

}  // namespace

TEST_CASE("every output of a run on surrogate references is valid UTF-8", "[pipeline][utf8]") {
  TempDir dir;
  dir.write("corpus/a.txt", kText);
  std::string corpus = dir.path() + "/corpus", out = dir.path() + "/out";
  auto r = run({"track", "--corpus", corpus, "--rules", ct::test::rules_dir(), "--out", out,
                "--quiet", "--fail-on", "never"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  int files = 0;
  for (const auto& e : fs::directory_iterator(out)) {
    INFO(e.path());
    CHECK(ct::text::invalid_utf8_offset(read_file(e.path().string())) == ct::text::kValid);
    ++files;
  }
  CHECK(files >= 6);
  CHECK(read_file(out + "/index.html").find(kReplacement) != std::string::npos);
  for (std::string format : {"text", "json"}) {
    auto seg = run({"segment", corpus + "/a.txt", "--corpus", corpus, "--rules",
                    ct::test::rules_dir(), "--format", format});
    INFO(seg.err);
    CHECK(seg.exit_code == 0);
    CHECK(ct::text::invalid_utf8_offset(seg.out) == ct::text::kValid);
    CHECK(seg.out.find(kReplacement) != std::string::npos);
  }
}

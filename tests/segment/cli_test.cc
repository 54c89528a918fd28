// `clausetrack segment` through the binary: text and JSON output of a corpus
// document and of a file outside the corpus; the same clauses whatever --jobs.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "pipeline/pipeline.h"
#include "support/segment_support.h"
#include "support/test_support.h"

using ct::test::run;

TEST_CASE("segment DOC-ID prints one line per clause with its id, role and lines",
          "[segment][cli]") {
  auto r = run({"segment", "cg-jk-2023-03"}, ct::test::source_dir());
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("== cg-jk-2023-03") == 0);
  CHECK(r.out.find("s2.8.ii  list-item") != std::string::npos);
  CHECK(r.out.find("s2.8  operative") != std::string::npos);
  CHECK(r.out.find("[demand 5] Exigé que l'Inde :") != std::string::npos);
  // One line per clause plus the document line.
  CHECK(
      std::count(r.out.begin(), r.out.end(), '\n') ==
      static_cast<long>(ct::test::segmented_corpus().find_document("cg-jk-2023-03")->clause_count) +
          1);
}

TEST_CASE("segment FILE --format json gives the tracker/1 documents and clauses",
          "[segment][cli]") {
  ct::test::TempDir dir;
  std::string f =
      dir.write("draft.txt",
                "S/RES/9999 (2031)\n\nResolution 9999 (2031)\n\nThe Security Council,\n\n"
                "Recalling its resolutions,\n\n1. Decides to act;\n\n(a) promptly;\n\n"
                "2. Decides to remain seized of the matter.\n");
  auto r = run({"segment", f, "--format", "json", "--corpus", dir.path() + "/none"},
               ct::test::source_dir());
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["schema"] == "clausetrack/tracker/1");
  REQUIRE(j["documents"].size() == 1);
  std::string doc = j["documents"][0]["id"];
  std::map<std::string, std::string> roles;
  for (const auto& c : j["clauses"])
    roles[c["id"].get<std::string>().substr(doc.size() + 1)] = c["role"];
  CHECK(roles["title"] == "title");
  CHECK(roles["pre.1"] == "preambular");
  CHECK(roles["1"] == "operative");
  CHECK(roles["1.a"] == "list-item");
  CHECK(roles["2"] == "operative");
}

TEST_CASE("the clauses are the same whatever the number of threads", "[segment][cli]") {
  const ct::Rules& rules = ct::test::rules();
  ct::Corpus one =
      ct::pipeline::load(ct::test::corpus_dir(), rules, 1, ct::pipeline::Depth::Segment);
  ct::Corpus four =
      ct::pipeline::load(ct::test::corpus_dir(), rules, 4, ct::pipeline::Depth::Segment);
  REQUIRE(one.clauses.size() == four.clauses.size());
  for (std::size_t i = 0; i < one.clauses.size(); ++i) {
    const ct::Clause& a = one.clauses[i];
    const ct::Clause& b = four.clauses[i];
    INFO(a.id);
    CHECK(a.id == b.id);
    CHECK(a.text == b.text);
    CHECK(a.role == b.role);
    CHECK(a.parent == b.parent);
    CHECK(a.line == b.line);
  }
}

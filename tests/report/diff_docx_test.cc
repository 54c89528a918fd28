// `clausetrack diff --format docx`: the Word document read back by pandoc
// with every change accepted gives the new document's clauses, with every
// change rejected the old one's (shipped pairs, the same language and not,
// an unsc-dev pair, and a pair with clauses inserted, deleted and moved); the
// package holds the parts Word needs, well formed; the changes carry the
// author and the date (SOURCE_DATE_EPOCH: the same bytes twice); clausetrack
// reads its own output as the new text.
#include <libxml/parser.h>
#include <stdlib.h>
#include <zip.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "support/test_support.h"

using namespace ct::test;

namespace {

std::string squeeze(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// The clauses of a file as `clausetrack segment` gives them: "NUMBER|TEXT".
std::vector<std::string> clauses_of(const std::string& file) {
  RunResult r = run({"segment", file, "--rules", rules_dir(), "--format", "json"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  nlohmann::json j = nlohmann::json::parse(r.out);
  std::vector<std::string> out;
  for (const auto& c : j["clauses"])
    out.push_back(c["number"].get<std::string>() + "|" + squeeze(c["text"].get<std::string>()));
  return out;
}

// The text of a .docx as pandoc reads it with its changes `mode`
// (accept|reject), written to DIR/MODE.txt, and its paragraph count.
std::pair<std::string, std::size_t> pandoc_text(const TempDir& dir, const std::string& docx,
                                                const std::string& mode) {
  RunResult r =
      run_program("pandoc", {"--track-changes=" + mode, "-t", "plain", "--wrap=none", docx});
  REQUIRE(r.exit_code == 0);
  std::size_t paragraphs = 0;
  std::string text = r.out + "\n\n";
  for (std::size_t b = 0; b < text.size();) {
    std::size_t e = text.find("\n\n", b);
    if (e == std::string::npos) e = text.size();
    if (!squeeze(text.substr(b, e - b)).empty()) ++paragraphs;
    b = e + 2;
  }
  return {dir.write(mode + ".txt", r.out), paragraphs};
}

std::string diff_docx(const TempDir& dir, const std::string& older, const std::string& newer,
                      std::vector<std::string> extra = {}) {
  std::string out = dir.path() + "/diff.docx";
  std::vector<std::string> args = {"diff",      older,      newer,        "--rules",
                                   rules_dir(), "--corpus", corpus_dir(), "--format",
                                   "docx",      "-o",       out};
  args.insert(args.end(), extra.begin(), extra.end());
  RunResult r = run(args);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return out;
}

void check_round_trip(const std::string& older, const std::string& newer) {
  TempDir dir;
  std::string docx = diff_docx(dir, older, newer);
  INFO(older << " -> " << newer);
  // One paragraph per clause, each read back as the same number and text.
  auto [accepted, accepted_paragraphs] = pandoc_text(dir, docx, "accept");
  auto [rejected, rejected_paragraphs] = pandoc_text(dir, docx, "reject");
  std::vector<std::string> new_clauses = clauses_of(newer), old_clauses = clauses_of(older);
  CHECK(accepted_paragraphs == new_clauses.size());
  CHECK(rejected_paragraphs == old_clauses.size());
  CHECK(clauses_of(accepted) == new_clauses);
  CHECK(clauses_of(rejected) == old_clauses);
}

std::string part(const std::string& docx, const char* name) {
  int err = 0;
  zip_t* z = zip_open(docx.c_str(), ZIP_RDONLY, &err);
  REQUIRE(z);
  zip_stat_t st;
  std::string out;
  if (zip_stat(z, name, 0, &st) == 0) {
    zip_file_t* f = zip_fopen(z, name, 0);
    REQUIRE(f);
    out.resize(st.size);
    REQUIRE(zip_fread(f, out.data(), st.size) == static_cast<zip_int64_t>(st.size));
    zip_fclose(f);
  }
  zip_discard(z);
  return out;
}

const std::string kOld =
    "Joint Communique\n\nThe Ministers:\n\n"
    "1. Welcomed the report of the Secretary General on the situation.\n\n"
    "2. Decided to remain seized of the matter and to meet again in New York.\n\n"
    "3. Called for the release of all political prisoners held since 2019.\n\n"
    "4. Requested the Secretariat to circulate this communique to all Member States.\n\n"
    "5. Expressed concern at the restrictions imposed on the freedom of assembly.\n";
// 1 reworded, 2 moved to the end, 3 deleted, a new clause inserted, 4 and 5 kept.
const std::string kNew =
    "Joint Communique\n\nThe Ministers:\n\n"
    "1. Welcomed the comprehensive report of the Secretary General on the situation.\n\n"
    "2. Urged all parties to engage in a meaningful dialogue without preconditions.\n\n"
    "3. Requested the Secretariat to circulate this communique to all Member States.\n\n"
    "4. Expressed concern at the restrictions imposed on the freedom of assembly.\n\n"
    "5. Decided to remain seized of the matter and to meet again in New York.\n";

}  // namespace

TEST_CASE("docx diff of the shipped pairs: accept gives the new clauses, reject the old",
          "[docx]") {
  if (!have(find_program("pandoc"), "pandoc")) return;
  std::string c = corpus_dir() + "/cg-jk/";
  check_round_trip(c + "2023-09-20-new-york.en.txt", c + "2025-09-23-new-york.en.txt");
  check_round_trip(c + "2019-09-25-new-york.fr.txt", c + "2023-03-16-nouakchott.fr.txt");
  check_round_trip(c + "2023-03-16-nouakchott.fr.txt", c + "2023-09-20-new-york.en.txt");
}

TEST_CASE("docx diff of an unsc-dev pair", "[docx]") {
  std::string dir = shared_dir() + "/corpora/unsc-dev/binuh-haiti/en/";
  if (!have(dir, "the unsc-dev set") || !have(find_program("pandoc"), "pandoc")) return;
  check_round_trip(dir + "S-RES-2743-2024.en.txt", dir + "S-RES-2785-2025.en.txt");
}

TEST_CASE("docx diff with clauses inserted, deleted and moved", "[docx]") {
  if (!have(find_program("pandoc"), "pandoc")) return;
  TempDir dir;
  std::string older = dir.write("old.txt", kOld), newer = dir.write("new.txt", kNew);
  RunResult text = run({"diff", older, newer, "--rules", rules_dir(), "--corpus", corpus_dir()});
  REQUIRE(text.exit_code == 0);
  CHECK(text.out.find("== moved") != std::string::npos);
  CHECK(text.out.find("== added") != std::string::npos);
  CHECK(text.out.find("== removed") != std::string::npos);
  check_round_trip(older, newer);

  std::string docx = diff_docx(dir, older, newer);
  std::string doc = part(docx, "word/document.xml");
  CHECK(count_of(doc, "<w:ins ") >= 3);  // a word, the inserted clause, the moved one
  CHECK(count_of(doc, "<w:del ") >= 3);
  CHECK(doc.find("<w:delText xml:space=\"preserve\">3. Called for the release") !=
        std::string::npos);
  // Clause 2 moved to the end: deleted at its old place, inserted at its new one.
  CHECK(doc.find("<w:delText xml:space=\"preserve\">2. Decided to remain seized") <
        doc.find("<w:t xml:space=\"preserve\">5. Decided to remain seized"));
}

TEST_CASE("docx diff: the package Word needs, well formed", "[docx]") {
  TempDir dir;
  std::string c = corpus_dir() + "/cg-jk/";
  std::string docx =
      diff_docx(dir, c + "2023-09-20-new-york.en.txt", c + "2025-09-23-new-york.en.txt");
  for (const char* name :
       {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
        "word/styles.xml", "docProps/core.xml"}) {
    INFO(name);
    std::string xml = part(docx, name);
    REQUIRE(!xml.empty());
    xmlDocPtr d = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), name, nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    CHECK(d != nullptr);
    xmlFreeDoc(d);
  }
  std::string types = part(docx, "[Content_Types].xml");
  CHECK(types.find("wordprocessingml.document.main+xml") != std::string::npos);
  CHECK(part(docx, "_rels/.rels").find("Target=\"word/document.xml\"") != std::string::npos);

  // Every change has an id of its own.
  std::string doc = part(docx, "word/document.xml");
  std::regex id_re("w:id=\"([0-9]+)\"");
  std::set<std::string> ids;
  std::size_t n = 0;
  for (auto it = std::sregex_iterator(doc.begin(), doc.end(), id_re); it != std::sregex_iterator();
       ++it, ++n)
    ids.insert((*it)[1]);
  CHECK(n > 0);
  CHECK(ids.size() == n);
}

TEST_CASE("docx diff: author and date, and SOURCE_DATE_EPOCH gives the same bytes", "[docx]") {
  TempDir a, b;
  std::string c = corpus_dir() + "/cg-jk/";
  std::string older = c + "2023-09-20-new-york.en.txt", newer = c + "2025-09-23-new-york.en.txt";
  ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  std::string first = read_file(diff_docx(a, older, newer, {"--author", "Drafting <Team>"}));
  std::string second = read_file(diff_docx(b, older, newer, {"--author", "Drafting <Team>"}));
  ::unsetenv("SOURCE_DATE_EPOCH");
  CHECK(first == second);
  std::string doc = part(a.path() + "/diff.docx", "word/document.xml");
  CHECK(doc.find("w:author=\"Drafting &lt;Team&gt;\" w:date=\"2023-11-14T22:13:20Z\"") !=
        std::string::npos);
  CHECK(doc.find("w:author=\"clausetrack\"") == std::string::npos);

  std::string plain = part(diff_docx(a, older, newer), "word/document.xml");
  CHECK(plain.find("w:author=\"clausetrack\"") != std::string::npos);

  ::setenv("SOURCE_DATE_EPOCH", "yesterday", 1);
  RunResult bad = run({"diff", older, newer, "--rules", rules_dir(), "--corpus", corpus_dir(),
                       "--format", "docx", "-o", b.path() + "/bad.docx"});
  ::unsetenv("SOURCE_DATE_EPOCH");
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("SOURCE_DATE_EPOCH") != std::string::npos);
  CHECK(!exists(b.path() + "/bad.docx"));
}

TEST_CASE("docx diff read back by clausetrack: the new text", "[docx]") {
  TempDir dir;
  std::string c = corpus_dir() + "/cg-jk/";
  std::string newer = c + "2025-09-23-new-york.en.txt";
  std::string docx = diff_docx(dir, c + "2023-09-20-new-york.en.txt", newer);
  CHECK(clauses_of(docx) == clauses_of(newer));
}

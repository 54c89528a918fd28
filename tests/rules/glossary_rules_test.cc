// Loading and validation of the glossary's word lexicons (rules/lexicon/) and
// of the act classes of the language rules: the shipped files load, and a
// malformed lexicon line or a missing lexicon file is an error with file,
// line and column (exit 2); so is a cognates entry that does not name two
// known languages.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include "rules/rules.h"
#include "support/test_support.h"

using namespace ct;
using namespace ct::test;
namespace fs = std::filesystem;

namespace {

std::string copy_rules(const TempDir& dir) {
  std::string to = dir.path() + "/rules";
  fs::copy(rules_dir(), to, fs::copy_options::recursive);
  return to;
}

RunResult segment_with(const TempDir& dir, const std::string& rules) {
  std::string file = dir.write("text.txt", "Adopted in New York on 5 May 2021.\n");
  return run({"segment", file, "--rules", rules, "--corpus", dir.path() + "/no-corpus"});
}

}  // namespace

TEST_CASE("The shipped lexicon and act classes load", "[rules][glossary]") {
  const Rules& r = rules();
  // English to each other UN language, learned from unsc-dev.
  REQUIRE(r.glossary.lexicons.size() == 5);
  std::set<std::string> to;
  for (const Lexicon& lex : r.glossary.lexicons) {
    CHECK(lex.from == "en");
    CHECK(lex.pairs.size() > 1000);
    to.insert(lex.to);
  }
  CHECK(to == std::set<std::string>{"fr", "ar", "zh", "ru", "es"});
  for (const char* code : {"en", "fr"}) {
    const LanguageRules* l = r.language(code);
    REQUIRE(l);
    CHECK_FALSE(l->act_stems.empty());
    CHECK(l->weak_acts.count("reaffirm"));
    CHECK_FALSE(l->negations.empty());
  }
}

TEST_CASE("Acts are read from words as written, not from stems", "[rules][glossary]") {
  // A stem would make "authorities" authorize.
  const LanguageRules* en = rules().language("en");
  REQUIRE(en);
  CHECK(en->act_words.at("authorises") == "demand");
  CHECK(en->act_words.at("authorizes") == "demand");
  CHECK_FALSE(en->act_words.count("authorities"));
  const LanguageRules* fr = rules().language("fr");
  REQUIRE(fr);
  // The UN renders "Encourages"/"urges" as "Engage"; "Entend" is "intends".
  CHECK(fr->act_words.at("engage") == "demand");
  CHECK_FALSE(fr->act_words.count("entend"));
}

TEST_CASE("A malformed lexicon line is an error at its line and column", "[rules][glossary]") {
  TempDir dir;
  std::string rules = copy_rules(dir);
  std::string file = rules + "/lexicon/en-fr.tsv";
  std::ofstream(file, std::ios::binary) << "# header\nrelease\tlibération\t0.9\t0.8\n"
                                        << "demand\texige\t1.5\t0.4\n";
  RunResult r = segment_with(dir, rules);
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.err.rfind("clausetrack: error: " + file + ":3:", 0) == 0);
  CHECK(r.err.find("1.5") != std::string::npos);

  std::ofstream(file, std::ios::binary) << "release\tlibération\t0.9\n";
  r = segment_with(dir, rules);
  CHECK(r.exit_code == 2);
  CHECK(r.err.rfind("clausetrack: error: " + file + ":1:1:", 0) == 0);
  CHECK(r.err.find("4 tab-separated fields") != std::string::npos);
}

TEST_CASE("A missing lexicon file is an error in the glossary", "[rules][glossary]") {
  TempDir dir;
  std::string rules = copy_rules(dir);
  fs::remove(rules + "/lexicon/en-fr.tsv");
  RunResult r = segment_with(dir, rules);
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.err.rfind("clausetrack: error: " + rules + "/glossary.yaml:", 0) == 0);
  CHECK(r.err.find("not found") != std::string::npos);
}

TEST_CASE("Cognates name two known languages", "[rules][glossary]") {
  CHECK(rules().glossary.cognates ==
        std::vector<std::pair<std::string, std::string>>{{"en", "fr"}});
  TempDir dir;
  std::string rules = copy_rules(dir);
  std::string file = rules + "/glossary.yaml";
  std::string text;
  {
    std::ifstream in(file, std::ios::binary);
    text.assign(std::istreambuf_iterator<char>(in), {});
  }
  auto with = [&](const std::string& from, const std::string& to) {
    std::string t = text;
    t.replace(t.find(from), from.size(), to);
    std::ofstream(file, std::ios::binary) << t;
    return segment_with(dir, rules);
  };
  RunResult r = with("  - [en, fr]\n", "  - [en]\n");
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.err.rfind("clausetrack: error: " + file + ":", 0) == 0);
  CHECK(r.err.find("two languages") != std::string::npos);
  r = with("  - [en, fr]\n", "  - [en, xx]\n");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("unknown language 'xx'") != std::string::npos);
}

// Loading and validation of the extract rules (dates, symbols, bodies,
// entities, places): located errors through the binary (exit 2), templates,
// the gazetteer, and patterns that cannot hang the tool.
#include <re2/re2.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>

#include "model/error.h"
#include "rules/gazetteer.h"
#include "rules/rule_template.h"
#include "rules/rules.h"
#include "support/test_support.h"

using namespace ct;
using namespace ct::test;
namespace fs = std::filesystem;

namespace {

// A copy of the project's rules in `dir`/rules; returns its path.
std::string copy_rules(const TempDir& dir) {
  std::string to = dir.path() + "/rules";
  fs::copy(rules_dir(), to, fs::copy_options::recursive);
  return to;
}

// Replaces the first `from` in file `path` by `to`.
void edit(const std::string& path, const std::string& from, const std::string& to) {
  std::string s = read_file(path);
  auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  s.replace(at, from.size(), to);
  std::ofstream(path, std::ios::binary) << s;
}

// Line (1-based) of the first occurrence of `needle` in file `path`.
int line_of(const std::string& path, const std::string& needle) {
  std::string s = read_file(path);
  auto at = s.find(needle);
  REQUIRE(at != std::string::npos);
  return 1 + static_cast<int>(std::count(s.begin(), s.begin() + static_cast<long>(at), '\n'));
}

// Runs `segment` on a small text with the given rules folder.
RunResult segment_with(const TempDir& dir, const std::string& rules) {
  std::string file = dir.write("text.txt", "Adopté à Niamey le 27 novembre 2020.\n");
  return run({"segment", file, "--rules", rules, "--corpus", dir.path() + "/no-corpus"});
}

// Checks an exit-2 error naming `file` at `line` (and some column) with `what`.
void expect_error(const RunResult& r, const std::string& file, int line, const std::string& what) {
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  std::string prefix = "clausetrack: error: " + file + ":" + std::to_string(line) + ":";
  CHECK(r.err.rfind(prefix, 0) == 0);
  CHECK(r.err.find(what) != std::string::npos);
}

}  // namespace

TEST_CASE("The shipped extract rules load", "[rules][extract]") {
  const Rules& r = rules();
  CHECK(r.extract.files.size() == 5);
  CHECK_FALSE(r.extract.dates.patterns.get("fr").empty());
  CHECK_FALSE(r.extract.dates.patterns.get("en").empty());
  CHECK(r.extract.dates.order_for("fr") == "dmy");
  CHECK(r.extract.gazetteer.find_id("UNGA"));
  CHECK(r.extract.gazetteer.entry(*r.extract.gazetteer.find_id("CFM")).sessions);
  // A document in a language without rules gets the language-neutral patterns.
  CHECK_FALSE(r.extract.dates.patterns.get("xx").empty());
}

TEST_CASE("An unknown key in a rules file is an error with file, line and column",
          "[rules][extract]") {
  TempDir dir;
  std::string rules = copy_rules(dir);
  std::string file = rules + "/dates.yaml";
  edit(file, "default_order: dmy", "default_order: dmy\ndefault_ordre: dmy");
  expect_error(segment_with(dir, rules), file, line_of(file, "default_ordre"),
               "unknown key 'default_ordre'");
}

TEST_CASE("A wrong type is an error with file, line and column", "[rules][extract]") {
  TempDir dir;
  std::string rules = copy_rules(dir);
  std::string file = rules + "/entities.yaml";
  edit(file, "  window: 170", "  window: [1, 2]");
  expect_error(segment_with(dir, rules), file, line_of(file, "window: [1, 2]"),
               "window must be an integer");

  TempDir dir2;
  std::string rules2 = copy_rules(dir2);
  std::string file2 = rules2 + "/bodies.yaml";
  edit(file2, "    sessions: true\n    names:\n      en: [Council of Foreign",
       "    sessions: maybe\n    names:\n      en: [Council of Foreign");
  expect_error(segment_with(dir2, rules2), file2, line_of(file2, "sessions: maybe"),
               "sessions must be true or false");
}

TEST_CASE("A pattern that does not compile is an error with file, line and column",
          "[rules][extract]") {
  TempDir dir;
  std::string rules = copy_rules(dir);
  std::string file = rules + "/symbols.yaml";
  edit(file, R"(pattern: '\bS/RES/)", R"(pattern: '(\bS/RES/)");
  expect_error(segment_with(dir, rules), file, line_of(file, R"('(\bS/RES/)"),
               "pattern does not compile");
}

TEST_CASE("Unknown placeholders, groups, languages, bodies and duplicate names are errors",
          "[rules][extract]") {
  struct Case {
    const char* file;
    const char* from;
    const char* to;
    const char* marker;  // text on the line the error must name
    const char* what;
  } cases[] = {
      {"dates.yaml",
       "(?P<month>{month_strict})\\.?\\s+(?P<year>\\d{4})\\b'\n    - name: day-month\n",
       "(?P<month>{mnth})\\.?\\s+(?P<year>\\d{4})\\b'\n    - name: day-month\n", "{mnth}",
       "unknown placeholder {mnth}"},
      {"dates.yaml", "pattern: '\\b(?P<year>\\d{4})-(?P<month_num>",
       "pattern: '\\b(?P<yr>\\d{4})-(?P<month_num>", "(?P<yr>", "unknown group (?P<yr>...)"},
      {"dates.yaml", "numeric_order:\n  fr: dmy", "numeric_order:\n  xx: dmy", "xx: dmy",
       "unknown language 'xx'"},
      {"dates.yaml", "  fr: dmy", "  fr: ymd", "fr: ymd", "numeric order must be dmy or mdy"},
      {"dates.yaml", "full_date_years: [1000, 2999]", "full_date_years: [1950, 2999]",
       "full_date_years: [1950", "full_date_years must contain years"},
      {"symbols.yaml", "    body: [UNGA]", "    body: [UNGAA]", "body: [UNGAA]",
       "unknown body 'UNGAA'"},
      {"symbols.yaml", "    value: 'A/RES/{session}/{num}'\n",
       "    value: 'A/RES/{sesion}/{num}'\n", "{sesion}", "value uses {sesion}"},
      {"places.yaml", "names: {en: [Doha], fr: [Doha]", "names: {en: [Doha, Niamey], fr: [Doha]",
       "[Doha, Niamey]", "name 'Niamey' already belongs to 'Niamey'"},
      {"bodies.yaml", "  - id: UNSOS", "  - id: UNSOM",
       "id: UNSOM\n    names:\n      en: [United Nations Support", "id 'UNSOM' is defined twice"},
      {"bodies.yaml", "    - '\\b(?P<num>\\d{1,3}){ord}\\s+(?i:session)\\b'",
       "    - '\\b(?P<number>\\d{1,3}){ord}\\s+(?i:session)\\b'", "(?P<number>",
       "unknown group (?P<number>...)"},
  };
  for (const auto& c : cases) {
    INFO(c.file << ": " << c.to);
    TempDir dir;
    std::string rules = copy_rules(dir);
    std::string file = rules + "/" + c.file;
    edit(file, c.from, c.to);
    expect_error(segment_with(dir, rules), file, line_of(file, c.marker), c.what);
  }
}

TEST_CASE("Invalid YAML in an extract rules file is located", "[rules][extract]") {
  TempDir dir;
  std::string rules = copy_rules(dir);
  std::string file = rules + "/places.yaml";
  edit(file, "  - {id: Doha, kind: city,", "  - {id: Doha, kind: [city,");
  RunResult r = segment_with(dir, rules);
  CHECK(r.exit_code == 2);
  CHECK(r.err.rfind("clausetrack: error: " + file + ":", 0) == 0);
  CHECK(r.err.find("invalid YAML") != std::string::npos);
}

TEST_CASE("Extract rules files may be absent", "[rules][extract]") {
  TempDir dir;
  std::string to = dir.path() + "/rules";
  fs::create_directories(to);
  fs::copy(rules_dir() + "/lang", to + "/lang", fs::copy_options::recursive);
  RunResult r = segment_with(dir, to);
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("27 novembre 2020") != std::string::npos);
}

TEST_CASE("A pathological pattern cannot hang the tool", "[rules][extract]") {
  // Exponential for a backtracking engine; linear for RE2.
  TempDir dir;
  std::string rules = copy_rules(dir);
  edit(rules + "/symbols.yaml", "symbols:\n",
       "symbols:\n  - name: nested\n    type: document\n    pattern: '(?P<s>(a+)+b)'\n    value: "
       "'{s}'\n");
  std::string text = std::string(30000, 'a') + "!\n\n" + std::string(20000, 'a') + "b\n";
  std::string file = dir.write("long.txt", text);
  RunResult r = run(
      {"segment", file, "--rules", rules, "--format", "json", "--corpus", dir.path() + "/none"});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("\"type\": \"document\"") != std::string::npos);
}

TEST_CASE("Templates expand placeholders and leave repetitions alone", "[rules][extract]") {
  std::string unknown;
  auto e = expand_template(R"(\d{1,3}{x}\{y\}{z})", {{"x", "(?:A)"}, {"z", "(?:B)"}}, unknown);
  REQUIRE(e);
  CHECK(*e == R"(\d{1,3}(?:A)\{y\}(?:B))");
  CHECK_FALSE(expand_template("{nope}", {}, unknown));
  CHECK(unknown == "nope");

  // Folded words match whatever the case and accents.
  re2::RE2 months("^" + folded_alternation({"aout", "fevrier", "oeuvre", "l'homme"}) + "$");
  REQUIRE(months.ok());
  for (const char* s :
       {"août", "AOÛT", "aout", "Février", "FÉVRIER", "œuvre", "l’homme", "l'Homme"})
    CHECK(re2::RE2::FullMatch(s, months));
  CHECK_FALSE(re2::RE2::FullMatch("mai", months));
  re2::RE2 none(folded_alternation({}));
  CHECK(none.ok());
  CHECK_FALSE(re2::RE2::PartialMatch("anything", none));
  re2::RE2 exact("^" + literal_alternation({"M.", "S.E."}) + "$");
  CHECK(re2::RE2::FullMatch("S.E.", exact));
  CHECK_FALSE(re2::RE2::FullMatch("SxE.", exact));
}

TEST_CASE("The gazetteer matches names folded and acronyms as written", "[rules][extract]") {
  Gazetteer g;
  std::size_t un = g.add({"UN", EntityType::Organization, "", false, false});
  std::size_t jk = g.add({"JK", EntityType::Place, "region", false, true});
  CHECK(g.add_name(un, "Nations Unies").empty());
  CHECK(g.add_name(jk, "Jammu-et-Cachemire").empty());
  CHECK(g.add_name(jk, "Jammu et Cachemire").empty());  // same key, same entry
  CHECK(g.add_name(un, "Jammu et Cachemire") == "JK");
  CHECK(g.add_acronym(un, "fr", "ONU").empty());
  g.build({"fr", "en"});
  CHECK(Gazetteer::key("Jammu–et–Cachemire") == "jammu et cachemire");
  auto names = g.find_names("au jammu et cachemire, aux nations-unies et aux nationsunies");
  REQUIRE(names.size() == 2);
  CHECK(g.entry(names[0].entry).id == "JK");
  CHECK(g.entry(names[1].entry).id == "UN");
  CHECK(g.find_acronyms("l'ONU et l'onu", "fr").size() == 1);
  CHECK(g.find_acronyms("l'ONU", "en").empty());
  CHECK(g.find_acronyms("l'ONU", "").size() == 1);
}

TEST_CASE("A new language needs rules files only", "[rules][extract]") {
  TempDir dir;
  std::string rules = copy_rules(dir);
  dir.write("rules/lang/es.yaml",
            "language: es\nname: español\nstemmer: spanish\n"
            "detect: [el, la, los, las, de, del, y, en, que, por, con, para, una, sus]\n"
            "stopwords: [el, la, los, las, de, del, y, en]\n"
            "months:\n  enero: 1\n  febrero: 2\n  marzo: 3\n  abril: 4\n  mayo: 5\n  junio: 6\n"
            "  julio: 7\n  agosto: 8\n  [septiembre, setiembre]: 9\n  octubre: 10\n"
            "  noviembre: 11\n  diciembre: 12\n"
            "cardinals:\n  cuarenta: 40\nordinals:\n  [séptimo, séptima]: 7\n"
            "ordinal_suffixes: [º, ª, o, a]\n");
  edit(rules + "/dates.yaml", "  en:\n    - name: day-month-year",
       "  es:\n    - name: day-month-year\n"
       "      pattern: '\\b(?P<day>\\d{1,2}){ord}?\\s+de\\s+(?P<month>{month})\\s+de\\s+"
       "(?P<year>\\d{4})\\b'\n"
       "  en:\n    - name: day-month-year");
  // Its word for "resolution" goes into the symbol patterns.
  edit(rules + "/symbols.yaml", R"(pattern: '\b(?:(?i:r[ée]solutions?)|UNSCR|UNSCRs))",
       R"(pattern: '\b(?:(?i:r[ée]solutions?|resoluci[óo]n(?:es)?)|UNSCR|UNSCRs))");
  std::string file = dir.write(
      "es.txt",
      "El Consejo de Ministros de Relaciones Exteriores, reunido en Niamey el 27 de noviembre "
      "de 2020, y la resolución 2532 (2020) del Consejo de Seguridad, para los fines de la "
      "conferencia del 5 de AGOSTO de 2019.\n");
  RunResult r = run(
      {"segment", file, "--rules", rules, "--format", "json", "--corpus", dir.path() + "/none"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("\"language\": \"es\"") != std::string::npos);
  CHECK(r.out.find("\"value\": \"2020-11-27\"") != std::string::npos);
  CHECK(r.out.find("\"value\": \"2019-08-05\"") != std::string::npos);
  CHECK(r.out.find("\"value\": \"S/RES/2532 (2020)\"") != std::string::npos);
}

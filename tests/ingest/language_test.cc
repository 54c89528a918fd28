// A text whose language cannot be detected with confidence (a language with
// no rules: Italian, Greek, Polish) is said so: a warning on stderr and a
// text.language-uncertain finding; a text in a language with rules (Arabic,
// Chinese, Russian, Spanish) is read as that language, without a warning.
// A language named in the manifest without rules still stops the run (exit 2).
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "ingest/detect_language.h"
#include "support/test_support.h"

using ct::test::read_file;
using ct::test::run;
using ct::test::TempDir;

namespace {

struct Sample {
  std::string name, text;
};

// Languages the rules do not cover.
const std::vector<Sample> kForeign = {
    {"it.txt",
     "Comunicato congiunto\n\nI Ministri:\n\n1. Hanno deciso di riunirsi di nuovo a New York "
     "il cinque maggio.\n\n2. Hanno chiesto il rilascio incondizionato di tutti i prigionieri "
     "politici.\n"},
    {"el.txt",
     "Κοινό ανακοινωθέν\n\nΟι Υπουργοί:\n\n1. Αποφάσισαν να συναντηθούν ξανά στη Νέα Υόρκη "
     "στις πέντε Μαΐου.\n\n2. Ζήτησαν την άνευ όρων απελευθέρωση όλων των πολιτικών "
     "κρατουμένων.\n"},
    {"pl.txt",
     "Wspólny komunikat\n\nMinistrowie:\n\n1. Postanowili ponownie spotkać się w Nowym Jorku "
     "piątego maja.\n\n2. Wezwali do bezwarunkowego uwolnienia wszystkich więźniów "
     "politycznych.\n"},
};

// The same text in languages the rules cover, with the code detection must give.
const std::vector<Sample> kCovered = {
    {"ar",
     "بيان مشترك\n\nإن الوزراء:\n\n1. قرروا الاجتماع مرة أخرى في نيويورك في الخامس من مايو.\n\n"
     "2. دعوا إلى الإفراج عن جميع السجناء السياسيين دون قيد أو شرط.\n"},
    {"zh",
     "联合公报\n\n各位部长：\n\n1. 决定于五月五日在纽约再次举行会议。\n\n"
     "2. 呼吁无条件释放所有政治犯。\n"},
    {"ru",
     "Совместное коммюнике\n\nМинистры:\n\n1. Решили вновь встретиться в Нью-Йорке пятого "
     "мая.\n\n2. Призвали безоговорочно освободить всех политических заключённых.\n"},
    {"es",
     "Comunicado conjunto\n\nLos Ministros:\n\n1. Decidieron reunirse nuevamente en Nueva York "
     "el cinco de mayo.\n\n2. Pidieron la liberación incondicional de todos los presos "
     "políticos.\n"},
};

const std::string kEnglish =
    "Joint Communique\n\nThe Ministers:\n\n1. Decided to meet again in New York on 5 May 2021.\n\n"
    "2. Called for the release of all the political prisoners.\n";

}  // namespace

TEST_CASE("a text in a language without rules is said to be of no detected language",
          "[ingest][language]") {
  for (const Sample& s : kForeign) {
    TempDir dir;
    dir.write("corpus/" + s.name, s.text);
    dir.write("corpus/en.txt", kEnglish);
    std::string out = dir.path() + "/out";
    auto r = run({"track", "--corpus", dir.path() + "/corpus", "--rules", ct::test::rules_dir(),
                  "--out", out, "--quiet", "--fail-on", "never"});
    INFO(s.name << ": " << r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.err.find(s.name + ": language not detected with confidence") != std::string::npos);
    CHECK(r.err.find("en.txt") == std::string::npos);
    std::string findings = read_file(out + "/findings.json");
    CHECK(ct::test::count_of(findings, "\"text.language-uncertain\"") == 1);
  }
}

TEST_CASE("segment of a loose file in another language warns too", "[ingest][language]") {
  TempDir dir;
  std::string f = dir.write("pl.txt", kForeign[2].text);
  auto r = run({"segment", f, "--corpus", dir.path() + "/none", "--rules", ct::test::rules_dir()});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("warning: " + f + ": language not detected with confidence") !=
        std::string::npos);
}

TEST_CASE("a language named in the manifest without rules stops the run", "[ingest][language]") {
  TempDir dir;
  dir.write("corpus/it.txt", kForeign[0].text);
  dir.write("corpus/manifest.yaml", "documents:\n  - id: it\n    file: it.txt\n    language: it\n");
  auto r = run({"track", "--corpus", dir.path() + "/corpus", "--rules", ct::test::rules_dir(),
                "--out", dir.path() + "/out", "--quiet"});
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("manifest.yaml:4:") != std::string::npos);
  CHECK(r.err.find("language 'it' has no rules file") != std::string::npos);
  CHECK(!std::filesystem::exists(dir.path() + "/out"));
}

TEST_CASE("a text in a language with rules is read as that language", "[ingest][language]") {
  for (const Sample& s : kCovered) {
    TempDir dir;
    std::string f = dir.write(s.name + ".txt", s.text);
    auto r = run({"segment", f, "--corpus", dir.path() + "/none", "--rules", ct::test::rules_dir(),
                  "--format", "json"});
    INFO(s.name << ": " << r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.err.find("language not detected") == std::string::npos);
    auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["documents"].size() == 1);
    CHECK(j["documents"][0]["language"] == s.name);
    CHECK(j["clauses"].size() >= 2);
  }
}

TEST_CASE("Latin item letters in a Chinese text do not make its language uncertain",
          "[ingest][language]") {
  TempDir dir;
  std::string text = "安全理事会，\n\n1. 决定联合国特派团的任务包括：\n\n";
  for (const char* l : {"a", "b", "c", "d", "e", "f", "g"})
    text += std::string("(") + l + ") 支持和保护所有平民和人道主义人员；\n\n";
  std::string f = dir.write("zh.txt", text);
  auto r = run({"segment", f, "--corpus", dir.path() + "/none", "--rules", ct::test::rules_dir(),
                "--format", "json"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.find("language not detected") == std::string::npos);
  CHECK(nlohmann::json::parse(r.out)["documents"][0]["language"] == "zh");
}

TEST_CASE("a few words without a frequent word are read by their stop words and script",
          "[ingest][language]") {
  const auto& r = ct::test::rules();
  // None of these is among the languages' frequent words.
  CHECK(ct::ingest::detect_language("release all Kashmiri political prisoners", r) == "en");
  CHECK(ct::ingest::detect_language("libérer tous les prisonniers", r) == "fr");
  // Neither frequent nor stop words: a language of the text's script.
  std::string latin = ct::ingest::detect_language("Kashmiri political prisoners", r);
  CHECK((latin == "en" || latin == "fr" || latin == "es" || latin == "de"));
  CHECK(ct::ingest::detect_language("السجناء السياسيين", r) == "ar");
}

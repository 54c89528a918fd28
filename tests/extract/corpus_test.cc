// Extraction through the pipeline: the shipped corpus, corpora the tests
// write, the JSON of `clausetrack segment`, determinism across --jobs, and a
// measurement on the UN Security Council development set when present.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "extract/extract.h"
#include "ingest/load_corpus.h"
#include "pipeline/pipeline.h"
#include "support/test_support.h"
#include "support/unsc_dev.h"
#include "text/utf8.h"

using namespace ct;
using namespace ct::test;

namespace {

const Corpus& shipped() {
  static const Corpus c = pipeline::load(corpus_dir(), rules(), 2, pipeline::Depth::Extract);
  return c;
}

std::vector<const Entity*> entities(const Corpus& c, const std::string& doc,
                                    const std::string& type) {
  std::vector<const Entity*> out;
  for (const Clause& cl : c.clauses)
    if (c.documents[cl.doc].id == doc)
      for (const Entity& e : cl.entities)
        if (name(e.type) == type) out.push_back(&e);
  return out;
}

bool has_value(const std::vector<const Entity*>& es, const std::string& value) {
  for (const Entity* e : es)
    if (e->value == value) return true;
  return false;
}

}  // namespace

TEST_CASE("The shipped corpus: the facts its checks need", "[extract][corpus]") {
  const Corpus& c = shipped();
  // The 2019 report's meeting date has no day.
  auto m2019 = entities(c, "cg-jk-2019-09", "meeting");
  bool partial_self = false;
  for (const Entity* e : m2019)
    if (e->value == "OIC-CG-JK@2019-09" && e->has_flag("partial") && e->attrs.count("self"))
      partial_self = true;
  CHECK(partial_self);
  bool missing_day = false;
  for (const Entity* e : entities(c, "cg-jk-2019-09", "date"))
    missing_day |= e->text == "le Septembre 2019" && e->has_flag("missing-day");
  CHECK(missing_day);
  // The Nouakchott meeting: its own record says 16 March, the next communiqué 17 March.
  bool own = false;
  for (const Entity* e : entities(c, "cg-jk-2023-03", "meeting"))
    own |= e->value == "OIC-CG-JK@2023-03-16" && e->attrs.count("self");
  CHECK(own);
  CHECK(has_value(entities(c, "cg-jk-2023-09", "meeting"), "OIC-CG-JK@2023-03-17"));
  CHECK(has_value(entities(c, "cg-jk-2025-09", "meeting"), "OIC-CG-JK@2023-03-17"));
  CHECK(has_value(entities(c, "cg-jk-2025-09", "meeting"), "OIC-CG-JK@2025-09-23"));
  // The 2025 signature's spacing slip.
  bool spacing = false;
  for (const Entity* e : entities(c, "cg-jk-2025-09", "date"))
    spacing |= e->value == "2025-09-23" && e->has_flag("spacing");
  CHECK(spacing);
  // References.
  CHECK(has_value(entities(c, "cg-jk-2023-03", "resolution"), "OIC/CFM-48/8-POL"));
  CHECK(has_value(entities(c, "cg-jk-2023-09", "resolution"), "OIC/CFM-49/8-POL"));
  CHECK(has_value(entities(c, "cg-jk-2023-09", "session"), "UNGA-78"));
  CHECK(has_value(entities(c, "cg-jk-2023-09", "report"), "OHCHR@2018-06"));
  CHECK(has_value(entities(c, "cfm47-pol-10", "resolution"), "OIC/CFM-47/10-POL"));
  CHECK(has_value(entities(c, "cfm47-pol-10", "session"), "CFM-47"));
  CHECK(has_value(entities(c, "cg-jk-2023-03", "law"), "UAPA"));
  CHECK(has_value(entities(c, "cg-jk-2023-09", "law"), "UAPA"));
  CHECK(has_value(entities(c, "cg-jk-2023-03", "organization"), "IPHRC"));
  CHECK(has_value(entities(c, "cg-jk-2023-09", "organization"), "IPHRC"));
}

TEST_CASE("Every entity of the shipped corpus points at its text in the source",
          "[extract][corpus]") {
  const Corpus& c = shipped();
  std::size_t checked = 0, matched = 0;
  for (const Clause& cl : c.clauses) {
    const Document& d = c.documents[cl.doc];
    for (const Entity& e : cl.entities) {
      REQUIRE(e.end <= cl.text.size());
      CHECK(cl.text.substr(e.begin, e.end - e.begin) == e.text);
      CHECK(e.pos.line >= cl.line);
      CHECK(e.pos.line <= cl.end_line);
      // The source, at the entity's line and column, starts with its first character.
      std::string_view line = d.text->line_text(e.pos.line);
      std::size_t i = 0;
      for (int col = 1; col < e.pos.column && i < line.size(); ++col) text::decode(line, i);
      std::size_t a = i, b = 0;
      ++checked;
      if (i < line.size() && text::decode(line, a) == text::decode(e.text, b)) ++matched;
    }
  }
  INFO(matched << " of " << checked);
  CHECK(checked > 1000);
  CHECK(matched == checked);
}

TEST_CASE("Extraction is the same whatever the number of jobs", "[extract][corpus]") {
  Rules r = load_rules(rules_dir());
  Corpus one = pipeline::load(corpus_dir(), r, 1, pipeline::Depth::Extract);
  Corpus many = pipeline::load(corpus_dir(), r, 4, pipeline::Depth::Extract);
  REQUIRE(one.clauses.size() == many.clauses.size());
  for (std::size_t i = 0; i < one.clauses.size(); ++i) {
    const auto& a = one.clauses[i].entities;
    const auto& b = many.clauses[i].entities;
    REQUIRE(a.size() == b.size());
    for (std::size_t k = 0; k < a.size(); ++k) {
      CHECK(a[k].value == b[k].value);
      CHECK(a[k].begin == b[k].begin);
      CHECK(a[k].attrs == b[k].attrs);
      CHECK(a[k].flags == b[k].flags);
    }
  }
}

TEST_CASE("segment --format json shows each clause's entities", "[extract][corpus]") {
  RunResult r = run({"segment", "cg-jk-2023-09", "--format", "json", "--corpus", corpus_dir(),
                     "--rules", rules_dir()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["schema"] == "clausetrack/tracker/1");
  std::set<std::string> types;
  bool located = false;
  for (const auto& cl : j["clauses"])
    for (const auto& e : cl["entities"]) {
      types.insert(e["type"].get<std::string>());
      CHECK(e.contains("text"));
      CHECK(e.contains("value"));
      if (e["type"] == "date" && e["value"] == "2019-08-05" && e["text"] == "August 5, 2019")
        located = e["line"].get<int>() > 1 && e["column"].get<int>() > 1;
    }
  CHECK(located);
  for (const char* t : {"date", "date-range", "meeting", "session", "resolution", "report", "law",
                        "organization", "person", "place"})
    CHECK(types.count(t));
}

TEST_CASE("A corpus written by the test: the series' body names its meetings",
          "[extract][corpus]") {
  TempDir dir;
  std::string manifest =
      "series:\n  - id: wg\n    title: Working Group on Rivers\n    body: WG-RIVERS\n"
      "documents:\n"
      "  - id: wg-2024\n    file: wg/2024.en.txt\n    series: wg\n    language: en\n"
      "    date: 2024-05-03\n"
      "  - id: wg-2025\n    file: wg/2025.fr.txt\n    series: wg\n    language: fr\n"
      "    date: 2025-06-04\n";
  std::string en =
      "Communiqué of the Working Group on Rivers\n\n"
      "The Working Group met in Geneva on 3 May 2024.\n\n"
      "1. Recalls its meetings held on 2 March 2022 and 14 April 2023;\n\n"
      "2. Recalls resolution 2476 (2019) and the 78th session of the General Assembly;\n";
  std::string fr =
      "Communiqué du Groupe de travail sur les fleuves\n\n"
      "Le Groupe de travail s'est réuni à Genève le 4 juin 2025.\n\n"
      "1. Rappelle ses réunions tenues les 2 mars 2022, 14 avril 2023 et 3 mai 2024 ;\n\n"
      "2. Rappelle la résolution 2476 (2019) et la 78ème session de l'Assemblée générale ;\n";
  Corpus c = corpus_from(dir, {{"wg/2024.en.txt", en}, {"wg/2025.fr.txt", fr}}, manifest);
  auto en_meetings = entities(c, "wg-2024", "meeting");
  std::vector<std::string> ev;
  for (const Entity* e : en_meetings) ev.push_back(e->value);
  CHECK(ev == std::vector<std::string>{"WG-RIVERS@2024-05-03", "WG-RIVERS@2022-03-02",
                                       "WG-RIVERS@2023-04-14"});
  CHECK(en_meetings[0]->attrs.at("self") == "true");
  CHECK(en_meetings[0]->attrs.at("place") == "Geneva");
  auto fr_meetings = entities(c, "wg-2025", "meeting");
  std::vector<std::string> fv;
  for (const Entity* e : fr_meetings) fv.push_back(e->value);
  CHECK(fv == std::vector<std::string>{"WG-RIVERS@2025-06-04", "WG-RIVERS@2022-03-02",
                                       "WG-RIVERS@2023-04-14", "WG-RIVERS@2024-05-03"});
  for (const char* doc : {"wg-2024", "wg-2025"}) {
    CHECK(has_value(entities(c, doc, "resolution"), "S/RES/2476 (2019)"));
    CHECK(has_value(entities(c, doc, "session"), "UNGA-78"));
  }
}

// The meetings a Working Group's communiqué in `lang` names: its own (the
// first, marked self) and the two it recalls, on 2 March 2022 and 14 April 2023.
static void check_meetings_recalled(const std::string& lang, const std::string& text) {
  TempDir dir;
  std::string file = "wg/2026." + lang + ".txt";
  std::string manifest =
      "series:\n  - id: wg\n    title: Working Group on Rivers\n    body: WG-RIVERS\n"
      "documents:\n  - id: wg-2026\n    series: wg\n    date: 2026-06-04\n";
  manifest += "    file: " + file + "\n    language: " + lang + "\n";
  Corpus c = corpus_from(dir, {{file, text}}, manifest);
  auto meetings = entities(c, "wg-2026", "meeting");
  std::vector<std::string> v;
  for (const Entity* e : meetings) v.push_back(e->value);
  CHECK(v == std::vector<std::string>{"WG-RIVERS@2026-06-04", "WG-RIVERS@2022-03-02",
                                      "WG-RIVERS@2023-04-14"});
  REQUIRE_FALSE(meetings.empty());
  CHECK(meetings[0]->attrs.at("self") == "true");
}

TEST_CASE("A corpus written by the test: meetings recalled in Spanish", "[extract][corpus]") {
  check_meetings_recalled(
      "es",
      "Comunicado del Grupo de Trabajo sobre los Ríos\n\n"
      "El Grupo de Trabajo se reunió en Ginebra el 4 de junio de 2026.\n\n"
      "1. Recuerda sus reuniones celebradas el 2 de marzo de 2022 y el 14 de abril de 2023;\n");
}

TEST_CASE("A corpus written by the test: meetings recalled in Russian", "[extract][corpus]") {
  check_meetings_recalled(
      "ru",
      "Коммюнике Рабочей группы по рекам\n\n"
      "Рабочая группа собралась в Женеве 4 июня 2026 года.\n\n"
      "1. ссылается на свои совещания, состоявшиеся 2 марта 2022 года и 14 апреля 2023 года;\n");
}

TEST_CASE("A corpus written by the test: meetings recalled in Arabic", "[extract][corpus]") {
  check_meetings_recalled(
      "ar",
      "بلاغ الفريق العامل المعني بالأنهار\n\n"
      "اجتمع الفريق العامل في جنيف في 4 حزيران/يونيه 2026.\n\n"
      "1 - يشير إلى اجتماعاته المعقودة في 2 آذار/مارس 2022 و 14 نيسان/أبريل 2023؛\n\n"
      // "social" (الاجتماعية) and "reporting" (إبلاغ) hold the letters of a cue.
      "2 - يشدد على التنمية الاجتماعية في 5 أيار/مايو 2024 وعلى إبلاغ المجلس في 6 أيار/مايو "
      "2024؛\n");
}

TEST_CASE("A corpus written by the test: meetings recalled in Chinese", "[extract][corpus]") {
  // The date comes before the meeting word.
  check_meetings_recalled("zh",
                          "河流问题工作组公报\n\n"
                          "工作组于2026年6月4日在日内瓦举行会议。\n\n"
                          "1. 回顾其2022年3月2日和2023年4月14日举行的会议；\n");
}

TEST_CASE("A corpus written by the test: Chinese dates that are no meetings", "[extract][corpus]") {
  TempDir dir;
  std::string file = "wg/2026.zh.txt";
  std::string manifest =
      "series:\n  - id: wg\n    title: Working Group on Rivers\n    body: WG-RIVERS\n"
      "documents:\n  - id: wg-2026\n    series: wg\n    date: 2026-06-04\n";
  manifest += "    file: " + file + "\n    language: zh\n";
  Corpus c = corpus_from(
      dir,
      {{file,
        "河流问题工作组公报\n\n"
        // An organization's name holding the meeting word, no date.
        "1. 促请大湖区问题国际会议成员国合作；\n\n"
        // A date, then unrelated text, then the meeting word far away.
        "2. 欢迎2025年5月5日通过的国家战略及其执行计划和所有利益攸关方的广泛参与以及全国会议"
        "的筹备工作；\n\n"
        // The Council's agenda (安理会议程) holds the letters of the word.
        "3. 回顾2024年1月2日列入安理会议程的所有局势；\n\n"
        // The date before the meeting word: a meeting.
        "4. 欢迎于2024年8月28日举行和平进程第八次协调会议；\n"}},
      manifest);
  auto meetings = entities(c, "wg-2026", "meeting");
  std::vector<std::string> dates;
  for (const Entity* e : meetings) dates.push_back(e->attrs.at("date"));
  CHECK(dates == std::vector<std::string>{"2024-08-28"});
}

TEST_CASE("UN Security Council development set: every cited resolution is found",
          "[extract][corpus][unsc-dev]") {
  if (!have(unsc_dev_dir(), "the unsc-dev set")) return;
  auto rs = unsc_dev();
  REQUIRE_FALSE(rs.empty());
  TempDir dir;
  auto [manifest, files] = unsc_corpus_files(rs);
  for (const auto& [rel, content] : files) dir.write("corpus/" + rel, content);
  dir.write("corpus/manifest.yaml", manifest);
  Corpus c = pipeline::load(dir.path() + "/corpus", rules(), 2, pipeline::Depth::Extract);

  // Expected: every "NNNN (YYYY)" of a clause that speaks of resolutions.
  static const std::regex cited(R"((\d{1,4}) ?\(((?:19|20)\d\d)\))");
  static const std::regex resolution_word(R"([Rr](?:é|e)solution|RESOLUTION|UNSCR|S/RES/)");
  // Expected dates: every "D Month YYYY" (English or French month names).
  static const std::vector<std::string> months = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december",
      "janvier", "février",  "mars",      "avril",   "mai",      "juin",
      "juillet", "août",     "septembre", "octobre", "novembre", "décembre"};
  std::string alt;
  for (const auto& m : months) alt += (alt.empty() ? "" : "|") + m;
  static const std::regex full_date(R"(\b(\d{1,2})(?:er)? ()" + alt + R"() (\d{4})\b)",
                                    std::regex::icase);
  std::size_t dates_expected = 0, dates_found = 0;

  std::size_t expected = 0, found = 0, extra = 0, dates = 0, sessions = 0;
  for (const Clause& cl : c.clauses) {
    std::set<std::string> date_values;
    for (const Entity& e : cl.entities)
      if (e.type == EntityType::Date || e.type == EntityType::DateRange) {
        date_values.insert(e.value.substr(0, e.value.find('/')));
        if (e.value.find('/') != std::string::npos)
          date_values.insert(e.value.substr(e.value.find('/') + 1));
      }
    for (std::sregex_iterator it(cl.text.begin(), cl.text.end(), full_date), end; it != end; ++it) {
      std::string name = (*it)[2].str();
      for (auto& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      auto mi = std::find(months.begin(), months.end(), name);
      if (mi == months.end()) continue;
      int month = static_cast<int>(mi - months.begin()) % 12 + 1;
      char iso[16];
      std::snprintf(iso, sizeof iso, "%s-%02d-%02d", (*it)[3].str().c_str(), month,
                    std::stoi((*it)[1]));
      ++dates_expected;
      dates_found += date_values.count(iso);
    }
    std::multiset<std::string> want, got;
    if (std::regex_search(cl.text, resolution_word))
      for (std::sregex_iterator it(cl.text.begin(), cl.text.end(), cited), end; it != end; ++it)
        want.insert("S/RES/" + std::to_string(std::stoi((*it)[1])) + " (" + (*it)[2].str() + ")");
    for (const Entity& e : cl.entities) {
      if (e.type == EntityType::Resolution && e.value.rfind("S/RES/", 0) == 0) got.insert(e.value);
      dates += e.type == EntityType::Date || e.type == EntityType::DateRange;
      sessions += e.type == EntityType::Session;
    }
    expected += want.size();
    for (const auto& g : got) {
      auto it = want.find(g);
      if (it != want.end()) {
        ++found;
        want.erase(it);
      } else {
        ++extra;
      }
    }
  }
  double recall = expected ? double(found) / expected : 1.0;
  double precision = found + extra ? double(found) / (found + extra) : 1.0;
  std::printf(
      "unsc-dev: %zu resolutions, %zu clauses: Security Council resolutions cited %zu, found %zu "
      "(recall %.4f), not cited %zu (precision %.4f); %zu dates, %zu sessions\n",
      rs.size(), c.clauses.size(), expected, found, recall, extra, precision, dates, sessions);
  double date_recall = dates_expected ? double(dates_found) / dates_expected : 1.0;
  std::printf("unsc-dev: full dates written 'D Month YYYY' %zu, found %zu (recall %.4f)\n",
              dates_expected, dates_found, date_recall);
  CHECK(expected > 1000);
  CHECK(recall >= 0.99);
  CHECK(precision >= 0.99);
  CHECK(dates_expected > 500);
  CHECK(date_recall >= 0.99);
}

// knowledge: what the corpus knows, built once per run_checks and read by
// every cross-document check (check_crossref.cc). For every document: its
// symbol ("S/RES/2640 (2022)": the first resolution entity of its opening
// lines), number, year, adoption date and own meeting number (the adoption
// line: "Adopted by the Security Council at its 9082nd meeting, on 29 June
// 2022"; patterns of date.meeting-backwards in rules/checks.yaml) and
// session. For every citation in any clause: the resolution (symbol without
// year + year), the report (symbol and date, paired when the symbol follows
// the date: "report of ... of 23 May 2012 (S/2012/355)"), and the ends of
// mandates a clause extends ("Decides to extend the mandate ... until 30 June
// 2022"; patterns of date.mandate-end), and the meetings and sessions cited.
// Each fact keeps its source (clause and entity).
//
//   const Knowledge k = build_knowledge(corpus, rules);
//   for (const auto& [key, cites] : k.resolutions) ...
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/corpus.h"
#include "rules/rules.h"

namespace ct::check {

// Where a fact was read: a clause (index into Corpus::clauses) and the entity
// that gives it (null when the clause as a whole does).
struct FactSource {
  std::size_t clause = 0;
  const Entity* entity = nullptr;
};

struct DocumentFacts {
  std::string symbol;   // canonical ("S/RES/2640 (2022)"), "" when unknown
  std::string key;      // the symbol without its year ("S/RES/2640")
  long number = 0;      // its number (the entity's `num`), 0 when unknown
  int year = 0;         // the symbol's year, 0 when it has none
  std::string adopted;  // ISO adoption date: the adoption line's date, else the document's
  long meeting = 0;     // its own meeting number, 0 when unknown
  std::string session;  // Document::session
  std::optional<FactSource> symbol_at, adopted_at, meeting_at;
};

// A resolution cited with a year ("resolution 2561 (2021)").
struct ResolutionCitation {
  std::size_t doc = 0;
  int year = 0;
  FactSource at;
};

// A report cited: its author and date (the report entity) and the symbol
// printed after it, each possibly missing.
struct ReportCitation {
  std::size_t doc = 0;
  std::string author, date;  // "UNSG", "2021-06-01"
  std::string symbol;        // "S/2021/500"
  const Entity* report = nullptr;
  const Entity* document = nullptr;
  std::size_t clause = 0;
};

// A mandate or measure extended to a date ("extend the mandate of UNMISS
// until 30 April 2024").
struct Extension {
  std::size_t doc = 0;
  std::size_t clause = 0;
  const Entity* date = nullptr;
  std::string end;     // ISO
  std::string object;  // folded words naming what is extended ("the mandate of unmiss"), may be ""
};

struct Knowledge {
  std::vector<DocumentFacts> documents;  // by Corpus::documents index
  // Documents carrying each symbol key ("S/RES/2640").
  std::map<std::string, std::vector<std::size_t>> holders;
  // Citations of each resolution, by key; a document's own symbol excluded.
  std::map<std::string, std::vector<ResolutionCitation>> resolutions;
  std::vector<ReportCitation> reports;
  // Meetings (BODY@DATE) and sessions (BODY-N) cited, by normalized value.
  std::map<std::string, std::vector<FactSource>> meetings, sessions;
  std::vector<Extension> extensions;
  // The thread of each clause (index into Corpus::threads), for clauses in one.
  std::map<std::size_t, std::size_t> thread_of;
};

class WordDiffMemo;  // check.h

// `memo`: each document's extensions as an earlier run read them (its
// clauses, language and the rules are all they read), asked before the
// patterns run and given those made; the same knowledge with or without.
Knowledge build_knowledge(const Corpus& corpus, const Rules& rules, WordDiffMemo* memo = nullptr);

// A day from an ISO date "YYYY-MM-DD" (nullopt for reduced or invalid dates).
std::optional<std::chrono::sys_days> iso_day(const std::string& iso);

}  // namespace ct::check

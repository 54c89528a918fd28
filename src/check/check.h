// check: the consistency checks (CONTRACT.md "findings.json"). Each family
// (date., ref., numbering., text., term., thread.) reads the analysed corpus
// (clauses, entities, threads) and reports Findings with a rule id, a
// severity and thresholds from rules/checks.yaml, a message naming the
// evidence, related locations and a fingerprint (stable hash of the rule and
// the normalized evidence, so a finding keeps its fingerprint when lines
// move).
//
//   std::vector<Finding> f = check::run_checks(corpus, rules);
//   check::apply_baseline(f, check::load_baseline("accepted.json"));
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/corpus.h"
#include "rules/rules.h"

namespace ct::check {

// A near-miss swap found in a series against the words of its earlier
// documents, by places: documents as positions in Series::documents, clauses
// as offsets in their document, tokens as indices in their clause.
struct SeriesSwap {
  std::uint32_t doc = 0, clause = 0, token = 0;
  std::uint32_t before_doc = 0, before_clause = 0, before_token = 0;
  std::uint32_t versions = 0;
  bool operator==(const SeriesSwap&) const = default;
};

// Word diffs between two clauses (diff::word_diff of their texts and tokens)
// kept from an earlier run (`track`'s cache), by clause indices; the
// near-miss check asks before diffing and gives what it made. Also, when
// the memo keeps them, each series' swaps against its own vocabulary: they
// read only the series' documents in order (their analysis, languages and
// the rules) and the spelling dictionaries. Thread-safe.
class WordDiffMemo {
 public:
  virtual ~WordDiffMemo() = default;
  // True with `out` set when the pair was kept.
  virtual bool find(std::size_t older, std::size_t newer, std::vector<WordOp>& out) const = 0;
  virtual void keep(std::size_t older, std::size_t newer, const std::vector<WordOp>& ops) = 0;
  // Keeps the pair's word diff, when kept, for a later run without reading it.
  virtual void carry(std::size_t older, std::size_t newer) {}
  // True with `out` set when the swaps of series `series` (an index into
  // Corpus::series) were kept for exactly its documents in this order.
  virtual bool find_series(std::size_t series, std::vector<SeriesSwap>& out) const { return false; }
  virtual void keep_series(std::size_t series, const std::vector<SeriesSwap>& swaps) {}
  // The same for the swaps found along thread `thread` (an index into
  // Corpus::threads), kept for exactly its members (their clauses, the
  // clauses they were compared with and their word diffs): `doc` and
  // `before_doc` are then positions in Thread::members, `clause` and
  // `before_clause` 0.
  virtual bool find_thread(std::size_t thread, std::vector<SeriesSwap>& out) const { return false; }
  virtual void keep_thread(std::size_t thread, const std::vector<SeriesSwap>& swaps) {}
  // What a check made of document `doc` (an index into Corpus::documents)
  // alone, encoded by the check under the name `kind`: something read only
  // from the document's analysed clauses, its language and the rules, all
  // of which its analysis entry key covers. True with `out` set when kept.
  virtual bool find_document(std::size_t doc, std::string_view kind, std::string& out) const {
    return false;
  }
  virtual void keep_document(std::size_t doc, std::string_view kind, std::string entry) {}
};

// Every enabled check on the whole corpus; findings sorted by file, line,
// column, rule (then message), without duplicates. Deterministic. With a
// `focus` (document indices), the checks may skip work whose findings would
// lie outside it; the caller keeps only the findings in it. With `jobs` > 1
// the families run on that many threads (same findings). `memo`: word diffs
// of earlier runs (same findings with or without).
std::vector<Finding> run_checks(const Corpus& corpus, const Rules& rules,
                                const std::set<std::size_t>& focus = {}, int jobs = 1,
                                WordDiffMemo* memo = nullptr);

// Fingerprints of the findings of a findings.json (clausetrack/findings/1).
// Throws InputError when the file is unreadable or not such a file.
std::set<std::string> load_baseline(const std::string& path);

// Drops the findings whose fingerprint is in `accepted`.
void apply_baseline(std::vector<Finding>& findings, const std::set<std::string>& accepted);

// Keeps the findings located in one of `docs` (document ids), e.g. a draft.
void keep_documents(std::vector<Finding>& findings, const std::set<std::string>& docs);

// True when a finding is at or above `threshold` ("error", "warning",
// "info"; "never" is never reached). Throws InputError for another word.
bool reaches(const std::vector<Finding>& findings, const std::string& threshold);

}  // namespace ct::check

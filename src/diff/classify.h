// The change class of a clause against an earlier version of it (CONTRACT.md
// `change`), its word diff, and the facts that changed.
//
// Decisions:
// - unchanged: the same sequence of words and numbers once case, accents,
//   punctuation, spacing and the leading list marker are ignored (so a
//   renumbered or re-punctuated clause is unchanged; the word diff still
//   shows the punctuation);
// - amended: a fact changed: an entity of the clause (date, session,
//   resolution, meeting, organization, law, person, place, number) gained,
//   lost or changed a value, or, where no entity covers it, a changed
//   region of the word diff replaces or adds digits or a month name of the
//   language's rules, or replaces an acronym or a capitalized name by
//   another;
// - reworded: words changed, no fact did;
// - translated: the versions are in different languages (no word diff;
//   facts are still compared through the normalized values of the entities
//   written alike in every language: dates, numbers, symbols, sessions,
//   meetings).
#pragma once

#include <string>
#include <vector>

#include "diff/word_diff_reuse.h"
#include "model/corpus.h"
#include "rules/rules.h"

namespace ct::diff {

struct Comparison {
  Change change = Change::Unchanged;
  std::vector<WordOp> diff;        // same language only
  std::vector<std::string> facts;  // "date 2024-01-31 → 2025-01-31"
};

// Compares `newer` with `older`; `language` of each is its document's. The
// word diff comes from `reuse` when given (made there once per pair of texts).
Comparison compare(const Clause& older, const std::string& older_language, const Clause& newer,
                   const std::string& newer_language, const Rules& rules,
                   WordDiffReuse* reuse = nullptr);

// Same words and numbers (see above).
bool same_words(const Clause& a, const Clause& b);

// Facts changed between the entities of two clauses, by type, in text order:
// "date 2024-01-31 → 2025-01-31", "resolution S/RES/1 (2020) removed",
// "number 12 added".
std::vector<std::string> entity_facts(const Clause& older, const Clause& newer,
                                      bool only_language_neutral = false);

}  // namespace ct::diff

// Two versions of a text compared clause by clause (`clausetrack diff`): the
// two sides are aligned exactly as two sessions of a series are, then sorted
// into kept (unchanged), changed (reworded, amended, translated, with the
// word diff), moved (renumbered or reordered), merged, split, added and
// removed clauses.
//
//   Corpus two = align::two_sides(corpus, {old_doc}, {new_doc});
//   align::SideBySide d = align::compare_sides(two, rules, jobs);
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/corpus.h"
#include "rules/rules.h"

namespace ct::align {

struct ClausePair {
  std::size_t old_clause = 0, new_clause = 0;  // indices in the two-sided corpus
  Change change = Change::Unchanged;           // unchanged, reworded, amended, translated
  std::vector<WordOp> diff;                    // same language only
  std::vector<std::string> facts;
  double score = 0;
  bool renumbered = false;  // printed numbers differ
  bool reordered = false;   // out of the order of the other pairs
};

struct SideBySide {
  std::vector<ClausePair> kept;                  // unchanged
  std::vector<ClausePair> changed;               // reworded, amended, translated
  std::vector<const ClausePair*> moved() const;  // kept or changed, renumbered or reordered
  struct Merge {
    std::size_t new_clause;
    std::vector<std::size_t> old_clauses;
  };
  struct Split {
    std::size_t old_clause;
    std::vector<std::size_t> new_clauses;
  };
  std::vector<Merge> merged;
  std::vector<Split> split;
  std::vector<std::size_t> added, removed;
};

// A corpus holding copies of the `older` and the `newer` documents of
// `corpus` (with their clauses) as the two sessions of one series; documents
// 0..older.size()-1 are the old side. The copies' dates are replaced by the
// order of the sides ("1", "2"): read dates from the original corpus. The
// clauses are moved out of `corpus` (left empty); its documents stay.
Corpus two_sides(Corpus& corpus, const std::vector<std::size_t>& older,
                 const std::vector<std::size_t>& newer);

// Aligns the two sides (Corpus::threads is filled) and sorts the result.
SideBySide compare_sides(Corpus& two, const Rules& rules, int jobs);

}  // namespace ct::align

// align: threads of clauses across the documents, sessions, languages and
// series of a corpus. Every clause joins exactly one thread (merged and split
// clauses join each thread they stand for); members are in document date
// order; each member says how it changed (CONTRACT.md `change`). Candidate
// clauses come from an index of shared rare stems, glossary concepts and
// entities, never from all pairs, so cost grows near-linearly with the corpus.
#pragma once

#include "model/corpus.h"
#include "rules/rules.h"

namespace ct::diff {
struct Comparison;
}

namespace ct::align {

// Comparisons of clause pairs kept from an earlier run (pipeline's cache):
// alignment asks it before comparing a member with its earlier version, and
// hands it each comparison it made. `find` and `keep` are called from
// several threads. A comparison reads only the two clauses, their
// documents' languages and the rules, so one kept for the same two analysed
// clauses is the one a fresh comparison would make.
class ComparisonMemo {
 public:
  virtual ~ComparisonMemo() = default;
  // True with `out` set when the pair (clause indices) was kept.
  virtual bool find(std::size_t older, std::size_t newer, diff::Comparison& out) const = 0;
  virtual void keep(std::size_t older, std::size_t newer, const diff::Comparison& c) = 0;
};

// Builds Corpus::threads from the segmented and extracted clauses; needs
// Series::documents in date order. Deterministic whatever `jobs` is.
void align_corpus(Corpus& corpus, const Rules& rules, int jobs, ComparisonMemo* memo = nullptr);

}  // namespace ct::align

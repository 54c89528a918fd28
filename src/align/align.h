// align: threads of clauses across the documents, sessions, languages and
// series of a corpus. Every clause joins exactly one thread (merged and split
// clauses join each thread they stand for); members are in document date
// order; each member says how it changed (CONTRACT.md `change`). Candidate
// clauses come from an index of shared rare stems, glossary concepts and
// entities, never from all pairs, so cost grows near-linearly with the corpus.
#pragma once

#include "model/corpus.h"
#include "rules/rules.h"

namespace ct::align {

// Builds Corpus::threads from the segmented and extracted clauses; needs
// Series::documents in date order. Deterministic whatever `jobs` is.
void align_corpus(Corpus& corpus, const Rules& rules, int jobs);

}  // namespace ct::align

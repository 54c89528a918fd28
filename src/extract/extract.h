// extract: finds the facts each clause carries (dates and date ranges,
// meetings, sessions, cited resolutions and reports, organizations and their
// acronyms, laws, persons, places, numbers) in French and English, normalized
// per CONTRACT.md, from the patterns and lists in rules/ (run with RE2).
#pragma once

#include <vector>

#include "model/corpus.h"
#include "rules/rules.h"

namespace ct::extract {

// Entities of one clause, in text order, with `pos` in the source file.
std::vector<Entity> extract_clause(const Corpus& corpus, const Clause& clause, const Rules& rules);

// Fills Clause::entities for every clause, on `jobs` threads. Deterministic.
void extract_corpus(Corpus& corpus, const Rules& rules, int jobs);

}  // namespace ct::extract

// The item marker a clause was printed with ("1.", "(a)"), read from its
// source: Clause::text leaves it out. Shared by the writers that print
// clauses as a reader saw them (the Word redline, the Akoma Ntoso export).
#pragma once

#include <string>

#include "model/corpus.h"

namespace ct::report {

// Numbers and bullets ("-", "•"); "" when the clause has none, or its
// marker is markup.
std::string printed_marker(const Corpus& corpus, const Clause& c);
// Its marker, a space, its text (the text alone when it has none).
std::string printed_clause(const Corpus& corpus, const Clause& c);

}  // namespace ct::report

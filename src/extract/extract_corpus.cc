// Runs entity extraction over all clauses in parallel (each clause's entities
// depend on that clause and its document only).
#include "extract/extract.h"
#include "util/parallel.h"

namespace ct::extract {

void extract_corpus(Corpus& corpus, const Rules& rules, int jobs) {
  parallel_for(corpus.clauses.size(), jobs, [&](int, std::size_t i) {
    corpus.clauses[i].entities = extract_clause(corpus, corpus.clauses[i], rules);
  });
}

}  // namespace ct::extract

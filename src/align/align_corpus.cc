// PLACEHOLDER (to be replaced by the real aligner): one thread per clause.
#include <cstdio>

#include "align/align.h"

namespace ct::align {

void align_corpus(Corpus& corpus, const Rules&, int) {
  corpus.threads.clear();
  for (std::size_t i = 0; i < corpus.clauses.size(); ++i) {
    Thread t;
    char id[32];
    std::snprintf(id, sizeof id, "t%04zu", i + 1);
    t.id = id;
    t.label = corpus.clauses[i].text.substr(0, 60);
    t.series = corpus.documents[corpus.clauses[i].doc].series;
    t.members.push_back({i, Change::First, std::nullopt, {}, {}, 0});
    corpus.threads.push_back(std::move(t));
  }
}

}  // namespace ct::align

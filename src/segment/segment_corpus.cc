// Segments all documents in parallel; results are concatenated in document
// order so the output is the same whatever the number of threads.
#include <vector>

#include "segment/segment.h"
#include "text/analyzer_set.h"
#include "util/parallel.h"

namespace ct::segment {

void segment_corpus(Corpus& corpus, const Rules& rules, int jobs) {
  const std::size_t n = corpus.documents.size();
  std::vector<std::vector<Clause>> parts(n);
  std::vector<text::AnalyzerSet> analyzers;
  const int workers = std::max(1, jobs);
  for (int w = 0; w < workers; ++w) analyzers.push_back(analyzers_for(rules));
  parallel_for(n, workers, [&](int w, std::size_t i) {
    const Document& d = corpus.documents[i];
    parts[i] =
        segment_document(d, i, rules, analyzers[static_cast<std::size_t>(w)].get(d.language));
  });
  splice_clauses(corpus, std::move(parts));
}

void splice_clauses(Corpus& corpus, std::vector<std::vector<Clause>>&& parts) {
  corpus.clauses.clear();
  std::size_t total = 0;
  for (const auto& part : parts) total += part.size();
  corpus.clauses.reserve(total);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    std::size_t base = corpus.clauses.size();
    corpus.documents[i].first_clause = base;
    corpus.documents[i].clause_count = parts[i].size();
    for (Clause& c : parts[i]) {
      if (c.parent) *c.parent += base;
      corpus.clauses.push_back(std::move(c));
    }
  }
}

}  // namespace ct::segment

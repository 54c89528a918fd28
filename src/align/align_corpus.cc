// The align stage: features, threads per series (in parallel across series,
// or across the clauses of each document when there are few series), links
// across series, then members compared and threads named.
//
// With CLAUSETRACK_TIMINGS set in the environment, the wall time of each
// step goes to stderr (for bench/align.sh; output files are unchanged).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "align/align.h"
#include "align/dictionary.h"
#include "align/features.h"
#include "align/finalize.h"
#include "align/threading.h"
#include "util/parallel.h"

namespace ct::align {

void align_corpus(Corpus& corpus, const Rules& rules, int jobs) {
  const bool timings = std::getenv("CLAUSETRACK_TIMINGS") != nullptr;
  auto start = std::chrono::steady_clock::now(), mark = start;
  auto lap = [&](const char* step) {
    if (!timings) return;
    auto now = std::chrono::steady_clock::now();
    std::fprintf(stderr, "clausetrack: align %-12s %.3f s\n", step,
                 std::chrono::duration<double>(now - mark).count());
    mark = now;
  };
  corpus.threads.clear();
  if (corpus.clauses.empty()) return;
  jobs = std::max(1, jobs);
  bool multilingual = false;
  for (const Document& d : corpus.documents)
    multilingual |= d.language != corpus.documents.front().language;
  Translations translations = multilingual ? load_translations(rules, jobs) : Translations();
  lap("translations");
  FeatureTable f = build_features(corpus, rules, translations, jobs);
  lap("features");
  Params p;
  std::vector<int> session_of_doc = session_of_documents(corpus);

  const std::size_t ns = corpus.series.size();
  std::vector<std::vector<Draft>> per_series(ns);
  bool across = ns >= 2 * static_cast<std::size_t>(jobs);
  parallel_for(ns, across ? jobs : 1, [&](int, std::size_t s) {
    per_series[s] =
        thread_series(corpus, corpus.series[s], session_of_doc, f, p, across ? 1 : jobs);
  });
  lap("threading");
  std::vector<Draft> drafts;
  for (auto& v : per_series)
    for (auto& d : v) drafts.push_back(std::move(d));
  // Documents outside any series: each clause is a thread of its own.
  for (std::size_t d = 0; d < corpus.documents.size(); ++d)
    if (session_of_doc[d] < 0)
      for (std::size_t c = corpus.documents[d].first_clause;
           c < corpus.documents[d].first_clause + corpus.documents[d].clause_count; ++c)
        drafts.push_back({{{c, DraftMember::Mark::None}}});

  link_series(corpus, f, p, drafts, jobs);
  lap("link");
  finalize_threads(corpus, std::move(drafts), f, rules, jobs);
  lap("finalize");
  if (timings)
    std::fprintf(stderr, "clausetrack: align %-12s %.3f s\n", "total",
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
}

}  // namespace ct::align

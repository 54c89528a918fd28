// The align stage: features, threads per series (in parallel across series,
// or across the clauses of each document when there are few series), links
// across series, then members compared and threads named.
//
// With CLAUSETRACK_TIMINGS set, each step's time goes to stderr
// (util/stage_timer.h); the pipeline times the whole stage.
#include <algorithm>

#include "align/align.h"
#include "align/dictionary.h"
#include "align/features.h"
#include "align/finalize.h"
#include "align/statements.h"
#include "align/strands.h"
#include "align/threading.h"
#include "util/parallel.h"
#include "util/stage_timer.h"

namespace ct::align {

void align_corpus(Corpus& corpus, const Rules& rules, int jobs, ComparisonMemo* memo) {
  StageTimer timer;
  corpus.threads.clear();
  if (corpus.clauses.empty()) return;
  jobs = std::max(1, jobs);
  bool multilingual = false;
  for (const Document& d : corpus.documents)
    multilingual |= d.language != corpus.documents.front().language;
  Translations translations = multilingual ? load_translations(rules, jobs) : Translations();
  timer.lap("align translations");
  FeatureTable f = build_features(corpus, rules, translations, jobs);
  timer.lap("align features");
  Params p;
  const SessionIndex where(corpus);

  assign_strands(corpus, f, jobs);  // read by the threader through Series::sessions
  timer.lap("align strands");
  const std::size_t ns = corpus.series.size();
  std::vector<std::vector<Draft>> per_series(ns);
  bool across = ns >= 2 * static_cast<std::size_t>(jobs);
  parallel_for(ns, across ? jobs : 1, [&](int, std::size_t s) {
    per_series[s] = thread_series(corpus, corpus.series[s], f, p, across ? 1 : jobs);
  });
  timer.lap("align threading");
  std::vector<Draft> drafts;
  for (auto& v : per_series)
    for (auto& d : v) drafts.push_back(std::move(d));
  // Documents outside any series: each clause is a thread of its own.
  for (std::size_t d = 0; d < corpus.documents.size(); ++d)
    if (where.session_of(d) == SessionIndex::npos)
      for (std::size_t c = corpus.documents[d].first_clause;
           c < corpus.documents[d].first_clause + corpus.documents[d].clause_count; ++c)
        drafts.push_back({{{c, DraftMember::Mark::None}}});

  join_restatements(corpus, f, p, drafts, jobs);
  timer.lap("align restatements");
  link_series(corpus, f, p, rules, drafts, jobs);
  timer.lap("align link");
  join_statements(corpus, f, p, drafts, jobs);
  timer.lap("align statements");
  finalize_threads(corpus, std::move(drafts), f, rules, jobs, memo);
  timer.lap("align finalize");
}

}  // namespace ct::align

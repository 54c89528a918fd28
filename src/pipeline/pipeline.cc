// Pipeline orchestration.
#include "pipeline/pipeline.h"

#include "align/align.h"
#include "extract/extract.h"
#include "pipeline/analysis_cache.h"
#include "pipeline/build.h"
#include "pipeline/comparison_cache.h"
#include "segment/segment.h"
#include "util/stage_timer.h"

namespace ct::pipeline {

std::vector<std::string> analyze(Corpus& corpus, const Rules& rules, int jobs, Depth depth,
                                 const CacheOptions& cache,
                                 const std::function<void()>& before_extract) {
  StageTimer timer;
  auto rules_complete = [&] {
    if (!before_extract) return;
    before_extract();
    timer.lap("extraction rules (wait)");
  };
  if (depth == Depth::Segment) {
    segment::segment_corpus(corpus, rules, jobs);
    timer.lap("segment");
    rules_complete();
    order_series(corpus);
    return {};
  }
  std::vector<std::string> entry_keys;
  if (cache.dir.empty()) {
    segment::segment_corpus(corpus, rules, jobs);
    timer.lap("segment");
    rules_complete();
    extract::extract_corpus(corpus, rules, jobs);
  } else {
    rules_complete();
    entry_keys = segment_and_extract_cached(corpus, rules, jobs, cache);
    timer.lap("segment+extract (cache)");
  }
  fill_metadata(corpus, rules);
  group_series(corpus, rules);
  order_series(corpus);
  timer.lap(cache.dir.empty() ? "extract" : "metadata");
  if (depth == Depth::Extract) return entry_keys;
  if (cache.dir.empty()) {
    align::align_corpus(corpus, rules, jobs);
  } else {
    // Members compared with their earlier versions as an earlier run did.
    ComparisonCache comparisons(corpus, entry_keys, cache);
    align::align_corpus(corpus, rules, jobs, &comparisons);
    comparisons.save();
  }
  timer.lap("align");
  return entry_keys;
}

Corpus load(const std::string& corpus_dir, const Rules& rules, int jobs, Depth depth) {
  Inputs in;
  in.corpus_dir = corpus_dir;
  in.depth = depth;
  in.jobs = jobs;
  return build(rules, in).corpus;
}

}  // namespace ct::pipeline

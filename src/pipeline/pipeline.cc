// Pipeline orchestration.
#include "pipeline/pipeline.h"

#include "align/align.h"
#include "extract/extract.h"
#include "ingest/load_corpus.h"
#include "segment/segment.h"

namespace ct::pipeline {

void analyze(Corpus& corpus, const Rules& rules, int jobs, Depth depth) {
  segment::segment_corpus(corpus, rules, jobs);
  if (depth == Depth::Segment) {
    order_series(corpus);
    return;
  }
  extract::extract_corpus(corpus, rules, jobs);
  fill_metadata(corpus);
  order_series(corpus);
  if (depth == Depth::Extract) return;
  align::align_corpus(corpus, rules, jobs);
}

Corpus load(const std::string& corpus_dir, const Rules& rules, int jobs, Depth depth) {
  Corpus corpus = ingest::load_corpus(corpus_dir, rules);
  analyze(corpus, rules, jobs, depth);
  return corpus;
}

}  // namespace ct::pipeline

// Pipeline orchestration.
#include "pipeline/pipeline.h"

#include "align/align.h"
#include "extract/extract.h"
#include "ingest/load_corpus.h"
#include "segment/segment.h"
#include "util/stage_timer.h"

namespace ct::pipeline {

void analyze(Corpus& corpus, const Rules& rules, int jobs, Depth depth) {
  StageTimer timer;
  segment::segment_corpus(corpus, rules, jobs);
  timer.lap("segment");
  if (depth == Depth::Segment) {
    order_series(corpus);
    return;
  }
  extract::extract_corpus(corpus, rules, jobs);
  fill_metadata(corpus);
  order_series(corpus);
  timer.lap("extract");
  if (depth == Depth::Extract) return;
  align::align_corpus(corpus, rules, jobs);
  timer.lap("align");
}

Corpus load(const std::string& corpus_dir, const Rules& rules, int jobs, Depth depth) {
  StageTimer timer;
  Corpus corpus = ingest::load_corpus(corpus_dir, rules);
  timer.lap("ingest");
  analyze(corpus, rules, jobs, depth);
  return corpus;
}

}  // namespace ct::pipeline

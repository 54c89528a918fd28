// Segmentation throughput (issue 17): ingests a corpus folder, then runs the
// segment stage alone on one thread and prints its speed in MB of document
// text per second of CPU time (best of N runs; CPU time is steadier than wall
// time on a shared machine). Run by bench/segment.sh:
//   build/bench_segment_throughput ../shared/corpora/unsc-archive rules 3
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>

#include "ingest/load_corpus.h"
#include "rules/rules.h"
#include "segment/segment.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s CORPUS_DIR RULES_DIR [RUNS]\n", argv[0]);
    return 2;
  }
  int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 3;
  ct::Rules rules = ct::load_rules(argv[2]);
  ct::Corpus corpus = ct::ingest::load_corpus(argv[1], rules);
  double bytes = 0;
  for (const ct::Document& d : corpus.documents) bytes += static_cast<double>(d.end - d.begin);
  double best = 1e30;
  for (int r = 0; r < runs; ++r) {
    std::clock_t start = std::clock();
    ct::segment::segment_corpus(corpus, rules, 1);
    best = std::min(best, static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC);
  }
  std::printf(
      "segmentation: %zu documents, %.1f MB, %zu clauses, %.3f s CPU (best of %d) = %.1f MB/s\n",
      corpus.documents.size(), bytes / 1e6, corpus.clauses.size(), best, runs, bytes / 1e6 / best);
  return 0;
}

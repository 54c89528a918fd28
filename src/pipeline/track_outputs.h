// The outputs of `clausetrack track`, made from the analysed corpus in order:
// the persistence graph, the checks, then index.html (with the graphs
// Graphviz draws meanwhile), findings.json and findings.sarif, tracker.json,
// graph.dot and graph.graphml (or, for a large corpus, graphs/SERIES.dot and
// graphs/SERIES.graphml per series), each written atomically into the output
// folder (run_track's temporary folder, swapped in once all are written) as
// soon as it is made and then freed. With more than one job the
// data files (which never read the findings) are made on a second thread
// while the checks and the report run.
#pragma once

#include <string>
#include <vector>

#include "model/corpus.h"
#include "pipeline/analysis_cache.h"
#include "rules/rules.h"

namespace ct::pipeline {

struct TrackOutputs {
  std::string out_dir;     // made by this run (a staged folder): nothing stale in it
  std::string corpus_dir;  // SARIF URIs are relative to it
  int jobs = 1;
  std::string shown_dir;  // the folder named in the summary (default: out_dir)
  // graph.dot and graph.graphml of the whole corpus even past
  // kMaxFullGraphElements (else graphs/SERIES.dot and .graphml per series).
  bool graph_full = false;
  // tracker.json's per-document entries are kept there (tracker_cache.h).
  CacheOptions cache;
  // Each document's analysis entry key (Analysed::entry_keys): the near-miss
  // check's word diffs are kept by them (comparison_cache.h).
  std::vector<std::string> entry_keys;
};

// Vertices plus edges of the largest persistence graph written whole by
// default: about 6 MB of DOT and 14 MB of GraphML (the archive of 1,358
// resolutions has 34 MB and 77 MB).
inline constexpr std::size_t kMaxFullGraphElements = 60'000;

// Fills corpus.findings (the checks) and writes every output; returns the
// text summary (documents, clauses, threads, per-series changes).
std::string write_track_outputs(Corpus& corpus, const Rules& rules, const TrackOutputs& o);

}  // namespace ct::pipeline

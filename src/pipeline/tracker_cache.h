// tracker.json with each document's entries (its own and its clauses') kept
// in the analysis cache folder (analysis_cache.h), under tracker/, one file
// per document named for a hash of everything those entries read
// (report::document_entries_input) and the tool's version: a run remakes the
// entries of the documents whose input changed and reads the others back.
// The threads, entities and series are made whole. A file that cannot be
// read is remade, never an error; the text equals the uncached one.
#pragma once

#include <string>
#include <vector>

#include "graph/persistence_graph.h"
#include "model/corpus.h"
#include "pipeline/analysis_cache.h"

namespace ct::pipeline {

// tracker.json's text in parts (report::tracker_json_parts), written one after the other.
std::vector<std::string> tracker_json_cached(const Corpus& corpus,
                                             const graph::Catalogue& catalogue,
                                             const CacheOptions& cache);

}  // namespace ct::pipeline

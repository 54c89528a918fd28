// The stages after ingest, in order: segment -> extract -> metadata ->
// order_series -> align (threads and diffs). Commands build their corpus
// through pipeline::build (build.h), which runs these; `load` is build's
// shortest form (a corpus folder, nothing else).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "model/corpus.h"
#include "pipeline/analysis_cache.h"
#include "rules/rules.h"

namespace ct::pipeline {

enum class Depth { Segment, Extract, Align };

// Runs the stages after ingest on an ingested corpus, up to `depth`.
// With a cache folder (`track`), each document's segmentation and extraction
// are read from it when unchanged (pipeline/analysis_cache.h), and each
// document's analysis entry key is returned (none without a cache).
// `before_extract`, when given, runs once before anything reads the
// extraction rules (after segmenting, or first with a cache): it completes
// `rules` (start_language_parts) while the documents are segmented.
std::vector<std::string> analyze(Corpus& corpus, const Rules& rules, int jobs,
                                 Depth depth = Depth::Align, const CacheOptions& cache = {},
                                 const std::function<void()>& before_extract = {});

// Ingests the corpus folder and analyzes it: build() with only a corpus.
// Throws InputError.
Corpus load(const std::string& corpus_dir, const Rules& rules, int jobs,
            Depth depth = Depth::Align);

// Fills a document's missing title, date, place and session from its clauses
// (title clause, signature, first full date, else the year of its own symbol)
// and records what was detected; a date whose year is outside dates.yaml
// full_date_years counts as missing.
void fill_metadata(Corpus& corpus, const Rules& rules);

// Groups the documents at the top of the corpus folder that no manifest lists
// (series "default") into series by their titles and content (rules/series.yaml);
// the items of a compilation follow it.
void group_series(Corpus& corpus, const Rules& rules);

// Orders each series' documents by date (stable) and groups them into sessions.
void order_series(Corpus& corpus);

}  // namespace ct::pipeline

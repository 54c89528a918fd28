// The pipeline from a corpus folder to the analysed corpus model:
// ingest -> segment -> extract -> metadata -> align (threads and diffs).
// Every command builds its corpus through here, so all see the same model.
#pragma once

#include <string>

#include "model/corpus.h"
#include "rules/rules.h"

namespace ct::pipeline {

enum class Depth { Segment, Extract, Align };

// Runs the stages after ingest on an ingested corpus, up to `depth`.
void analyze(Corpus& corpus, const Rules& rules, int jobs, Depth depth = Depth::Align);

// Ingests the corpus folder and analyzes it. Throws InputError.
Corpus load(const std::string& corpus_dir, const Rules& rules, int jobs,
            Depth depth = Depth::Align);

// Fills a document's missing title, date, place and session from its clauses
// (title clause, signature, first full date) and records what was detected.
void fill_metadata(Corpus& corpus);

// Orders each series' documents by date (stable) and groups them into sessions.
void order_series(Corpus& corpus);

}  // namespace ct::pipeline

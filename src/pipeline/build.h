// The one call that builds the analysed corpus for every command: the corpus
// folder (when the command reads it), files outside it analysed beside it
// (`diff` and `segment` of a loose file), and drafts checked as the newest
// documents of their series (`check DRAFT`), analysed up to the depth the
// command needs.
//
//   Inputs in;  in.corpus_dir = "corpus";  in.drafts = {"draft.en.txt"};
//   Analysed a = build(rules, in);
//   run_checks(a.corpus, rules) ... a.draft_docs ...
#pragma once

#include <cstddef>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "model/corpus.h"
#include "pipeline/pipeline.h"
#include "rules/rules.h"

namespace ct::pipeline {

struct Inputs {
  std::string corpus_dir = "corpus";
  bool read_corpus = true;  // false: only `files` (no corpus folder needed)
  // Files outside the corpus analysed as documents of their own.
  std::vector<std::string> files;
  // Drafts: files checked as the newest documents of their series. A draft
  // that is a file of the corpus is checked as it is (Analysed::corpus_targets).
  std::vector<std::string> drafts;
  std::string series;  // the drafts' series; detected when empty
  Depth depth = Depth::Align;
  int jobs = 1;
  CacheOptions cache;  // per-document analysis cache (`track`); none by default
  // Completes the rules before the extraction reads them (analyze): `diff`
  // segments while its extraction rules load (start_language_parts).
  std::function<void()> before_extract;
};

struct Analysed {
  Corpus corpus;
  std::vector<std::vector<std::size_t>> files;  // documents of each of Inputs::files
  std::set<std::size_t> draft_docs;             // documents of the drafts
  std::set<std::string> draft_sources;          // the drafts' paths as given
  std::set<std::string> corpus_targets;         // drafts that are corpus files (sources)
  std::vector<std::string> entry_keys;          // each document's analysis cache key (with a cache)
};

// Throws InputError for a missing corpus, file or series.
Analysed build(const Rules& rules, const Inputs& in);

// build() in its two steps, for a command that completes its rules from what
// was read (`diff`: load_language_parts for the documents' languages): the
// corpus folder and files ingested, then analysed.
Analysed ingest_inputs(const Rules& rules, const Inputs& in);
void analyse_inputs(const Rules& rules, const Inputs& in, Analysed& a);

}  // namespace ct::pipeline

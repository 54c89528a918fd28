// The per-document analysis cache of `track` (issue 17): each document's
// clauses after segmentation and extraction, stored as one binary file
// (varints and length-prefixed strings, read straight into the clauses) named for a hash of
// everything they depend on: the document's source text and place in it, its manifest metadata, its
// series' body and title, the rules folder's files and the tool's version. A run reuses the files
// whose hash matches and analyses only the other documents, so adding one document costs its own
// analysis (alignment and the reports are still made whole). A file that cannot be read or decoded
// is ignored (the document is analysed again and the file rewritten), never an error.
#pragma once

#include <string>
#include <vector>

#include "model/corpus.h"
#include "rules/rules.h"

namespace ct::pipeline {

struct CacheOptions {
  std::string dir;  // where entries are read; "" = no cache
  // Where entries are written ("" = `dir`). When it differs (track's default
  // cache, written into the staged output folder), the entries read from
  // `dir` are linked (or copied) there too, so it holds this run's entries
  // and no others.
  std::string write_dir;
};

// What every entry depends on besides its document: the rules folder's files
// (relative path and bytes, in path order) and the tool's version.
std::string rules_key(const Rules& rules);

// segment::segment_corpus followed by extract::extract_corpus, with each
// document's result read from `cache.dir` when present there and written to
// the write folder otherwise. Outputs are those of the two stages run cold.
// Returns each document's entry key (none without a cache).
std::vector<std::string> segment_and_extract_cached(Corpus& corpus, const Rules& rules, int jobs,
                                                    const CacheOptions& cache);

}  // namespace ct::pipeline

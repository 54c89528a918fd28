// Finding the documents a command names: a file (in the corpus or not) or a
// document id of the corpus; and the number of workers --jobs asks for.
#pragma once

#include <string>
#include <vector>

#include "model/corpus.h"

namespace ct::pipeline {

// True when `target` names an existing file that the corpus folder holds;
// sets `source` to its path relative to the corpus.
bool in_corpus(const std::string& corpus_dir, const std::string& target, std::string& source);

// Indices of the documents `target` names in `corpus`: the document with that
// id (`source` empty), or the documents read from the source file `source`
// (a compilation and its items). Empty when nothing matches.
std::vector<std::size_t> find_documents(const Corpus& corpus, const std::string& target,
                                        const std::string& source);

// A document id and the items of the compilation it names, if any.
std::vector<std::size_t> document_and_items(const Corpus& corpus, const std::string& id);

// Number of worker threads for --jobs (0 means the hardware's).
int jobs_of(int requested);

}  // namespace ct::pipeline

// ingest: builds the documents of a corpus (or of single files) from the
// manifest and the files, reading and validating every text, splitting
// compilations into their items and detecting the language of files that do
// not state it. Dates, titles and places missing from the manifest are
// detected later from the extracted clauses (pipeline/metadata.h).
#pragma once

#include <string>

#include "model/corpus.h"
#include "rules/rules.h"

namespace ct::ingest {

// Reads the whole corpus folder: the manifest's documents, then any other
// text file (*.txt, *.md) found in the folder. Throws InputError.
Corpus load_corpus(const std::string& corpus_dir, const Rules& rules);

// Adds one file that is not part of the corpus (a draft, or `segment FILE`) to
// `corpus` as new documents (more than one for a compilation); returns the
// index of its first document. `series` may be empty.
std::size_t add_file(Corpus& corpus, const std::string& path, const Rules& rules,
                     const std::string& series = {});

// add_file in two steps, so that several files can be read at once: the
// file read as one document with its language (touches no corpus), then
// added to `corpus` as add_file does.
Document read_file(const std::string& path, const Rules& rules);
std::size_t add_file(Corpus& corpus, Document read, const Rules& rules,
                     const std::string& series = {});

}  // namespace ct::ingest

// Analysing the one document a command names (`segment`, `export`): a file of
// the corpus or a document id, analysed with the whole corpus; or a file
// outside it, analysed alone.
#pragma once

#include <string>
#include <vector>

#include "pipeline/build.h"
#include "rules/rules.h"

namespace ct::pipeline {

struct Targeted {
  Analysed analysed;
  std::vector<std::size_t> docs;  // indices into analysed.corpus.documents
};

// The analysis `in` asks for, and the documents `target` names in it (a
// compilation and its items when it names one). Throws InputError when
// `target` is neither a file nor a document id of the corpus.
Targeted analyse_target(const Rules& rules, Inputs in, const std::string& target);

}  // namespace ct::pipeline

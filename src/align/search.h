// Finding the clauses of a corpus that best match a piece of text, with the
// aligner's features and index (`clausetrack history TEXT`): the text is read
// in its own language (detected from the rules), its rarest features are
// looked up in an inverted index of the corpus's clauses, and the candidates
// are ranked by text similarity, across languages through the glossary and
// dictionaries like any two clauses.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "model/corpus.h"
#include "rules/rules.h"

namespace ct::align {

struct Match {
  std::size_t clause = 0;
  double similarity = 0;  // 0..1
};

// Up to `limit` clauses, best first (ties: corpus order).
std::vector<Match> search(const Corpus& corpus, const Rules& rules, const std::string& text,
                          std::size_t limit, int jobs);

}  // namespace ct::align

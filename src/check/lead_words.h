// The words right before a mention (a date, a session): whether they match
// one of a rule's patterns ("no later than", "to report to the ... session"),
// which makes the mention planned rather than past.
#pragma once

#include <cstddef>
#include <vector>

#include "model/corpus.h"
#include "rules/rules.h"

namespace ct::check {

// At most `reach` bytes of `c.text` before byte `at` (from the last '.' or
// ';' when `in_sentence`) matched against `patterns`.
bool lead_matches(const Clause& c, std::size_t at, std::size_t reach, bool in_sentence,
                  const std::vector<Pattern>& patterns);

}  // namespace ct::check

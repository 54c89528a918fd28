// The statements of a clause: the sentences a paragraph holds ("The meeting
// was opened by ... . He reaffirmed ... . They called for ..."), each a
// statement a later text may carry on its own. A clause of one sentence is
// one statement. Alignment threads each statement of a clause that says
// several things (align/statements.h).
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "model/corpus.h"

namespace ct::segment {

// Token ranges [first, last) of the sentences of `c`, in order, covering all
// its tokens. A sentence ends at a period (not after one of `abbreviations`,
// as written: "M.", "No."), "!" or "?" outside brackets, before a word that
// opens with a capital letter. A sentence with fewer than `min_words` content
// words (not stop words) joins its neighbour: a fragment says nothing alone.
std::vector<std::pair<std::size_t, std::size_t>> sentence_spans(
    const Clause& c, const std::vector<std::string>& abbreviations, std::size_t min_words);

// A clause holding tokens [first, last) of `c` only: its text, tokens and
// entities rebased to the range; id, document, role, number and parent of `c`.
Clause part_of(const Clause& c, std::size_t first, std::size_t last);

}  // namespace ct::segment

// The printed list marker a clause text may start with ("1.", "iv.", "(a)",
// "b)", "-"): part of the text, but not of its wording, so renumbering alone
// changes no word and no fact.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "model/corpus.h"

namespace ct::diff {

// Number of leading tokens of `tokens` that form a list marker: digits, a
// lower-case roman numeral or a single letter, dotted (also "8.ii"),
// optionally in parentheses and followed by "." or ")"; or a lone dash or
// bullet. 0 when the text starts with a word.
std::size_t marker_tokens(std::string_view text, const std::vector<Token>& tokens);

}  // namespace ct::diff

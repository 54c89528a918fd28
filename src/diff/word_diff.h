// Word-level diff of two texts (the O(NP) algorithm of Wu, Manber and
// Myers) over their tokens. The result is a list of runs (WordOp) from which
// both texts can be rebuilt byte for byte: Equal and Delete runs give the old
// text, Equal and Insert runs give the new one; the spacing before each word
// travels with it.
//
//   auto ops = diff::word_diff(old_clause.text, old_clause.tokens,
//                              new_clause.text, new_clause.tokens);
//   diff::old_text(ops) == old_clause.text;   // always
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/corpus.h"

namespace ct::diff {

// Diffs `old_text` against `new_text`, comparing tokens by their exact text.
// Within each changed region all deletions come before all insertions.
std::vector<WordOp> word_diff(std::string_view old_text, const std::vector<Token>& old_tokens,
                              std::string_view new_text, const std::vector<Token>& new_tokens);
// Same, tokenizing the texts with text::split_tokens.
std::vector<WordOp> word_diff(std::string_view old_text, std::string_view new_text);

// The texts a diff was made from.
std::string old_text(const std::vector<WordOp>& ops);
std::string new_text(const std::vector<WordOp>& ops);

// True when the diff changes nothing.
bool is_equal(const std::vector<WordOp>& ops);

// `[-old-]{+new+}` rendering (git's --word-diff=plain style); whitespace
// shared by a deletion and the insertion that replaces it is printed once,
// outside the markers.
std::string render_plain(const std::vector<WordOp>& ops);
// The same with <del>/<ins> elements, every text escaped by `escape`.
std::string render_html(const std::vector<WordOp>& ops, std::string (*escape)(std::string_view));

}  // namespace ct::diff

// Word diffs made once per pair of wordings within a run: the threads of a
// corpus compare the same two texts again and again (a clause kept unchanged
// for years is diffed against the same earlier wording at every session; a
// standard paragraph changes alike in several series). On the archive of
// 1,358 resolutions 38% of the diffs of align and 44% of those of the
// near-miss check repeated a pair already made.
//
//   diff::WordDiffReuse made;  // one per worker: not thread-safe
//   std::vector<WordOp> ops = made.get(older.text, older.tokens, newer.text, newer.tokens);
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/corpus.h"

namespace ct::diff {

class WordDiffReuse {
 public:
  // word_diff(old_text, old_tokens, new_text, new_tokens), made on the first
  // call for these texts and token spans. The texts and token lists must
  // outlive this object (they are compared, not copied).
  std::vector<WordOp> get(std::string_view old_text, const std::vector<Token>& old_tokens,
                          std::string_view new_text, const std::vector<Token>& new_tokens);

 private:
  struct Made {
    std::string_view old_text, new_text;
    const std::vector<Token>* old_tokens;
    const std::vector<Token>* new_tokens;
    std::vector<WordOp> ops;
  };
  std::unordered_multimap<std::uint64_t, Made> made_;
};

}  // namespace ct::diff

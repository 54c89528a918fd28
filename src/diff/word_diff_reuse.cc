// WordDiffReuse: word diffs found again by a hash of both texts.
#include "diff/word_diff_reuse.h"

#include <algorithm>
#include <functional>

#include "diff/word_diff.h"

namespace ct::diff {

namespace {

// The diff reads the tokens' byte ranges only.
bool same_spans(const std::vector<Token>& a, const std::vector<Token>& b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](const Token& x, const Token& y) {
           return x.begin == y.begin && x.end == y.end;
         });
}

}  // namespace

std::vector<WordOp> WordDiffReuse::get(std::string_view old_text,
                                       const std::vector<Token>& old_tokens,
                                       std::string_view new_text,
                                       const std::vector<Token>& new_tokens) {
  // Equal texts: one run, made at once, not worth keeping.
  if (old_text == new_text) return word_diff(old_text, old_tokens, new_text, new_tokens);
  // std::hash (murmur, 8 bytes a step) rather than FNV's byte a step: every
  // text of every pair is hashed.
  const std::uint64_t key =
      std::hash<std::string_view>{}(old_text)*31 + std::hash<std::string_view>{}(new_text);
  auto [first, last] = made_.equal_range(key);
  for (auto it = first; it != last; ++it) {
    const Made& m = it->second;
    if (m.old_text == old_text && m.new_text == new_text && same_spans(*m.old_tokens, old_tokens) &&
        same_spans(*m.new_tokens, new_tokens))
      return m.ops;
  }
  return made_
      .emplace(key, Made{old_text, new_text, &old_tokens, &new_tokens,
                         word_diff(old_text, old_tokens, new_text, new_tokens)})
      ->second.ops;
}

}  // namespace ct::diff

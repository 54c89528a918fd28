// TokenForms: append-only storage of the folded and stemmed forms that
// Token::fold and Token::stem view. Bytes once handed out never move, so a
// Clause holding the storage its tokens view (Clause::forms) keeps them valid
// wherever the clause is copied or moved. One writer at a time (an Analyzer,
// or the reader of one cache entry); bytes handed out may be read from any
// thread. Written by hand rather than on std::pmr::monotonic_buffer_resource:
// what is needed is only "copy these bytes and never move them", and a
// resource would still need this class around it to hand out the views.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace ct {

class TokenForms {
 public:
  // A copy of `s` that stays where it is for the life of this storage.
  std::string_view add(std::string_view s);

 private:
  // Forms are short: one allocation serves thousands of them.
  static constexpr std::size_t kChunk = std::size_t{1} << 16;
  std::vector<std::unique_ptr<char[]>> chunks_;
  char* free_ = nullptr;
  std::size_t left_ = 0;
};

}  // namespace ct

// The checks' per-document cache entries (documents.bin, written by
// check_duplicates, check_language and knowledge): the order documents are
// walked in, and their fields, numbers written as decimal text each
// followed by one space.
#pragma once

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <numeric>
#include <string_view>
#include <system_error>
#include <vector>

#include "model/corpus.h"

namespace ct::check {

// Reads a number and the space after it off the front of `bytes`; false
// when `bytes` do not start so.
template <typename T>
bool take_number(std::string_view& bytes, T& n) {
  const char* end = bytes.data() + bytes.size();
  auto [at, ec] = std::from_chars(bytes.data(), end, n);
  if (ec != std::errc() || at == end || *at != ' ') return false;
  bytes.remove_prefix(static_cast<std::size_t>(at - bytes.data()) + 1);
  return true;
}

// The corpus's documents in the order of their clauses (what a check reports
// clause by clause comes out in the same order, document by document).
inline std::vector<std::size_t> documents_in_clause_order(const Corpus& corpus) {
  std::vector<std::size_t> docs(corpus.documents.size());
  std::iota(docs.begin(), docs.end(), std::size_t{0});
  std::stable_sort(docs.begin(), docs.end(), [&corpus](std::size_t a, std::size_t b) {
    return corpus.documents[a].first_clause < corpus.documents[b].first_clause;
  });
  return docs;
}

}  // namespace ct::check

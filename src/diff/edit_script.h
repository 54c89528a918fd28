// The shortest edit script between two sequences of word numbers, by the
// O(NP) algorithm of Wu, Manber and Myers, making the very choices of
// dtl::Diff<unsigned> with onUnserious() (dtl 1.20): same script, fewer
// copies (see edit_script.cc).
//
//   std::vector<diff::Edit> s = diff::edit_script({1, 2, 3}, {1, 3});
//   // Common, Delete, Common
#pragma once

#include <cstdint>
#include <vector>

namespace ct::diff {

enum class Edit : std::uint8_t { Common, Delete, Add };

// Turns `a` into `b`: Common takes one element of both, Delete one of `a`,
// Add one of `b`. Past dtl's budget of 2,000,000 path points the rest of
// `a` is deleted and the rest of `b` added, as dtl does in unserious mode.
std::vector<Edit> edit_script(const std::vector<unsigned>& a, const std::vector<unsigned>& b);

}  // namespace ct::diff

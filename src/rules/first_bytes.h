// FirstBytes: the bytes a match of a regular expression can open with, as one
// range read from RE2::PossibleMatchRange. The segmenter tries its item-marker
// patterns at the start of every line; a line whose first byte is outside a
// pattern's range cannot match it, so that pattern is not run at all.
#pragma once

#include <re2/re2.h>

#include <cstddef>
#include <string_view>

namespace ct {

struct FirstBytes {
  unsigned char lo = 0, hi = 0xFF;  // the whole range: any byte may open a match

  // Can a match start at text[at]? Past the end of `text` the pattern decides.
  bool admits(std::string_view text, std::size_t at) const {
    if (at >= text.size()) return true;
    auto b = static_cast<unsigned char>(text[at]);
    return b >= lo && b <= hi;
  }
};

// The range of `re`'s anchored matches' first bytes; the whole range when RE2
// cannot tell or a match may be empty (an empty match opens with no byte).
FirstBytes first_bytes(const re2::RE2& re);

}  // namespace ct

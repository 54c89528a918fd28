// Item markers at the start of a line ("1.", "8)", "(a)", "ii.", "- a.",
// "- 1-", "•"), read with the marker forms of rules/structure.yaml. A marker
// says what it could be: digits are arabic numbers; a letter is a letter of
// the alphabet and, for i, v, x, ..., also a roman numeral; which reading
// holds is decided by the numbering sequence (numbering.h).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/structure_rules.h"

namespace ct::segment {

struct Marker {
  std::string style;    // the marker form's style; letters add their case ("x." / "X.")
  std::string numeral;  // as printed: "8", "ii", "a"; the bullet for bullets
  bool bullet = false;
  int arabic = 0;  // value when the numeral is digits
  int alpha = 0;   // value when the numeral is one letter (a = 1)
  int roman = 0;   // value when the numeral is a roman numeral
  bool upper = false;
  std::size_t end = 0;  // end of the marker and the spaces after it, in the text
};

// Reads a marker at the start of `text` (a line's clean text). Numerals that
// spell one of the language's abbreviations ("M.", "No.") are not markers.
std::optional<Marker> read_marker(std::string_view text, const StructureRules& rules,
                                  const std::vector<std::string>& abbreviations);

}  // namespace ct::segment

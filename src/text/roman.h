// Roman numerals read as numbers (list markers, "Chapter VII").
#pragma once

#include <string_view>

namespace ct::text {

// Value of a Roman numeral written the canonical way in one case ("vii",
// "XIV"), or 0 ("iiii", "vx", "Vii", more than eight letters).
int roman_value(std::string_view s);

}  // namespace ct::text

// Whitespace runs: the one-space form of a text read from markup or a line.
#pragma once

#include <string>
#include <string_view>

namespace ct::text {

// `s` with every run of spaces, tabs and line breaks made one space, and none
// at either end.
std::string collapse_spaces(std::string_view s);

}  // namespace ct::text

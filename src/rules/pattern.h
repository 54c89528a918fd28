// Running rule patterns (RE2) over text and reading their named groups.
#pragma once

#include <re2/re2.h>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ct {

struct PatternMatch {
  std::size_t begin = 0, end = 0;  // byte range of the whole match in the searched text
  // Named groups that took part in the match: text and byte range.
  std::map<std::string, std::string> groups;
  std::map<std::string, std::pair<std::size_t, std::size_t>> spans;

  std::string group(const std::string& name) const {
    auto it = groups.find(name);
    return it == groups.end() ? std::string() : it->second;
  }
};

// First match starting at or after `from`.
std::optional<PatternMatch> find_match(const re2::RE2& re, std::string_view text,
                                       std::size_t from = 0);
// All non-overlapping matches, left to right.
std::vector<PatternMatch> find_all(const re2::RE2& re, std::string_view text);

}  // namespace ct

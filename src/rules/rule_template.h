// Pattern templates of the rules files: `{name}` placeholders in an RE2
// pattern expand to alternations built from word lists (month names, ordinal
// suffixes, units, titles, ...), so a pattern is written once and compiled per
// language. `{` after a backslash and RE2 repetitions such as `{1,3}` are left
// alone.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ct {

// Placeholder name -> the RE2 text it expands to (a non-capturing group).
using Placeholders = std::map<std::string, std::string>;

// Expands the placeholders of `pattern`; an unknown placeholder gives its
// name in `unknown` and nullopt.
std::optional<std::string> expand_template(const std::string& pattern, const Placeholders& words,
                                           std::string& unknown);

// An alternation matching each of `folded_words` (folded: lower case, no
// accents) whatever their case and accents: "ete" matches "été" and "ÉTÉ".
// Spaces match any run of spaces, apostrophes both ' and ’. Longest first.
// An empty list gives a group that matches nothing.
std::string folded_alternation(const std::vector<std::string>& folded_words);

// An alternation of folded words for patterns run on folded text (lower
// case, no accents): plain ASCII, spaces as any run of spaces. Longest first.
std::string plain_alternation(const std::vector<std::string>& folded_words);

// An alternation matching each word exactly as written (spaces as any run of
// spaces, apostrophes both ' and ’). Longest first.
std::string literal_alternation(const std::vector<std::string>& words);

}  // namespace ct

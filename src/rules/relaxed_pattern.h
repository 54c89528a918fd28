// A cheaper stand-in for an RE2 pattern that matches at least what the
// pattern matches: its counted repetitions with a large bound (`.{3,120}`,
// `[^|>›]{1,40}`, `.{0,300}`) made unbounded (`.{3,}`, `[^|>›]+`, `.*`).
// RE2 compiles `x{m,n}` into n copies of x (of each UTF-8 byte sequence of
// a class), so such patterns cost most of a set's compiling: the chrome and
// metadata line patterns of rules/*.yaml, 124 M instructions as one set
// against 6 M relaxed. A set of relaxed patterns screens the texts; only
// those it lets through need the exact pattern (rules/whole_line_set.h).
//
//   relax_repetitions("(?i)adopted by .{3,120} on .{0,60}\\d{4}")
//     == "(?i)adopted by .{3,} on .*\\d{4}"
//
// The language only grows: every operator of RE2's syntax is monotone, and
// x{m,n} is contained in x{k,} for any k <= m. Braces that are not a
// repetition (escaped, in a class, in \Q...\E, \p{..}, \x{..}, or not of the
// form {m}, {m,}, {m,n}) are left as they are.
#pragma once

#include <string>
#include <string_view>

namespace ct {

// `pattern` with each repetition whose count exceeds `cap` relaxed to
// at least min(m, cap) repetitions (`*` for 0, `+` for 1); the pattern
// itself when none does.
std::string relax_repetitions(std::string_view pattern, int cap = 8);

}  // namespace ct

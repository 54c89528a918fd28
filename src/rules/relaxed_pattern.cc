// relax_repetitions: a scan of RE2's syntax for counted repetitions. RE2's
// parser is not public (re2/regexp.h is not installed), hence this scan; it
// needs only to tell repetitions from braces that are not one.
#include "rules/relaxed_pattern.h"

#include <algorithm>
#include <cstddef>

namespace ct {

namespace {

// The end of the character class opening at p[i] == '['.
std::size_t class_end(std::string_view p, std::size_t i) {
  const std::size_t n = p.size();
  ++i;
  if (i < n && p[i] == '^') ++i;
  if (i < n && p[i] == ']') ++i;  // a ']' first is a member
  while (i < n) {
    if (p[i] == '\\') {
      i += 2;
    } else if (p[i] == '[' && i + 1 < n && p[i + 1] == ':') {  // [:alpha:]
      std::size_t close = p.find(":]", i + 2);
      i = close == std::string_view::npos ? i + 1 : close + 2;
    } else if (p[i] == ']') {
      return i + 1;
    } else {
      ++i;
    }
  }
  return n;
}

// A repetition {m}, {m,} or {m,n} at p[i] == '{': its end, and m and n
// (n = -1 when unbounded); 0 when p[i] opens none.
std::size_t repetition_at(std::string_view p, std::size_t i, long& m, long& n) {
  auto number = [&](std::size_t& j, long& v) {
    std::size_t start = j;
    v = 0;
    while (j < p.size() && p[j] >= '0' && p[j] <= '9' && j - start < 9) v = v * 10 + (p[j++] - '0');
    return j > start;
  };
  std::size_t j = i + 1;
  if (!number(j, m)) return 0;
  n = m;
  if (j < p.size() && p[j] == ',') {
    ++j;
    if (!number(j, n)) n = -1;
  }
  if (j >= p.size() || p[j] != '}') return 0;
  return j + 1;
}

}  // namespace

std::string relax_repetitions(std::string_view p, int cap) {
  std::string out;
  out.reserve(p.size());
  const std::size_t n = p.size();
  std::size_t i = 0;
  while (i < n) {
    const char c = p[i];
    std::size_t stop = i + 1;
    if (c == '\\' && i + 1 < n) {
      const char e = p[i + 1];
      stop = i + 2;
      if (e == 'Q') {  // literal text up to \E
        std::size_t end = p.find("\\E", i + 2);
        stop = end == std::string_view::npos ? n : end + 2;
      } else if ((e == 'p' || e == 'P' || e == 'x') && i + 2 < n && p[i + 2] == '{') {
        std::size_t close = p.find('}', i + 2);
        stop = close == std::string_view::npos ? n : close + 1;
      }
    } else if (c == '[') {
      stop = class_end(p, i);
    } else if (c == '{') {
      long lo = 0, hi = 0;
      if (std::size_t end = repetition_at(p, i, lo, hi);
          end && std::max(lo, hi) > static_cast<long>(cap)) {
        long keep = std::min(lo, static_cast<long>(cap));
        out += keep == 0 ? "*" : keep == 1 ? "+" : "{" + std::to_string(keep) + ",}";
        i = end;
        continue;
      }
    }
    out.append(p.substr(i, stop - i));
    i = stop;
  }
  return out;
}

}  // namespace ct

// RE2 matching with named groups and byte offsets.
#include "rules/pattern.h"

namespace ct {

std::optional<PatternMatch> find_match(const re2::RE2& re, std::string_view text,
                                       std::size_t from) {
  if (from > text.size()) return std::nullopt;
  int n = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> sub(static_cast<std::size_t>(n));
  re2::StringPiece input(text.data(), text.size());
  // Whether it matches at all, by the automaton alone: asked for groups in a
  // short text, RE2 skips that test and backtracks over the whole text, the
  // cost of most searches, which find nothing.
  if (!re.Match(input, from, text.size(), re2::RE2::UNANCHORED, nullptr, 0)) return std::nullopt;
  if (!re.Match(input, from, text.size(), re2::RE2::UNANCHORED, sub.data(), n)) return std::nullopt;
  PatternMatch m;
  m.begin = static_cast<std::size_t>(sub[0].data() - text.data());
  m.end = m.begin + sub[0].size();
  for (const auto& [name, index] : re.NamedCapturingGroups()) {
    const auto& s = sub[static_cast<std::size_t>(index)];
    if (s.data() == nullptr) continue;
    std::size_t b = static_cast<std::size_t>(s.data() - text.data());
    m.groups[name] = std::string(s.data(), s.size());
    m.spans[name] = {b, b + s.size()};
  }
  return m;
}

std::vector<PatternMatch> find_all(const re2::RE2& re, std::string_view text) {
  std::vector<PatternMatch> out;
  std::size_t from = 0;
  while (from <= text.size()) {
    auto m = find_match(re, text, from);
    if (!m) break;
    std::size_t next = m->end > m->begin ? m->end : m->end + 1;
    out.push_back(std::move(*m));
    from = next;
  }
  return out;
}

}  // namespace ct

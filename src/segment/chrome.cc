// Chrome detection over the lines of one document.
#include "segment/chrome.h"

#include <cstdint>
#include <map>
#include <optional>
#include <utility>

#include "segment/markers.h"

namespace ct::segment {

namespace {

// A line that certainly belongs to the text: a sentence of some length.
bool paragraph_like(const Line& l) {
  return l.words >= 8 && l.ending != Ending::None;
}

bool isolated(const std::vector<Line>& lines, std::size_t i) {
  bool before = i == 0 || lines[i - 1].blank;
  bool after = i + 1 == lines.size() || lines[i + 1].blank;
  return before && after;
}

}  // namespace

void mark_chrome(std::vector<Line>& lines, const ChromeRules& rules,
                 const std::unordered_set<std::string>* stopwords, const StructureRules& structure,
                 const std::vector<std::string>& abbreviations) {
  const std::size_t n = lines.size();
  for (std::size_t i = 0; i < n; ++i) {
    Line& l = lines[i];
    // Separators are tested as written ("***" cleans to nothing) and cleaned
    // ("\*\*\*" cleans to "***").
    // (A line without markup is its clean text: tested once, with the page
    // number and zone-any patterns in the same pass.)
    std::uint32_t clean = l.blank ? 0 : rules.line_groups.match(l.clean.text);
    l.meta = clean & ChromeRules::kMetaGroup;
    if ((l.raw != l.clean.text && !l.raw.empty() && rules.separator_lines.full_match(l.raw)) ||
        (clean & ChromeRules::kSeparatorGroup))
      l.separator = true;
    if (l.separator || l.blank) continue;
    if (isolated(lines, i) && (clean & ChromeRules::kPageNumberGroup)) l.chrome = true;
    if (clean & ChromeRules::kAnyGroup) l.chrome = true;
  }
  // Head: from the top until the first paragraph-like line that is not chrome.
  // (A line not marked above matched none of the zone-any patterns: only the zone's own
  // patterns are left to try.)
  for (std::size_t i = 0; i < n; ++i) {
    Line& l = lines[i];
    if (l.empty()) continue;
    if (rules.head_lines.full_match(l.clean.text)) {
      l.chrome = true;
      continue;
    }
    if (paragraph_like(l)) break;
  }
  // Tail: from the bottom until the last paragraph-like line.
  for (std::size_t i = n; i-- > 0;) {
    Line& l = lines[i];
    if (l.empty()) continue;
    if (rules.tail_lines.full_match(l.clean.text)) {
      l.chrome = true;
      continue;
    }
    if (paragraph_like(l)) break;
  }
  // Running headers and footers: short lines without final punctuation or
  // digits that repeat verbatim, not ending with a function word (a wrapped
  // line of text may repeat when a phrase does: "... impartiality and"). A
  // place and date line is text even when repeated.
  auto candidate = [&](std::size_t i) {
    const Line& l = lines[i];
    if (l.empty() || l.ending != Ending::None || l.words > rules.repeated_max_words || l.first == 0)
      return false;
    if (stopwords && stopwords->count(l.last_word)) return false;
    for (char c : l.clean.text)
      if (c >= '0' && c <= '9') return false;
    return true;
  };
  // A repeated heading is no running header when every occurrence is followed
  // by the numbered paragraphs it introduces (a page break may open with a
  // numbered paragraph once, not each time the line repeats).
  auto introduces_item = [&](std::size_t i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      if (lines[j].empty()) continue;
      auto m = read_marker(lines[j].clean.text, structure, abbreviations);
      return m && !m->bullet;
    }
    return false;
  };
  std::vector<bool> candidates(n);
  std::map<std::string, std::pair<int, int>> count;  // occurrences, followed by an item
  for (std::size_t i = 0; i < n; ++i)
    if ((candidates[i] = candidate(i))) {
      auto& [seen, items] = count[lines[i].clean.text];
      ++seen;
      items += introduces_item(i);
    }
  for (std::size_t i = 0; i < n; ++i) {
    if (!candidates[i]) continue;
    auto [seen, items] = count[lines[i].clean.text];
    if (seen >= rules.repeated_min && items < seen) lines[i].chrome = true;
  }
}

}  // namespace ct::segment

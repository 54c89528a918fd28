// Layout measurement.
#include "segment/layout.h"

#include <algorithm>
#include <map>

namespace ct::segment {

Layout measure_layout(const std::vector<Line>& lines) {
  Layout out;
  std::vector<int> widths;
  std::map<int, int> gaps;
  std::vector<int> lengths;
  const Line* prev = nullptr;
  int gap = 0;
  for (const Line& l : lines) {
    if (l.empty()) {
      ++gap;
      continue;
    }
    if (l.words >= 3) lengths.push_back(l.length);
    if (prev && prev->ending == Ending::None && !prev->hyphen_end && is_lower_letter(l.first)) {
      widths.push_back(prev->length);
      ++gaps[gap];
    }
    prev = &l;
    gap = 0;
  }
  if (widths.size() < 3 || lengths.empty()) return out;
  std::sort(widths.begin(), widths.end());
  int width = widths[widths.size() / 2];
  // Hard-wrapped text has few lines longer than its wrap width.
  std::size_t longer =
      std::count_if(lengths.begin(), lengths.end(), [&](int n) { return n * 100 > width * 115; });
  if (width > 160 || longer * 5 > lengths.size()) return out;
  out.wrapped = true;
  out.width = width;
  int best = 0;
  for (const auto& [g, count] : gaps)
    if (count > best) {
      best = count;
      out.line_gap = g;
    }
  return out;
}

}  // namespace ct::segment

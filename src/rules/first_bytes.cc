// First bytes of a pattern's matches.
#include "rules/first_bytes.h"

#include <string>

namespace ct {

FirstBytes first_bytes(const re2::RE2& re) {
  // Every anchored match s satisfies min <= s <= max (RE2's guarantee), so a
  // non-empty s opens with a byte in [min[0], max[0]]. An empty min admits the
  // empty match; an empty max means no upper bound.
  FirstBytes out;
  std::string min, max;
  if (!re.ok() || !re.PossibleMatchRange(&min, &max, 4) || min.empty()) return out;
  out.lo = static_cast<unsigned char>(min[0]);
  if (!max.empty()) out.hi = static_cast<unsigned char>(max[0]);
  if (out.hi < out.lo) return FirstBytes{};
  return out;
}

}  // namespace ct

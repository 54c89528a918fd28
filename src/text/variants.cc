// Spelling variants: one side of a variant replaced by the other, once or
// everywhere, turns one word into the other (or into a form of it).
#include "text/variants.h"

#include "text/fold.h"

namespace ct::text {

std::vector<Variant> parse_variants(const std::vector<std::string>& entries) {
  std::vector<Variant> out;
  for (const std::string& v : entries) {
    auto eq = v.find('=');
    if (eq != std::string::npos) out.emplace_back(fold(v.substr(0, eq)), fold(v.substr(eq + 1)));
  }
  return out;
}

bool spelling_variant(const std::string& a, const std::string& b,
                      const std::vector<Variant>& variants) {
  // Equal, or one is the other with an inflection ending of at most two of
  // the letters s, e, d ("authorize" / "authorizes", "organised"): any
  // longer tail would let "western" (-> "westren") pass for "west".
  auto inflected = [](const std::string& longer, const std::string& shorter) {
    if (longer.size() <= shorter.size() || longer.size() > shorter.size() + 2 ||
        longer.compare(0, shorter.size(), shorter) != 0)
      return false;
    return longer.find_first_not_of("sed", shorter.size()) == std::string::npos;
  };
  auto same = [&b, &inflected](const std::string& x) {
    return x == b || inflected(x, b) || inflected(b, x);
  };
  for (const auto& [x, y] : variants)
    for (const auto& [from, to] : {std::pair{x, y}, std::pair{y, x}}) {
      if (from.empty()) continue;
      std::string all;
      std::size_t pos = 0;
      for (std::size_t at = a.find(from); at != std::string::npos;
           at = a.find(from, at + from.size())) {
        if (same(std::string(a).replace(at, from.size(), to))) return true;
        all.append(a, pos, at - pos).append(to);
        pos = at + from.size();
      }
      all.append(a, pos, std::string::npos);
      if (pos > 0 && same(all)) return true;
    }
  return false;
}

}  // namespace ct::text

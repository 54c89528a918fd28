// Names made short from a hash (thread ids, finding anchors) that may
// repeat: the first of each group of equal names keeps it, the others get a
// suffix, so every name is unique and none depends on what else the corpus
// holds beyond its own group.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

namespace ct {

// Orders each group of equal `names` by `before` (indices into `names`) and
// appends suffix(k) to the k-th after the first (k = 1, 2, ...). The suffixes
// must keep the names apart from every unsuffixed one (longer, or with a
// character the names lack).
template <typename Before, typename Suffix>
void make_unique_names(std::vector<std::string>& names, Before before, Suffix suffix) {
  std::unordered_map<std::string, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < names.size(); ++i) groups[names[i]].push_back(i);
  for (auto& [name, members] : groups) {
    if (members.size() < 2) continue;
    std::sort(members.begin(), members.end(), before);
    for (std::size_t k = 1; k < members.size(); ++k) names[members[k]] = name + suffix(k);
  }
}

}  // namespace ct

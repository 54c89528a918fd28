// Keys of the earlier documents of each series, accumulated in date order
// per language.
#include "check/carried_over.h"

#include <map>

namespace ct::check {

std::vector<std::set<std::string>> carried_over(const Corpus& corpus,
                                                const std::vector<std::set<std::string>>& keys) {
  std::vector<std::set<std::string>> out(corpus.documents.size());
  for (const Series& s : corpus.series) {
    std::map<std::string, std::set<std::string>> seen;  // language -> keys so far
    for (std::size_t doc : s.documents) {
      if (!corpus.documents[doc].parent.empty()) continue;
      auto& so_far = seen[corpus.documents[doc].language];
      out[doc] = so_far;
      so_far.insert(keys[doc].begin(), keys[doc].end());
    }
  }
  return out;
}

}  // namespace ct::check

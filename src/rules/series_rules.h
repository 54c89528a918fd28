// How files without a manifest are grouped into series: the similarity at
// which two groups join and the generic words of titles. From
// rules/series.yaml.
#pragma once

#include <string>
#include <vector>

namespace ct {

struct SeriesRules {
  std::string file;
  double min_similarity = 0.1;
  std::vector<std::string> generic_title;  // folded phrases, longest first
  std::vector<std::string> edge_words;     // folded; dropped at a title's ends
};

SeriesRules load_series_rules(const std::string& dir);

}  // namespace ct

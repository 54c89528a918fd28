// How files without a manifest are grouped into series: the similarity at
// which two groups join, the generic words of titles, and the phrases in
// which a text says what it is about. From rules/series.yaml.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "rules/deferred_pattern.h"

namespace ct {

struct SeriesRules {
  std::string file;
  double min_similarity = 0.1;
  std::vector<std::string> generic_title;  // folded phrases, longest first
  std::vector<std::string> edge_words;     // folded; dropped at a title's ends
  // Phrases naming a text's subject, each with a group (?P<subject>...)
  // ("... resolutions on the situation in Sierra Leone and the region,").
  std::vector<std::shared_ptr<const DeferredPattern>> subject;
  // Folded words that join capitalized words into one name ("Republic of
  // the Congo", "Bosnia and Herzegovina"), never at its ends.
  std::vector<std::string> name_joiners;
};

SeriesRules load_series_rules(const std::string& dir);

}  // namespace ct

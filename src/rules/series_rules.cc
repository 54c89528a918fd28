// Loading and validation of rules/series.yaml.
#include "rules/series_rules.h"

#include <algorithm>
#include <filesystem>

#include "rules/yaml_util.h"
#include "text/fold.h"

namespace ct {

SeriesRules load_series_rules(const std::string& dir) {
  SeriesRules r;
  std::string path = (std::filesystem::path(dir) / "series.yaml").string();
  r.file = path;
  if (!std::filesystem::exists(path)) return r;
  YAML::Node root = yaml::load_file(path);
  yaml::expect_map(path, root,
                   {"min_similarity", "generic_title", "edge_words", "subject", "name_joiners"},
                   "series rules");
  if (auto n = yaml::child(root, "min_similarity")) {
    r.min_similarity = yaml::number(path, n, "min_similarity");
    if (r.min_similarity <= 0 || r.min_similarity > 1)
      yaml::fail(path, n, "min_similarity must lie in (0, 1]");
  }
  if (auto n = yaml::child(root, "generic_title"))
    for (auto& w : yaml::strings(path, n, "generic_title"))
      r.generic_title.push_back(text::fold(w));
  if (auto n = yaml::child(root, "edge_words"))
    for (auto& w : yaml::strings(path, n, "edge_words")) r.edge_words.push_back(text::fold(w));
  if (auto n = yaml::child(root, "subject")) {
    yaml::expect_seq(path, n, "subject");
    for (const auto& item : n) {
      std::string text = yaml::str(path, item, "subject");
      if (text.find("(?P<subject>") == std::string::npos)
        yaml::fail(path, item, "subject pattern lacks the named group (?P<subject>...)");
      r.subject.push_back(yaml::deferred_pattern(path, item, text));
    }
  }
  if (auto n = yaml::child(root, "name_joiners"))
    for (auto& w : yaml::strings(path, n, "name_joiners")) r.name_joiners.push_back(text::fold(w));
  std::stable_sort(r.generic_title.begin(), r.generic_title.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return r;
}

}  // namespace ct

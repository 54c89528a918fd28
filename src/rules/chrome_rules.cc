// Loading and validation of rules/chrome.yaml.
#include "rules/chrome_rules.h"

#include <filesystem>

#include "rules/yaml_util.h"

namespace ct {

namespace {

std::vector<std::shared_ptr<const DeferredPattern>> pattern_list(const std::string& path,
                                                                 const YAML::Node& node,
                                                                 const std::string& what) {
  std::vector<std::shared_ptr<const DeferredPattern>> out;
  if (!node) return out;
  yaml::expect_seq(path, node, what);
  for (const auto& item : node)
    out.push_back(yaml::deferred_pattern(path, item, yaml::str(path, item, what + " item")));
  return out;
}

ChromeZone zone(const std::string& path, const YAML::Node& node) {
  std::string z = yaml::str(path, node, "zone");
  if (z == "any") return ChromeZone::Any;
  if (z == "head") return ChromeZone::Head;
  if (z == "tail") return ChromeZone::Tail;
  yaml::fail(path, node, "zone must be one of: any, head, tail (not '" + z + "')");
}

// Reads the rules of `path` into `r`.
void read_chrome_file(const std::string& path, ChromeRules& r) {
  YAML::Node root = yaml::load_file(path);
  yaml::expect_map(path, root, {"lines", "separators", "page_numbers", "repeated"}, "chrome rules");
  if (auto n = yaml::child(root, "lines")) {
    yaml::expect_seq(path, n, "lines");
    for (const auto& item : n) {
      ChromeLine line;
      if (item.IsScalar()) {
        line.pattern = yaml::deferred_pattern(path, item, yaml::str(path, item, "lines item"));
      } else {
        yaml::expect_map(path, item, {"pattern", "zone"}, "lines item");
        YAML::Node p = yaml::child(item, "pattern");
        if (!p) yaml::fail(path, item, "chrome line lacks 'pattern'");
        line.pattern = yaml::deferred_pattern(path, p, yaml::str(path, p, "pattern"));
        if (auto z = yaml::child(item, "zone")) line.zone = zone(path, z);
      }
      r.lines.push_back(std::move(line));
    }
  }
  r.separators = pattern_list(path, yaml::child(root, "separators"), "separators");
  r.page_numbers = pattern_list(path, yaml::child(root, "page_numbers"), "page_numbers");
  if (auto n = yaml::child(root, "repeated")) {
    yaml::expect_map(path, n, {"min_count", "max_words"}, "repeated");
    if (auto m = yaml::child(n, "min_count")) {
      r.repeated_min = static_cast<int>(yaml::integer(path, m, "repeated.min_count"));
      if (r.repeated_min < 2) yaml::fail(path, m, "repeated.min_count must be at least 2");
    }
    if (auto m = yaml::child(n, "max_words"))
      r.repeated_max_words = static_cast<int>(yaml::integer(path, m, "repeated.max_words"));
  }
}

}  // namespace

ChromeRules load_chrome_rules(
    const std::string& dir, const std::vector<std::shared_ptr<const DeferredPattern>>& meta_lines) {
  ChromeRules r;
  std::string path = (std::filesystem::path(dir) / "chrome.yaml").string();
  r.file = path;
  if (std::filesystem::exists(path)) read_chrome_file(path, r);
  std::vector<std::shared_ptr<const DeferredPattern>> any, head, tail;
  for (const ChromeLine& l : r.lines)
    (l.zone == ChromeZone::Any    ? any
     : l.zone == ChromeZone::Head ? head
                                  : tail)
        .push_back(l.pattern);
  r.line_groups = WholeLineGroups({r.separators, r.page_numbers, std::move(any), meta_lines});
  r.head_lines = WholeLineSet(std::move(head));
  r.tail_lines = WholeLineSet(std::move(tail));
  r.separator_lines = WholeLineSet(r.separators);
  return r;
}

}  // namespace ct

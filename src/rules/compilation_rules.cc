// Loading and validation of rules/compilation.yaml.
#include "rules/compilation_rules.h"

#include <filesystem>

#include "rules/yaml_util.h"
#include "text/fold.h"

namespace ct {

namespace {
std::vector<std::shared_ptr<const re2::RE2>> patterns(const std::string& path,
                                                      const YAML::Node& node,
                                                      const std::string& what,
                                                      const std::vector<std::string>& groups) {
  std::vector<std::shared_ptr<const re2::RE2>> out;
  if (!node) return out;
  yaml::expect_seq(path, node, what);
  for (const auto& item : node) {
    auto re = yaml::pattern(path, item, yaml::str(path, item, what));
    for (const auto& g : groups)
      if (!re->NamedCapturingGroups().count(g))
        yaml::fail(path, item, what + " pattern lacks the named group (?P<" + g + ">...)");
    out.push_back(std::move(re));
  }
  return out;
}
}  // namespace

CompilationRules load_compilation_rules(const std::string& dir) {
  CompilationRules r;
  std::string path = (std::filesystem::path(dir) / "compilation.yaml").string();
  r.file = path;
  if (!std::filesystem::exists(path)) return r;
  YAML::Node root = yaml::load_file(path);
  yaml::expect_map(path, root, {"item_heading", "toc_entry", "title_joiners", "item_id", "min_items"},
                   "compilation rules");
  r.item_heading = patterns(path, yaml::child(root, "item_heading"), "item_heading", {"num"});
  r.toc_entry = patterns(path, yaml::child(root, "toc_entry"), "toc_entry", {"number", "title"});
  if (auto n = yaml::child(root, "title_joiners"))
    for (auto& w : yaml::strings(path, n, "title_joiners")) r.title_joiners.push_back(text::fold(w));
  if (auto n = yaml::child(root, "item_id")) {
    r.item_id = yaml::str(path, n, "item_id");
    if (r.item_id.find("{num}") == std::string::npos)
      yaml::fail(path, n, "item_id must contain {num}");
  }
  if (auto n = yaml::child(root, "min_items")) r.min_items = static_cast<int>(yaml::integer(path, n, "min_items"));
  return r;
}

}  // namespace ct

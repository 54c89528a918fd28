// Loading and validation of rules/symbols.yaml.
#include <set>

#include "rules/extract_rules_load.h"
#include "rules/yaml_util.h"

namespace ct::extract_load {

namespace {

// Group names used by a value template ("{num}").
std::vector<std::string> template_groups(const std::string& value) {
  std::vector<std::string> out;
  for (std::size_t i = value.find('{'); i != std::string::npos; i = value.find('{', i + 1)) {
    std::size_t j = value.find('}', i);
    if (j == std::string::npos) break;
    out.push_back(value.substr(i + 1, j - i - 1));
  }
  return out;
}

std::vector<std::string> body_ids(const std::string& path, const YAML::Node& n,
                                  const Gazetteer& gazetteer, const std::string& what) {
  auto ids = yaml::strings(path, n, what);
  for (const auto& id : ids) {
    auto e = gazetteer.find_id(id);
    if (!e || gazetteer.entry(*e).type != EntityType::Organization)
      yaml::fail(path, n, "unknown body '" + id + "' (not an organization of bodies.yaml)");
  }
  return ids;
}

}  // namespace

void load_symbols(const File& f, const Context& ctx, const Gazetteer& gazetteer, SymbolRules& out) {
  const std::string& path = f.path;
  out.file = path;
  out.link_after = per_language(ctx, path, yaml::child(f.root, "link_after"), "link_after",
                                [](const YAML::Node&, const re2::RE2&) {});
  if (auto r = yaml::child(f.root, "reach")) {
    out.reach = static_cast<int>(yaml::integer(path, r, "reach"));
    if (out.reach < 0 || out.reach > 400) yaml::fail(path, r, "reach must be 0 to 400 bytes");
  }
  YAML::Node list = yaml::child(f.root, "symbols");
  if (!list) return;
  yaml::expect_seq(path, list, "symbols");
  // Names first, so `after` may name any rule.
  std::set<std::string> names;
  for (const auto& item : list) {
    yaml::expect_map(path, item,
                     {"name", "type", "pattern", "value", "after", "context", "body", "not_body"},
                     "symbol rule");
    auto n = yaml::child(item, "name");
    if (!n) yaml::fail(path, item, "missing key 'name'");
    if (!names.insert(yaml::str(path, n, "name")).second)
      yaml::fail(path, n, "rule name '" + n.Scalar() + "' is used twice");
  }
  for (const auto& code : ctx.pattern_codes()) {
    auto& rules = out.rules.by_language[code];
    for (const auto& item : list) {
      SymbolRule r;
      r.name = yaml::child(item, "name").Scalar();
      auto t = yaml::child(item, "type");
      if (!t) yaml::fail(path, item, "missing key 'type'");
      const std::string type = yaml::str(path, t, "type");
      auto parsed = parse_entity_type(type);
      if (!parsed || (*parsed != EntityType::Resolution && *parsed != EntityType::Document))
        yaml::fail(path, t, "type must be resolution or document, not '" + type + "'");
      r.type = *parsed;
      auto p = yaml::child(item, "pattern");
      if (!p) yaml::fail(path, item, "missing key 'pattern'");
      r.re = compile(ctx, path, p, yaml::str(path, p, "pattern"), code);
      auto v = yaml::child(item, "value");
      if (!v) yaml::fail(path, item, "missing key 'value'");
      r.value = yaml::str(path, v, "value");
      for (const auto& g : template_groups(r.value))
        if (!r.re->NamedCapturingGroups().count(g))
          yaml::fail(path, v, "value uses {" + g + "}, which the pattern has no group for");
      if (auto a = yaml::child(item, "after")) {
        r.after = yaml::str(path, a, "after");
        if (!names.count(r.after)) yaml::fail(path, a, "no rule named '" + r.after + "'");
      }
      if (auto c = yaml::child(item, "context"))
        r.context = compile(ctx, path, c, yaml::str(path, c, "context"), code);
      if (auto b = yaml::child(item, "body")) r.body = body_ids(path, b, gazetteer, "body");
      if (auto b = yaml::child(item, "not_body"))
        r.not_body = body_ids(path, b, gazetteer, "not_body");
      rules.push_back(std::move(r));
    }
    for (SymbolRule& r : rules)
      for (std::size_t k = 0; k < rules.size() && !r.after.empty(); ++k)
        if (rules[k].name == r.after) r.after_rule = static_cast<int>(k);
  }
}

}  // namespace ct::extract_load

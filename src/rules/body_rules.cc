// Loading and validation of rules/bodies.yaml (organizations, session
// patterns, link words) and rules/places.yaml (the places gazetteer).
#include "rules/extract_rules_load.h"
#include "rules/yaml_util.h"
#include "text/fold.h"

namespace ct::extract_load {

namespace {
auto no_check = [](const YAML::Node&, const re2::RE2&) {};
}  // namespace

void load_bodies(const File& f, const Context& ctx, BodyRules& out, Gazetteer& gazetteer) {
  const std::string& path = f.path;
  out.file = path;
  out.link_after =
      per_language(ctx, path, yaml::child(f.root, "link_after"), "link_after", no_check);
  out.link_before =
      per_language(ctx, path, yaml::child(f.root, "link_before"), "link_before", no_check);
  out.possessive =
      per_language(ctx, path, yaml::child(f.root, "possessive"), "possessive", no_check);
  out.sessions = per_language_lists<SessionPattern>(
      ctx, path, yaml::child(f.root, "sessions"), "sessions",
      [&](const YAML::Node& item, const std::string& code) {
        SessionPattern p;
        YAML::Node pn = item;
        if (item.IsMap()) {
          yaml::expect_map(path, item, {"pattern", "folded"}, "session pattern");
          pn = yaml::child(item, "pattern");
          if (!pn) yaml::fail(path, item, "missing key 'pattern'");
          if (auto f = yaml::child(item, "folded")) p.folded = yaml::boolean(path, f, "folded");
        }
        p.re = compile(ctx, path, pn, yaml::str(path, pn, "session pattern"), code, p.folded);
        check_groups(path, pn, *p.re, {"num", "words", "body", "list", "body_next"}, true,
                     {{"num", "words"}});
        return p;
      });

  YAML::Node orgs = yaml::child(f.root, "organizations");
  load_gazetteer_entries(path, ctx, orgs, EntityType::Organization, false, gazetteer);
  if (!orgs) return;
  // Short names, by language ("" gets every language's).
  for (const auto& item : orgs) {
    auto sn = yaml::child(item, "short");
    if (!sn) continue;
    std::string id = yaml::child(item, "id").Scalar();
    auto words = words_by_language(ctx, path, sn, "short");
    for (const auto& [code, list] : words)
      for (const auto& w : list) {
        std::string key = Gazetteer::key(w);
        if (key.empty()) yaml::fail(path, sn, "short name '" + w + "' has no word");
        out.short_names.by_language[code][key].push_back(id);
      }
  }
}

void load_places(const File& f, const Context& ctx, Gazetteer& gazetteer) {
  load_gazetteer_entries(f.path, ctx, yaml::child(f.root, "places"), EntityType::Place, true,
                         gazetteer);
}

}  // namespace ct::extract_load

// Loading and validation of rules/entities.yaml: laws, persons, numbers with
// units, acronym definitions, and the meeting and report contexts.
#include "rules/extract_rules_load.h"
#include "rules/yaml_util.h"
#include "text/fold.h"

namespace ct::extract_load {

namespace {

auto no_check = [](const YAML::Node&, const re2::RE2&) {};

EventRules load_events(const std::string& path, const Context& ctx, const YAML::Node& n,
                       const std::string& what) {
  EventRules r;
  if (!n) return r;
  yaml::expect_map(path, n,
                   {"window", "years", "cue", "relay", "link", "owner", "possessive", "self",
                    "separator", "lead", "before"},
                   what);
  if (auto w = yaml::child(n, "window")) {
    r.window = static_cast<int>(yaml::integer(path, w, "window"));
    if (r.window < 0 || r.window > 2000) yaml::fail(path, w, "window must be 0 to 2000 bytes");
  }
  if (auto y = yaml::child(n, "years")) r.years = yaml::boolean(path, y, "years");
  r.cue = per_language(ctx, path, yaml::child(n, "cue"), "cue", no_check);
  r.relay = per_language(ctx, path, yaml::child(n, "relay"), "relay", no_check);
  r.link = per_language(ctx, path, yaml::child(n, "link"), "link", no_check);
  r.owner = per_language(ctx, path, yaml::child(n, "owner"), "owner", no_check);
  r.possessive = per_language(ctx, path, yaml::child(n, "possessive"), "possessive", no_check);
  r.self = per_language(ctx, path, yaml::child(n, "self"), "self", no_check);
  r.separator = per_language(ctx, path, yaml::child(n, "separator"), "separator", no_check);
  r.lead = per_language(ctx, path, yaml::child(n, "lead"), "lead", no_check);
  r.before = per_language(ctx, path, yaml::child(n, "before"), "before", no_check);
  return r;
}

}  // namespace

void load_entity_words(const File& f, const Context& ctx, NumberRules& numbers,
                       std::map<std::string, std::vector<std::string>>& titles) {
  const std::string& path = f.path;
  if (auto p = yaml::child(f.root, "persons")) {
    yaml::expect_map(path, p, {"titles", "name"}, "persons");
    titles = words_by_language(ctx, path, yaml::child(p, "titles"), "titles");
  }
  auto n = yaml::child(f.root, "numbers");
  if (!n) return;
  yaml::expect_map(path, n,
                   {"decimal", "patterns", "unit_first", "dual", "scales", "units", "not_years",
                    "unit_first_only"},
                   "numbers");
  if (auto y = yaml::child(n, "unit_first_only"))
    for (auto& u : yaml::strings(path, y, "unit_first_only")) numbers.unit_first_only.insert(u);
  if (auto y = yaml::child(n, "not_years"))
    for (auto& u : yaml::strings(path, y, "not_years")) numbers.not_years.insert(u);
  if (auto d = yaml::child(n, "decimal")) {
    yaml::expect_any_map(path, d, "decimal");
    for (auto it = d.begin(); it != d.end(); ++it) {
      ctx.check_language(path, it->first);
      std::string mark = yaml::str(path, it->second, "decimal mark");
      if (mark != "," && mark != ".")
        yaml::fail(path, it->second, "decimal mark must be ',' or '.'");
      numbers.decimal_mark[it->first.Scalar()] = mark;
    }
  }
  if (auto s = yaml::child(n, "scales")) {
    yaml::expect_any_map(path, s, "scales");
    for (auto it = s.begin(); it != s.end(); ++it) {
      ctx.check_language(path, it->first);
      yaml::expect_any_map(path, it->second, "scales of a language");
      YAML::Node table = it->second;
      for (auto w = table.begin(); w != table.end(); ++w) {
        double factor = yaml::number(path, w->second, "scale factor");
        if (factor <= 0) yaml::fail(path, w->second, "scale factor must be positive");
        std::string word = text::fold(yaml::str(path, w->first, "scale word"));
        for (const auto& code : ctx.codes())
          if (it->first.Scalar() == "any" || it->first.Scalar() == code || code.empty())
            numbers.scales.by_language[code][word] = factor;
      }
    }
  }
  if (auto u = yaml::child(n, "units")) {
    yaml::expect_any_map(path, u, "units");
    for (auto it = u.begin(); it != u.end(); ++it) {
      std::string unit = yaml::str(path, it->first, "unit");
      auto names = words_by_language(ctx, path, it->second, "unit names");
      for (const auto& [code, list] : names)
        for (const auto& w : list) {
          auto& table = numbers.units.by_language[code];
          std::string key = text::fold(w);
          auto [pos, inserted] = table.emplace(key, unit);
          if (!inserted && pos->second != unit && !code.empty())
            yaml::fail(path, it->second,
                       "unit word '" + w + "' already stands for '" + pos->second + "'");
        }
    }
  }
}

void load_entities(const File& f, const Context& ctx, ExtractRules& out) {
  const std::string& path = f.path;
  load_gazetteer_entries(path, ctx, yaml::child(f.root, "laws"), EntityType::Law, false,
                         out.gazetteer);

  if (auto p = yaml::child(f.root, "persons")) {
    auto name = yaml::child(p, "name");
    if (!name) yaml::fail(path, p, "missing key 'name'");
    std::string name_re = yaml::str(path, name, "name");
    // Checked alone first, so an error points at the user's pattern.
    compile(ctx, path, name, name_re, "");
    for (const auto& code : ctx.pattern_codes()) {
      std::string tmpl = R"(\b(?P<title>{title}(?:\s+{title})*)\s+(?P<name>)" + name_re + ")";
      out.persons.pattern.by_language[code] = compile(ctx, path, name, tmpl, code);
    }
  }

  if (auto n = yaml::child(f.root, "numbers")) {
    auto check = [&](const YAML::Node& node, const re2::RE2& re) {
      check_groups(path, node, re, {"num", "words", "han", "roman", "scale", "unit"}, true,
                   {{"num", "words", "han", "roman"}, {"unit"}});
    };
    out.numbers.pattern =
        per_language(ctx, path, yaml::child(n, "patterns"), "numbers.patterns", check, true);
    out.numbers.unit_first =
        per_language(ctx, path, yaml::child(n, "unit_first"), "numbers.unit_first", check, true);
    auto check_dual = [&](const YAML::Node& node, const re2::RE2& re) {
      check_groups(path, node, re, {"unit"}, true, {{"unit"}});
    };
    out.numbers.dual =
        per_language(ctx, path, yaml::child(n, "dual"), "numbers.dual", check_dual, true);
  }

  if (auto a = yaml::child(f.root, "acronym_definition")) {
    out.acronym_definition = compile(ctx, path, a, yaml::str(path, a, "acronym_definition"), "");
    check_groups(path, a, *out.acronym_definition, {"acronym"}, false, {{"acronym"}});
  }
  auto skip =
      words_by_language(ctx, path, yaml::child(f.root, "definition_skip"), "definition_skip");
  for (const auto& [code, words] : skip)
    for (const auto& w : words) out.definition_skip.by_language[code].insert(text::fold(w));

  out.meetings = load_events(path, ctx, yaml::child(f.root, "meetings"), "meetings");
  out.reports = load_events(path, ctx, yaml::child(f.root, "reports"), "reports");
}

}  // namespace ct::extract_load

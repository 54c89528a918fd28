// Loading and validation of rules/checks.yaml.
#include "rules/check_rules.h"

#include <algorithm>
#include <filesystem>

#include "rules/yaml_util.h"

namespace ct {

double RuleConfig::number(const std::string& key, double fallback) const {
  auto it = numbers.find(key);
  return it == numbers.end() ? fallback : it->second;
}

const std::vector<std::string>& RuleConfig::list(const std::string& key) const {
  static const std::vector<std::string> empty;
  auto it = lists.find(key);
  return it == lists.end() ? empty : it->second;
}

std::vector<Pattern> RuleConfig::patterns_for(const std::string& key,
                                              const std::string& language) const {
  std::vector<Pattern> out;
  auto it = patterns.find(key);
  if (it == patterns.end()) return out;
  for (const std::string& lang : {language, std::string("any")}) {
    auto l = it->second.find(lang);
    if (l != it->second.end()) out.insert(out.end(), l->second.begin(), l->second.end());
  }
  return out;
}

const RuleConfig* CheckRules::rule(std::string_view id) const {
  auto it = rules.find(std::string(id));
  return it == rules.end() ? nullptr : &it->second;
}

bool CheckRules::enabled(std::string_view id) const {
  const RuleConfig* r = rule(id);
  return r && r->enabled;
}

const std::vector<RuleSpec>& implemented_check_rules() {
  static const std::vector<RuleSpec> specs = {
      {"date.missing-day", {}, {}, {}},
      {"date.missing-month", {}, {}, {}},
      {"date.missing-year", {}, {}, {}},
      {"date.impossible", {}, {}, {}},
      {"date.ambiguous", {}, {}, {}},
      {"date.meeting-mismatch", {"max_days", "min_lists"}, {}, {}},
      {"date.meeting-order", {}, {}, {}},
      {"date.session-year", {"date_reach", "max_gap"}, {"not_numbered"}, {}},
      {"date.before-meeting", {}, {}, {"planned"}},
      {"ref.unknown-resolution", {}, {}, {}},
      {"ref.future-session", {}, {}, {"planned"}},
      {"ref.toc-title", {"min_similarity"}, {}, {}},
      {"ref.toc-missing", {}, {}, {}},
      {"ref.paragraph", {}, {}, {"same_document", "other_document"}},
      {"numbering.skipped", {}, {}, {}},
      {"numbering.repeated", {}, {}, {}},
      {"numbering.out-of-order", {}, {}, {}},
      {"numbering.item-sequence", {}, {}, {}},
      {"ref.item-session", {}, {}, {}},
      {"text.mixed-script", {}, {}, {}},
      {"text.spacing", {}, {}, {"patterns"}},
      {"text.other-language", {"window", "min_words"}, {}, {}},
      {"text.language-uncertain", {}, {}, {}},
      {"text.duplicate", {"min_words", "min_similarity"}, {}, {}},
      {"text.near-miss",
       {"min_versions", "max_distance", "min_length", "max_ratio", "context_words", "rare",
        "attested", "look_back"},
       {"variants", "real_words"},
       {}},
      {"term.undefined-acronym", {"min_length"}, {"ignore"}, {}},
      {"term.acronym-before-definition", {}, {}, {}},
      {"term.acronym-redefined", {}, {}, {}},
      {"term.acronym-wording", {}, {}, {}},
      {"term.acronym-misspelt", {"min_length"}, {}, {}},
      {"term.organization-names", {}, {}, {}},
      {"thread.dropped", {"min_documents", "window"}, {}, {}},
      {"thread.weakened", {"min_drop"}, {}, {}},
      {"ref.resolution-year", {"min_sources"}, {}, {"not_after"}},
      {"ref.report-date", {"min_sources"}, {}, {"cited_as", "list"}},
      {"date.mandate-end", {}, {"leads"}, {"extension", "and_extends"}},
      {"date.mandate-period", {"min_samples", "min_share"}, {}, {}},
      {"date.meeting-backwards", {}, {}, {"adoption", "own_meeting"}},
  };
  return specs;
}

namespace {

const RuleSpec* spec_of(const std::string& id) {
  for (const RuleSpec& s : implemented_check_rules())
    if (s.id == id) return &s;
  return nullptr;
}

bool listed(const std::vector<std::string_view>& keys, const std::string& key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

void load_rule(const std::string& path, const YAML::Node& key, const YAML::Node& node,
               RuleConfig& r) {
  const RuleSpec* spec = spec_of(r.id);
  if (!spec)
    yaml::fail(path, key,
               "unknown check rule '" + r.id + "' (the checks implement no rule with this id)");
  if (!node) return;
  yaml::expect_any_map(path, node, "check rule");
  for (auto it = node.begin(); it != node.end(); ++it) {
    std::string k = yaml::str(path, it->first, "key");
    const YAML::Node v = it->second;
    if (k == "severity") {
      std::string s = yaml::str(path, v, "severity");
      auto sev = parse_severity(s);
      if (!sev) yaml::fail(path, v, "severity must be error, warning or info, not '" + s + "'");
      r.severity = *sev;
    } else if (k == "enabled") {
      r.enabled = yaml::boolean(path, v, "enabled");
    } else if (k == "description") {
      r.description = yaml::str(path, v, "description");
    } else if (listed(spec->numbers, k)) {
      r.numbers[k] = yaml::number(path, v, k);
    } else if (listed(spec->lists, k)) {
      r.lists[k] = yaml::strings(path, v, k);
    } else if (listed(spec->patterns, k)) {
      yaml::expect_any_map(path, v, k + " (patterns by language)");
      for (auto l = v.begin(); l != v.end(); ++l) {
        std::string lang = yaml::str(path, l->first, "language code");
        const YAML::Node list = l->second;
        if (list.IsSequence()) {
          for (const auto& item : list)
            r.patterns[k][lang].push_back(yaml::pattern(path, item, yaml::str(path, item, k)));
        } else {
          r.patterns[k][lang].push_back(yaml::pattern(path, list, yaml::str(path, list, k)));
        }
      }
    } else {
      yaml::fail(path, it->first, "unknown key '" + k + "' for rule " + r.id);
    }
  }
}

void load_calendars(const std::string& path, const YAML::Node& node, CheckRules& c) {
  yaml::expect_seq(path, node, "session_calendars");
  for (const auto& item : node) {
    yaml::expect_map(path, item, {"body", "base_year", "month", "span_months"}, "session calendar");
    SessionCalendar cal;
    auto body = yaml::child(item, "body");
    auto base = yaml::child(item, "base_year");
    if (!body || !base) yaml::fail(path, item, "a session calendar needs body and base_year");
    cal.body = yaml::str(path, body, "body");
    cal.base_year = static_cast<int>(yaml::integer(path, base, "base_year"));
    if (auto m = yaml::child(item, "month")) {
      cal.month = static_cast<int>(yaml::integer(path, m, "month"));
      if (cal.month < 1 || cal.month > 12) yaml::fail(path, m, "month must be 1 to 12");
    }
    if (auto s = yaml::child(item, "span_months"))
      cal.span_months = static_cast<int>(yaml::integer(path, s, "span_months"));
    c.calendars.push_back(cal);
  }
}

}  // namespace

CheckRules load_check_rules(const std::string& dir) {
  CheckRules c;
  std::string path = (std::filesystem::path(dir) / "checks.yaml").string();
  c.file = path;
  for (const RuleSpec& s : implemented_check_rules()) {
    RuleConfig r;
    r.id = std::string(s.id);
    r.description = r.id;
    c.rules[r.id] = r;
  }
  if (!std::filesystem::exists(path)) return c;
  YAML::Node root = yaml::load_file(path);
  yaml::expect_map(path, root, {"rules", "session_calendars"}, "check rules");
  if (auto rules = yaml::child(root, "rules")) {
    yaml::expect_any_map(path, rules, "rules");
    for (auto it = rules.begin(); it != rules.end(); ++it) {
      std::string id = yaml::str(path, it->first, "rule id");
      RuleConfig& r = c.rules[id];
      r.id = id;
      if (r.description.empty()) r.description = id;
      const YAML::Node value = it->second;
      load_rule(path, it->first, value.IsNull() ? YAML::Node() : value, r);
    }
  }
  if (auto cal = yaml::child(root, "session_calendars")) load_calendars(path, cal, c);
  return c;
}

}  // namespace ct

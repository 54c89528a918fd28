// The consistency checks' settings (rules/checks.yaml): for every rule the
// checks implement, whether it runs, its severity, a one-line description
// (SARIF rule metadata) and its thresholds and word lists; and the record of
// bodies whose session ordinals follow the calendar ("session N opens in
// MONTH of BASE+N"). Unknown rule ids, unknown keys and wrong types are
// InputErrors located in the file.
//
//   const RuleConfig* r = rules.checks.rule("text.near-miss");
//   if (r && r->enabled) double d = r->number("max_distance", 2);
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/enums.h"
#include "rules/extract_rules.h"

namespace ct {

struct RuleConfig {
  std::string id;  // "family.name"
  bool enabled = true;
  Severity severity = Severity::Warning;
  std::string description;
  std::map<std::string, double> numbers;                  // thresholds
  std::map<std::string, std::vector<std::string>> lists;  // word lists, as written
  // RE2 patterns by language ("any": every language), compiled at load.
  std::map<std::string, std::map<std::string, std::vector<Pattern>>> patterns;

  double number(const std::string& key, double fallback) const;
  const std::vector<std::string>& list(const std::string& key) const;
  // Patterns `key` for `language`, then those for every language.
  std::vector<Pattern> patterns_for(const std::string& key, const std::string& language) const;
};

// A body whose session N opens in `month` of `base_year` + N (a session may
// run into the next year: `span_months`).
struct SessionCalendar {
  std::string body;
  int base_year = 0;
  int month = 1;
  int span_months = 4;
};

struct CheckRules {
  std::string file;
  std::map<std::string, RuleConfig> rules;  // every implemented rule, by id
  std::vector<SessionCalendar> calendars;

  // The rule's settings, or null for an id the checks do not implement.
  const RuleConfig* rule(std::string_view id) const;
  bool enabled(std::string_view id) const;
};

// The rule ids the checks implement, with the keys each accepts beyond
// severity/enabled/description: numbers and lists.
struct RuleSpec {
  std::string_view id;
  std::vector<std::string_view> numbers;
  std::vector<std::string_view> lists;
  std::vector<std::string_view> patterns;  // by language, each a list of RE2 patterns
};
const std::vector<RuleSpec>& implemented_check_rules();

// Loads rules/checks.yaml (absent: every rule enabled at its default).
CheckRules load_check_rules(const std::string& dir);

}  // namespace ct

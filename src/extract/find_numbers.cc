// Numbers with a unit (NUMBER [SCALE] UNIT, from the rules): value
// "AMOUNT UNIT" with the amount written out (2800, 157000000) and the unit's
// canonical name from rules/entities.yaml.
#include <fmt/format.h>

#include <cmath>
#include <cstdlib>

#include "extract/finders.h"
#include "text/fold.h"

namespace ct::extract {

namespace {

std::optional<double> amount(const std::string& s, const std::string& decimal_mark) {
  std::string clean;
  for (char c : s) {
    if (c >= '0' && c <= '9')
      clean += c;
    else if (std::string(1, c) == decimal_mark)
      clean += '.';
  }
  if (clean.empty()) return std::nullopt;
  return std::strtod(clean.c_str(), nullptr);
}

std::string format_amount(double v) {
  if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15)
    return fmt::format("{}", static_cast<long long>(std::llround(v)));
  std::string s = fmt::format("{:.6f}", v);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

}  // namespace

std::vector<Entity> find_numbers(const ClauseView& view) {
  std::vector<Entity> out;
  const NumberRules& rules = view.rules.numbers;
  const Pattern& re = rules.pattern.get(view.language);
  if (!re) return out;
  auto mark = rules.decimal_mark.find(view.language);
  std::string decimal = mark == rules.decimal_mark.end() ? "." : mark->second;
  const auto& units = rules.units.get(view.language);
  const auto& scales = rules.scales.get(view.language);
  for (const PatternMatch& m : view.scan_folded(*re)) {
    auto a = amount(m.group("num"), decimal);
    if (!a) continue;
    double factor = 1;
    if (m.groups.count("scale")) {
      auto s = scales.find(text::fold(collapse_spaces(m.group("scale"))));
      if (s != scales.end()) factor = s->second;
    }
    std::string unit_key = text::fold(collapse_spaces(m.group("unit")));
    auto u = units.find(unit_key);
    std::string unit = u == units.end() ? unit_key : u->second;
    Entity e = make_entity(view, EntityType::Number, m.begin, m.end,
                           format_amount(*a * factor) + " " + unit);
    e.attrs["amount"] = format_amount(*a * factor);
    e.attrs["unit"] = unit;
    add_match_flags(m, e);
    out.push_back(std::move(e));
  }
  return longest_non_overlapping(std::move(out));
}

}  // namespace ct::extract

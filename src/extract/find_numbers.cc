// Numbers with a unit (NUMBER [SCALE] UNIT, or UNIT NUMBER as in "Chapter
// VII", from the rules): value "AMOUNT UNIT" with the amount written out
// (2800, 157000000, 7) and the unit's canonical name from rules/entities.yaml.
// The amount may be written in digits, in number words of the language
// ("six", "السابع"), in Chinese numerals ("十二") or in Roman numerals, or
// carried by the unit itself (the Arabic dual "سنتين", two years).
#include <fmt/format.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <cmath>
#include <cstdlib>
#include <memory>

#include "extract/finders.h"
#include "text/fold.h"
#include "text/roman.h"
#include "text/utf8.h"

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

// Chinese numerals ("七", "十二", "二〇二一") read by ICU's spell-out rules for
// Chinese, one formatter per thread (building one costs more than a clause).
std::optional<double> han_amount(const std::string& s) {
  thread_local std::unique_ptr<icu::RuleBasedNumberFormat> rbnf = [] {
    UErrorCode status = U_ZERO_ERROR;
    auto f = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale("zh"),
                                                          status);
    return U_FAILURE(status) ? nullptr : std::move(f);
  }();
  if (!rbnf) return std::nullopt;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  icu::Formattable result;
  icu::ParsePosition pos(0);
  rbnf->parse(u, result, pos);
  if (pos.getErrorIndex() >= 0 || pos.getIndex() != u.length()) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  double v = result.getDouble(status);
  if (U_FAILURE(status) || v <= 0) return std::nullopt;
  return v;
}

// Roman numerals, lower case (the folded text), written the canonical way.
std::optional<double> roman_amount(const std::string& s) {
  int v = text::roman_value(s);
  if (v <= 0) return std::nullopt;
  return v;
}

}  // namespace

std::vector<Entity> find_numbers(const ClauseView& view) {
  std::vector<Entity> out;
  const NumberRules& rules = view.rules.numbers;
  const Pattern& re = rules.pattern.get(view.language);
  auto mark = rules.decimal_mark.find(view.language);
  std::string decimal = mark == rules.decimal_mark.end() ? "." : mark->second;
  const auto& units = rules.units.get(view.language);
  const auto& scales = rules.scales.get(view.language);
  const DateRules& dates = view.rules.dates;
  // `implied`: the amount a match without an amount group carries (a dual).
  auto scan = [&](const Pattern& p, bool unit_first, std::optional<double> implied) {
    if (!p) return;
    for (const PatternMatch& m : view.scan_folded(*p)) {
      std::optional<double> a = implied;
      if (m.groups.count("num"))
        a = amount(m.group("num"), decimal);
      else if (m.groups.count("words")) {
        if (auto v = spelled_number(view, m.group("words"))) a = *v;
      } else if (m.groups.count("han"))
        a = han_amount(m.group("han"));
      else if (m.groups.count("roman"))
        a = roman_amount(m.group("roman"));
      if (!a) continue;
      double factor = 1;
      if (m.groups.count("scale")) {
        auto s = scales.find(text::fold(collapse_spaces(m.group("scale"))));
        if (s != scales.end()) factor = s->second;
      }
      std::string unit_key = text::fold(collapse_spaces(m.group("unit")));
      auto u = units.find(unit_key);
      std::string unit = u == units.end() ? unit_key : u->second;
      // "paragraph 3.2.2 of Chapter V": a number before a unit written first is not its amount.
      if (!unit_first && rules.unit_first_only.count(unit)) continue;
      // "в 2020 году": a year, not a count of years.
      if (rules.not_years.count(unit) && *a == std::floor(*a) && *a >= dates.min_year &&
          *a <= dates.max_year)
        continue;
      // The space or punctuation that bounds a word where \b cannot is left out.
      std::size_t b = m.begin, end = m.end;
      while (b < end && !word_char_at(view.text, b)) text::decode(view.text, b);
      while (end > b && !word_char_before(view.text, end)) {
        std::size_t k = end - 1;
        while (k > b && (static_cast<unsigned char>(view.text[k]) & 0xC0) == 0x80) --k;
        end = k;
      }
      Entity e =
          make_entity(view, EntityType::Number, b, end, format_amount(*a * factor) + " " + unit);
      e.attrs["amount"] = format_amount(*a * factor);
      e.attrs["unit"] = unit;
      add_match_flags(m, e);
      out.push_back(std::move(e));
    }
  };
  scan(re, false, std::nullopt);
  scan(rules.unit_first.get(view.language), true, std::nullopt);
  scan(rules.dual.get(view.language), false, 2.0);
  return longest_non_overlapping(std::move(out));
}

}  // namespace ct::extract

// numbering.skipped / repeated / out-of-order: the printed numbers of a
// document's paragraphs and of the sub-items of each paragraph, list by
// list (a list restarting at its first value is a new list, not a slip).
#include <fmt/format.h>

#include <map>
#include <optional>
#include <set>

#include "check/families.h"

namespace ct::check {

namespace {

enum class Style { Digits, Roman, Letters };

// Value of a roman numeral (i..mmm), or nullopt.
std::optional<int> roman(const std::string& s) {
  static const std::map<char, int> v = {{'i', 1},   {'v', 5},   {'x', 10},  {'l', 50},
                                        {'c', 100}, {'d', 500}, {'m', 1000}};
  int total = 0, prev = 0;
  for (auto it = s.rbegin(); it != s.rend(); ++it) {
    char ch = static_cast<char>(std::tolower(static_cast<unsigned char>(*it)));
    auto f = v.find(ch);
    if (f == v.end()) return std::nullopt;
    total += f->second < prev ? -f->second : f->second;
    prev = std::max(prev, f->second);
  }
  return total > 0 ? std::optional<int>(total) : std::nullopt;
}

std::optional<int> value_of(const std::string& s, Style style) {
  if (s.empty()) return std::nullopt;
  if (style == Style::Digits) {
    for (char ch : s)
      if (ch < '0' || ch > '9') return std::nullopt;
    return s.size() > 6 ? std::nullopt : std::optional<int>(std::stoi(s));
  }
  if (style == Style::Roman) return roman(s);
  if (s.size() == 1 && std::isalpha(static_cast<unsigned char>(s[0])))
    return std::tolower(static_cast<unsigned char>(s[0])) - 'a' + 1;
  return std::nullopt;
}

std::optional<Style> style_of_first(const std::string& s) {
  if (value_of(s, Style::Digits)) return Style::Digits;
  if (s == "i" || s == "I") return Style::Roman;
  if (s.size() == 1 && std::isalpha(static_cast<unsigned char>(s[0]))) return Style::Letters;
  if (roman(s)) return Style::Roman;
  return std::nullopt;
}

struct Run {
  Style style = Style::Digits;
  int last = 0;
  std::size_t last_clause = 0;
  std::set<int> seen;
};

}  // namespace

void check_numbering(const Corpus& corpus, const Rules&, FindingSink& sink) {
  if (!sink.active("numbering.skipped") && !sink.active("numbering.repeated") &&
      !sink.active("numbering.out-of-order"))
    return;
  for (const Document& d : corpus.documents) {
    std::map<std::string, Run> runs;  // by the number's prefix ("8" for "8.ii")
    for (std::size_t k = d.first_clause; k < d.first_clause + d.clause_count; ++k) {
      const Clause& c = corpus.clauses[k];
      if (c.number.empty()) continue;
      auto dot = c.number.rfind('.');
      std::string prefix = dot == std::string::npos ? "" : c.number.substr(0, dot);
      std::string last = dot == std::string::npos ? c.number : c.number.substr(dot + 1);
      auto it = runs.find(prefix);
      if (it == runs.end() || value_of(last, it->second.style) == std::optional<int>(1) ||
          !value_of(last, it->second.style)) {
        // A new list (or a restart): its style is that of its first number.
        auto style = style_of_first(last);
        if (!style) continue;
        auto v = value_of(last, *style);
        if (!v) continue;
        Run r;
        r.style = *style;
        r.last = *v;
        r.last_clause = k;
        r.seen.insert(*v);
        runs[prefix] = r;
        continue;
      }
      Run& r = it->second;
      int v = *value_of(last, r.style);
      const Clause& prev = corpus.clauses[r.last_clause];
      Location before = sink.at(prev);
      before.message = fmt::format("the previous number is {}", prev.number);
      std::string ev = prefix + "|" + std::to_string(r.last) + "|" + last;
      if (v == r.last + 1) {
      } else if (r.seen.count(v)) {
        sink.add("numbering.repeated", sink.at(c),
                 fmt::format("paragraph number {} repeats an earlier number (after {})", c.number,
                             prev.number),
                 ev, {before});
      } else if (v > r.last + 1) {
        sink.add(
            "numbering.skipped", sink.at(c),
            fmt::format("paragraph number {} follows {}: {} skipped", c.number, prev.number,
                        v == r.last + 2 ? "one number" : fmt::format("{} numbers", v - r.last - 1)),
            ev, {before});
      } else {
        sink.add("numbering.out-of-order", sink.at(c),
                 fmt::format("paragraph number {} comes after {}", c.number, prev.number), ev,
                 {before});
      }
      r.last = v;
      r.last_clause = k;
      r.seen.insert(v);
    }
  }
}

}  // namespace ct::check

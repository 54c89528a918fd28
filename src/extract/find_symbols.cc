// Resolution and document symbols from rules/symbols.yaml, each normalized
// to its rule's canonical template, so one symbol written several ways has one value.
#include <algorithm>
#include <string>
#include <vector>

#include "extract/finders.h"

namespace ct::extract {

namespace {

// A group's text for a value: digits without leading zeros, spaces collapsed.
std::string normalized(const std::string& s) {
  bool digits = !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
  if (digits) {
    std::size_t i = s.find_first_not_of('0');
    return i == std::string::npos ? "0" : s.substr(i);
  }
  return collapse_spaces(s);
}

std::string fill(const std::string& tmpl, const PatternMatch& m) {
  std::string out;
  for (std::size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] == '{') {
      std::size_t j = tmpl.find('}', i);
      if (j != std::string::npos) {
        out += normalized(m.group(tmpl.substr(i + 1, j - i - 1)));
        i = j;
        continue;
      }
    }
    out += tmpl[i];
  }
  return out;
}

// Where the first match of `re` in the text ends at the earliest (npos when
// none): a rule's context is seen before a symbol starting at or after it.
// Found once per rule, not by searching the text before every symbol. The
// leftmost match M starts every match, so the earliest end is searched by
// halving within M.
std::size_t earliest_end(const re2::RE2& re, const std::string& text) {
  auto m = find_match(re, text);
  if (!m) return std::string::npos;
  re2::StringPiece input(text.data(), text.size());
  std::size_t lo = m->begin, hi = m->end;  // a match ends within [lo, hi]
  while (lo < hi) {
    std::size_t mid = lo + (hi - lo) / 2;
    if (re.Match(input, m->begin, mid, re2::RE2::UNANCHORED, nullptr, 0))
      hi = mid;
    else
      lo = mid + 1;
  }
  return hi;
}

bool listed(const std::vector<std::string>& ids, const Entity* body) {
  if (!body) return false;
  for (const auto& id : ids)
    if (id == body->value) return true;
  return false;
}

}  // namespace

std::vector<Entity> find_symbols(const ClauseView& view, const std::vector<Entity>& names) {
  const auto& rules = view.rules.symbols.rules.get(view.language);
  // Raw matches of every rule, and the earliest end of one, for `after`
  // (by the rules' places in their list: SymbolRule::after_rule).
  std::vector<std::vector<PatternMatch>> raw(rules.size());
  std::vector<std::size_t> first_end(rules.size(), std::string::npos);
  for (std::size_t k = 0; k < rules.size(); ++k) {
    raw[k] = view.scan(*rules[k].re);
    for (const PatternMatch& a : raw[k]) first_end[k] = std::min(first_end[k], a.end);
  }
  const Orgs orgs(view, names);

  std::vector<Entity> found;
  for (std::size_t k = 0; k < rules.size(); ++k) {
    const SymbolRule& r = rules[k];
    // The context as seen in the whole text: a match ending where the symbol
    // starts counts when the text goes on there as it does in the text
    // (the rules' contexts end on a word, symbols start after a space).
    std::size_t context_end = std::string::npos;
    if (r.context && view.may_match(*r.context)) context_end = earliest_end(*r.context, view.text);
    for (const PatternMatch& m : raw[k]) {
      if (!r.after.empty() &&
          (r.after_rule < 0 || first_end[static_cast<std::size_t>(r.after_rule)] > m.begin))
        continue;
      if (r.context && (context_end == std::string::npos || context_end > m.begin)) continue;
      if (!r.body.empty() || !r.not_body.empty()) {
        const SymbolRules& sr = view.rules.symbols;
        const Entity* after =
            body_after(view, orgs, m.end, false, &sr.link_after.get(view.language),
                       static_cast<std::size_t>(sr.reach));
        const Entity* before = body_before(view, orgs, m.begin, false);
        if (!r.body.empty() && !listed(r.body, after) && !listed(r.body, before)) continue;
        if (listed(r.not_body, after) || listed(r.not_body, before)) continue;
      }
      Entity e = make_entity(view, r.type, m.begin, m.end, fill(r.value, m));
      for (const auto& [g, text] : m.groups)
        if (g.rfind("flag_", 0) != 0) e.attrs[g] = normalized(text);
      e.attrs["rule"] = r.name;
      add_match_flags(m, e);
      found.push_back(std::move(e));
    }
  }
  return longest_non_overlapping(std::move(found));
}

}  // namespace ct::extract

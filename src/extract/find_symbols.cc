// Resolution and document symbols from rules/symbols.yaml, each normalized
// to its rule's canonical template, so one symbol written several ways has one value.
#include <map>

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

bool listed(const std::vector<std::string>& ids, const Entity* body) {
  if (!body) return false;
  for (const auto& id : ids)
    if (id == body->value) return true;
  return false;
}

}  // namespace

std::vector<Entity> find_symbols(const ClauseView& view, const std::vector<Entity>& names) {
  const auto& rules = view.rules.symbols.rules.get(view.language);
  // Raw matches of every rule, for `after`.
  std::map<std::string, std::vector<PatternMatch>> raw;
  for (const SymbolRule& r : rules) raw[r.name] = view.scan(*r.re);

  std::vector<Entity> found;
  for (const SymbolRule& r : rules) {
    for (const PatternMatch& m : raw[r.name]) {
      if (!r.after.empty()) {
        bool seen = false;
        for (const PatternMatch& a : raw[r.after]) seen |= a.end <= m.begin;
        if (!seen) continue;
      }
      if (r.context) {
        if (!view.may_match(*r.context)) continue;
        auto c = find_match(*r.context, std::string_view(view.text).substr(0, m.begin));
        if (!c) continue;
      }
      if (!r.body.empty() || !r.not_body.empty()) {
        const SymbolRules& sr = view.rules.symbols;
        const Entity* after =
            body_after(view, names, m.end, false, &sr.link_after.get(view.language),
                       static_cast<std::size_t>(sr.reach));
        const Entity* before = body_before(view, names, m.begin, false);
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

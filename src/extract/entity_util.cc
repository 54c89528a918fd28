// Helpers shared by the finders: making entities, flags from named groups,
// overlap resolution, and finding the body a mention is attached to.
#include <algorithm>

#include "extract/finders.h"

namespace ct::extract {

namespace {
// Longest distance (bytes) between a mention and a body attached to it.
constexpr std::size_t kBodyReach = 48;
}  // namespace

Entity make_entity(const ClauseView& view, EntityType type, std::size_t begin, std::size_t end,
                   std::string value) {
  Entity e;
  e.type = type;
  e.begin = begin;
  e.end = end;
  e.text = std::string(view.slice(begin, end));
  e.value = std::move(value);
  return e;
}

void add_flag(Entity& e, const std::string& flag) {
  if (!e.has_flag(flag)) e.flags.push_back(flag);
}

void add_match_flags(const PatternMatch& m, Entity& e) {
  for (const auto& [name, _] : m.groups) {
    if (name.rfind("flag_", 0) != 0) continue;
    std::string flag = name.substr(5);
    // flag_spacing_2 repeats flag_spacing.
    std::size_t u = flag.find_last_of('_');
    if (u != std::string::npos && u + 1 < flag.size() &&
        std::all_of(flag.begin() + static_cast<long>(u) + 1, flag.end(),
                    [](char c) { return c >= '0' && c <= '9'; }))
      flag.resize(u);
    std::replace(flag.begin(), flag.end(), '_', '-');
    add_flag(e, flag);
  }
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

bool overlaps(const Entity& a, const Entity& b) {
  return a.begin < b.end && b.begin < a.end;
}

std::vector<Entity> longest_non_overlapping(std::vector<Entity> found) {
  std::vector<std::size_t> order(found.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    const Entity& a = found[x];
    const Entity& b = found[y];
    if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
    return a.begin < b.begin;
  });
  std::vector<Entity> kept;
  for (std::size_t i : order) {
    bool clash = false;
    for (const Entity& k : kept) clash |= overlaps(k, found[i]);
    if (!clash) kept.push_back(std::move(found[i]));
  }
  std::stable_sort(kept.begin(), kept.end(),
                   [](const Entity& a, const Entity& b) { return a.begin < b.begin; });
  return kept;
}

std::vector<Entity> without_overlaps(std::vector<Entity> found, const std::vector<Entity>& taken) {
  std::vector<Entity> out;
  for (auto& e : found) {
    bool clash = false;
    for (const Entity& t : taken) clash |= overlaps(e, t);
    if (!clash) out.push_back(std::move(e));
  }
  return out;
}

bool gap_matches(const Pattern& re, std::string_view gap) {
  if (!re) return gap.find_first_not_of(" \t") == std::string_view::npos;
  return re2::RE2::PartialMatch(re2::StringPiece(gap.data(), gap.size()), *re);
}

bool holds_sessions(const ClauseView& view, const Entity& org) {
  auto i = view.rules.gazetteer.find_id(org.value);
  return i && view.rules.gazetteer.entry(*i).sessions;
}

const Entity* body_after(const ClauseView& view, const std::vector<Entity>& orgs, std::size_t end,
                         bool sessions_only, const Pattern* link_re, std::size_t reach) {
  const Pattern& link =
      link_re && *link_re ? *link_re : view.rules.bodies.link_after.get(view.language);
  for (const Entity& o : orgs) {
    if (o.type != EntityType::Organization || o.begin < end) continue;
    if (o.begin - end > reach) break;
    if (sessions_only && !holds_sessions(view, o)) continue;
    if (gap_matches(link, view.slice(end, o.begin))) return &o;
    return nullptr;  // only the first body after the mention can be its body
  }
  return nullptr;
}

const Entity* body_before(const ClauseView& view, const std::vector<Entity>& orgs,
                          std::size_t begin, bool sessions_only) {
  const Pattern& link = view.rules.bodies.link_before.get(view.language);
  for (auto it = orgs.rbegin(); it != orgs.rend(); ++it) {
    const Entity& o = *it;
    if (o.type != EntityType::Organization || o.end > begin) continue;
    if (begin - o.end > kBodyReach) break;
    if (sessions_only && !holds_sessions(view, o)) continue;
    if (gap_matches(link, view.slice(o.end, begin))) return &o;
    return nullptr;
  }
  return nullptr;
}

}  // namespace ct::extract

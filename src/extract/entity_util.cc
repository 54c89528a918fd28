// Helpers shared by the finders: making entities, flags from named groups,
// overlap resolution, and finding the body a mention is attached to.
#include <algorithm>
#include <iterator>
#include <map>
#include <set>

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
  // The kept spans: the non-empty ones are disjoint, so in a map by start the
  // one starting last before a candidate's end has the largest end of those
  // starting before it; an empty one overlaps only a span strictly around it.
  std::map<std::size_t, std::size_t> spans;  // begin -> end
  std::set<std::size_t> points;              // empty spans
  std::vector<std::size_t> kept_order;
  for (std::size_t i : order) {
    const Entity& e = found[i];
    bool clash = false;
    if (auto it = spans.lower_bound(e.end); it != spans.begin())
      clash = e.begin < std::prev(it)->second;
    if (auto p = points.upper_bound(e.begin); p != points.end() && *p < e.end) clash = true;
    if (clash) continue;
    kept_order.push_back(i);
    if (e.begin < e.end)
      spans.emplace(e.begin, e.end);
    else
      points.insert(e.begin);
  }
  std::vector<Entity> kept;
  kept.reserve(kept_order.size());
  for (std::size_t i : kept_order) kept.push_back(std::move(found[i]));
  std::stable_sort(kept.begin(), kept.end(),
                   [](const Entity& a, const Entity& b) { return a.begin < b.begin; });
  return kept;
}

std::vector<Entity> without_overlaps(std::vector<Entity> found, const std::vector<Entity>& taken) {
  // `taken` by start, with the largest end so far: some span starting before
  // e.end overlaps e when the largest end among them passes e.begin.
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  spans.reserve(taken.size());
  for (const Entity& t : taken) spans.emplace_back(t.begin, t.end);
  std::sort(spans.begin(), spans.end());
  std::vector<std::size_t> end_max(spans.size());
  for (std::size_t i = 0; i < spans.size(); ++i)
    end_max[i] = i == 0 ? spans[i].second : std::max(end_max[i - 1], spans[i].second);
  std::vector<Entity> out;
  for (auto& e : found) {
    auto before = std::lower_bound(spans.begin(), spans.end(), e.end,
                                   [](const auto& s, std::size_t v) { return s.first < v; });
    std::size_t n = static_cast<std::size_t>(before - spans.begin());
    if (n > 0 && end_max[n - 1] > e.begin) continue;
    out.push_back(std::move(e));
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

Orgs::Orgs(const ClauseView& view, const std::vector<Entity>& names) {
  for (const Entity& n : names) {
    if (n.type != EntityType::Organization) continue;
    bool holds = extract::holds_sessions(view, n);
    all_.push_back(&n);
    holds_.push_back(holds);
    end_max_.push_back(end_max_.empty() ? n.end : std::max(end_max_.back(), n.end));
    if (holds) sessions_.push_back(&n);
  }
}

std::size_t first_from(const std::vector<const Entity*>& list, std::size_t pos) {
  auto it = std::lower_bound(list.begin(), list.end(), pos,
                             [](const Entity* e, std::size_t v) { return e->begin < v; });
  return static_cast<std::size_t>(it - list.begin());
}

const Entity* last_ending_by(const std::vector<const Entity*>& list, std::size_t pos,
                             std::size_t from) {
  // Those starting after `pos` end after it.
  auto it = std::upper_bound(list.begin(), list.end(), pos,
                             [](std::size_t v, const Entity* e) { return v < e->begin; });
  while (it != list.begin()) {
    const Entity* e = *--it;
    if (e->begin < from) break;
    if (e->end <= pos) return e;
  }
  return nullptr;
}

const Entity* Orgs::first_holding(std::size_t begin, std::size_t end) const {
  std::size_t starts = static_cast<std::size_t>(
      std::upper_bound(all_.begin(), all_.end(), begin,
                       [](std::size_t v, const Entity* e) { return v < e->begin; }) -
      all_.begin());
  std::size_t i = static_cast<std::size_t>(
      std::lower_bound(end_max_.begin(), end_max_.begin() + static_cast<long>(starts), end) -
      end_max_.begin());
  return i < starts ? all_[i] : nullptr;
}

const Entity* body_after(const ClauseView& view, const Orgs& orgs, std::size_t end,
                         bool sessions_only, const Pattern* link_re, std::size_t reach) {
  const Pattern& link =
      link_re && *link_re ? *link_re : view.rules.bodies.link_after.get(view.language);
  const auto& all = orgs.all();
  for (std::size_t i = first_from(all, end); i < all.size(); ++i) {
    const Entity& o = *all[i];
    if (o.begin - end > reach) break;
    if (sessions_only && !orgs.holds_sessions(i)) continue;
    if (gap_matches(link, view.slice(end, o.begin))) return &o;
    return nullptr;  // only the first body after the mention can be its body
  }
  return nullptr;
}

const Entity* body_before(const ClauseView& view, const Orgs& orgs, std::size_t begin,
                          bool sessions_only) {
  const Pattern& link = view.rules.bodies.link_before.get(view.language);
  const auto& all = orgs.all();
  // From the last organization starting at or before `begin`, backwards.
  for (std::size_t i = first_from(all, begin + 1); i-- > 0;) {
    const Entity& o = *all[i];
    if (o.end > begin) continue;
    if (begin - o.end > kBodyReach) break;
    if (sessions_only && !orgs.holds_sessions(i)) continue;
    if (gap_matches(link, view.slice(o.end, begin))) return &o;
    return nullptr;
  }
  return nullptr;
}

}  // namespace ct::extract

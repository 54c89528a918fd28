// Session ordinals ("the N-th session of BODY", a spelled-out ordinal,
// "ACRONYM-N") with the body they belong to: named by the pattern, named
// right after or before the ordinal, a short name of the rules after it
// ("of the SHORT-NAME"), the body named earlier when a possessive points back
// ("at its N-th session"), else unknown ("?-N").
#include <charconv>

#include "extract/finders.h"

namespace ct::extract {

namespace {

constexpr std::size_t kShortReach = 24;  // bytes from the ordinal to a short name

const GazetteerEntry* session_body(const ClauseView& view, const std::string& acronym) {
  const Gazetteer& g = view.rules.gazetteer;
  auto i = g.lookup_acronym(view.language, acronym);
  if (!i || !g.entry(*i).sessions) return nullptr;
  return &g.entry(*i);
}

// A short body name right after the ordinal; returns its id and end.
std::optional<std::pair<std::string, std::size_t>> short_after(const ClauseView& view,
                                                               std::size_t end) {
  const auto& names = view.rules.bodies.short_names.get(view.language);
  const Pattern& link = view.rules.bodies.link_after.get(view.language);
  const std::string& f = view.folded();
  std::size_t from = view.to_folded(end);
  std::size_t limit = std::min(f.size(), from + kShortReach);
  for (const auto& [key, ids] : names) {
    // Only the bytes a key starting before `limit` can reach are searched.
    std::string_view near = std::string_view(f).substr(0, std::min(f.size(), limit + key.size()));
    for (std::size_t p = near.find(key, from); p != std::string::npos && p < limit;
         p = near.find(key, p + 1)) {
      std::size_t tb = view.to_text(p), te = view.to_text(p + key.size());
      if (word_char_before(view.text, tb) || word_char_at(view.text, te)) continue;
      if (!gap_matches(link, view.slice(end, tb))) continue;
      std::string id = ids.front();
      for (const auto& i : ids)
        if (i == view.series_body) id = i;
      return std::make_pair(id, te);
    }
  }
  return std::nullopt;
}

bool possessive_before(const ClauseView& view, std::size_t begin) {
  const Pattern& re = view.rules.bodies.possessive.get(view.language);
  if (!re) return false;
  std::size_t from = begin > 24 ? begin - 24 : 0;
  return gap_matches(re, view.slice(from, begin));
}

bool series_holds_sessions(const ClauseView& view) {
  auto i = view.rules.gazetteer.find_id(view.series_body);
  return i && view.rules.gazetteer.entry(*i).sessions;
}

}  // namespace

std::vector<Entity> find_sessions(const ClauseView& view, const std::vector<Entity>& names) {
  std::vector<Entity> found;
  const Orgs orgs(view, names);
  for (const SessionPattern& p : view.rules.bodies.sessions.get(view.language)) {
    for (const PatternMatch& m : p.folded ? view.scan_folded(*p.re) : view.scan(*p.re)) {
      int n = 0;
      std::size_t begin = m.begin, end = m.end;
      if (m.groups.count("num")) {
        const std::string& s = m.group("num");
        std::from_chars(s.data(), s.data() + s.size(), n);
      } else {
        auto [wb, we] = m.spans.at("words");
        auto spelled = spelled_ordinal(view, wb, we);
        if (!spelled) continue;
        n = spelled->value;
        begin = spelled->begin;
      }
      if (n <= 0) continue;

      std::string body, how;
      if (m.spans.count("body_next")) {
        // Only an ordinal: a body holding sessions must be named right here.
        std::size_t at = m.spans.at("body_next").first;
        const Entity* next = nullptr;
        const auto& holding = orgs.holding_sessions();
        for (std::size_t i = first_from(holding, at); i < holding.size() && holding[i]->begin == at;
             ++i)
          next = holding[i];
        if (!next) continue;
        body = next->value;
        end = next->end;
        how = "named";
      } else if (m.groups.count("body")) {
        const GazetteerEntry* g = session_body(view, m.group("body"));
        if (!g) continue;  // an acronym and a number that name no body: not a session
        body = g->id;
        how = "named";
      } else if (const Entity* after = body_after(view, orgs, m.end, true)) {
        body = after->value;
        end = after->end;
        how = "named";
      } else if (auto s = short_after(view, m.end)) {
        body = s->first;
        end = s->second;
        how = "short";
      } else if (const Entity* before = body_before(view, orgs, begin, true)) {
        body = before->value;
        how = "named";
      } else if (possessive_before(view, begin)) {
        if (const Entity* o = last_ending_by(orgs.holding_sessions(), begin)) body = o->value;
        if (body.empty() && series_holds_sessions(view)) body = view.series_body;
        how = "possessive";
      }
      Entity e = make_entity(view, EntityType::Session, begin, end,
                             (body.empty() ? std::string("?") : body) + "-" + std::to_string(n));
      e.attrs["number"] = std::to_string(n);
      e.attrs["body"] = body.empty() ? "?" : body;
      if (!how.empty()) e.attrs["body_from"] = how;
      add_match_flags(m, e);
      // Earlier ordinals of a list share the body: "the N-th, M-th and P-th sessions".
      if (m.spans.count("list")) {
        auto [lb, le] = m.spans.at("list");
        for (std::size_t i = lb; i < le;) {
          if (view.text[i] < '0' || view.text[i] > '9' ||
              (i > lb && word_char_before(view.text, i))) {
            ++i;
            continue;
          }
          std::size_t j = i;
          while (j < le && view.text[j] != ',' && view.text[j] != ' ') ++j;
          int k = 0;
          std::from_chars(view.text.data() + i, view.text.data() + j, k);
          if (k > 0) {
            Entity item = make_entity(view, EntityType::Session, i, j,
                                      e.attrs["body"] + "-" + std::to_string(k));
            item.attrs = e.attrs;
            item.attrs["number"] = std::to_string(k);
            found.push_back(std::move(item));
          }
          i = j;
        }
        e.begin = m.spans.at("num").first;
        e.text = std::string(view.slice(e.begin, e.end));
      }
      found.push_back(std::move(e));
    }
  }
  return longest_non_overlapping(std::move(found));
}

}  // namespace ct::extract

// Meetings and reports: dates that a cue (a word for meetings or reports, from
// the rules) attaches to a body or an author. A meeting's value is BODY@DATE,
// a report's AUTHOR@DATE; each has the span of its date, so lists give one
// entity per date.
#include <algorithm>

#include "extract/finders.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace ct::extract {

namespace {

// Where a sentence part before `pos` starts (after the last ';' or '. ').
std::size_t part_start(const std::string& t, std::size_t pos) {
  std::size_t best = 0;
  for (std::size_t i = 0; i < pos && i < t.size(); ++i)
    if (t[i] == ';' || (t[i] == '.' && i + 1 < t.size() && t[i + 1] == ' ')) best = i + 1;
  return best;
}

// The dates of a cue: the first within the window after `from` (no ';'
// between, before `stop`), then those joined to it by the separator.
std::vector<const Entity*> dates_after(const ClauseView& view, const EventRules& rules,
                                       const std::vector<Entity>& dates, std::size_t cue_end,
                                       std::size_t from, std::size_t stop) {
  std::vector<const Entity*> out;
  const auto window = static_cast<std::size_t>(rules.window);
  // Relay words within the window carry it on.
  std::size_t reach_from = cue_end;
  if (const Pattern& relay = rules.relay.get(view.language); relay && view.may_match(*relay)) {
    std::string_view rest = std::string_view(view.text).substr(0, stop);
    for (const auto& m : find_all(*relay, rest)) {
      if (m.begin < cue_end) continue;
      if (m.begin - reach_from > window) break;
      if (view.slice(reach_from, m.begin).find(';') != std::string_view::npos) break;
      reach_from = m.end;
    }
  }
  for (const Entity& d : dates) {
    if (d.begin < from || d.begin < cue_end) continue;
    if (d.begin >= stop || (d.begin > reach_from && d.begin - reach_from > window)) break;
    if (view.slice(cue_end, d.begin).find(';') != std::string_view::npos) break;
    out.push_back(&d);
    break;
  }
  if (out.empty()) return out;
  const Pattern& sep = rules.separator.get(view.language);
  for (const Entity& d : dates) {
    if (d.begin < out.back()->end) continue;
    if (!gap_matches(sep, view.slice(out.back()->end, d.begin))) break;
    out.push_back(&d);
  }
  return out;
}

// The organization named right after the cue, through the link words.
const Entity* named_after(const ClauseView& view, const EventRules& rules,
                          const std::vector<Entity>& names, std::size_t cue_end, std::size_t stop) {
  const Pattern& link = rules.link.get(view.language);
  for (const Entity& n : names) {
    if (n.type != EntityType::Organization || n.begin < cue_end) continue;
    if (n.begin >= stop) break;
    return gap_matches(link, view.slice(cue_end, n.begin)) ? &n : nullptr;
  }
  return nullptr;
}

// The last organization named before `pos` in the same sentence part.
const Entity* named_before(const ClauseView& view, const std::vector<Entity>& names,
                           std::size_t pos) {
  std::size_t start = part_start(view.text, pos);
  const Entity* best = nullptr;
  for (const Entity& n : names)
    if (n.type == EntityType::Organization && n.begin >= start && n.end <= pos) best = &n;
  return best;
}

bool matches_before(const ClauseView& view, const Pattern& re, std::size_t pos) {
  if (!re) return false;
  std::size_t from = pos > 40 ? pos - 40 : 0;
  return gap_matches(re, view.slice(from, pos));
}

// The place of a single meeting: a city (else a country or region) named
// between the cue and the date, or right after the date.
const Entity* place_of(const std::vector<Entity>& names, std::size_t cue_begin,
                       const Entity& date) {
  const Entity* city = nullptr;
  const Entity* other = nullptr;
  for (const Entity& n : names) {
    if (n.type != EntityType::Place) continue;
    bool between = n.begin >= cue_begin && n.end <= date.begin;
    bool after = n.begin >= date.end && n.begin - date.end <= 12;
    if (!between && !after) continue;
    auto k = n.attrs.find("kind");
    if (k != n.attrs.end() && k->second == "city") {
      if (!city || between) city = &n;
    } else if (!other || between) {
      other = &n;
    }
  }
  return city ? city : other;
}

struct Cue {
  std::size_t begin, end;
};

std::vector<Cue> cues(const ClauseView& view, const EventRules& rules) {
  std::vector<Cue> out;
  const Pattern& re = rules.cue.get(view.language);
  if (!re) return out;
  for (const auto& m : view.scan(*re)) out.push_back({m.begin, m.end});
  return out;
}

// Bare years in the clause that no other entity holds, as partial dates.
std::vector<Entity> bare_years(const ClauseView& view, const std::vector<Entity>& taken) {
  std::vector<Entity> out;
  if (!view.rules.dates.year) return out;
  for (const auto& m : view.scan(*view.rules.dates.year)) {
    if (word_char_before(view.text, m.begin) || word_char_at(view.text, m.end)) continue;
    Entity e = make_entity(view, EntityType::Date, m.begin, m.end, m.group("year"));
    add_flag(e, "partial");
    out.push_back(std::move(e));
  }
  return without_overlaps(std::move(out), taken);
}

// A short body name (bodies.yaml `short`) at text[pos...]: the series' body
// when it has that short name, else the only body that has it; "?" when
// several do; nullopt when no short name starts there.
std::optional<std::string> short_name_at(const ClauseView& view, std::size_t pos) {
  const auto& names = view.rules.bodies.short_names.get(view.language);
  const std::string& f = view.folded();
  std::size_t fp = view.to_folded(pos);
  std::optional<std::string> best;
  std::size_t best_len = 0;
  for (const auto& [key, ids] : names) {
    if (f.compare(fp, key.size(), key) != 0 || key.size() <= best_len) continue;
    if (word_char_at(view.text, view.to_text(fp + key.size()))) continue;
    best_len = key.size();
    best = ids.size() == 1 ? ids.front() : std::string("?");
    for (const auto& id : ids)
      if (id == view.series_body) best = id;
  }
  return best;
}

// Start of the first word at or after `pos`.
std::size_t next_word(const ClauseView& view, std::size_t pos, std::size_t stop) {
  while (pos < stop && !word_char_at(view.text, pos)) ++pos;
  return pos;
}

struct Body {
  std::string id, from, text;
};

Body meeting_body(const ClauseView& view, const EventRules& rules, const std::vector<Entity>& names,
                  const std::vector<Entity>& sessions, const Cue& c, const Entity& first) {
  for (const Entity& n : names)
    if (n.type == EntityType::Organization && n.begin <= c.begin && n.end >= c.end)
      return {n.value, "text", ""};
  if (const Entity* n = named_after(view, rules, names, c.end, first.begin))
    return {n->value, "text", ""};
  for (const Entity& s : sessions) {
    if (s.begin < c.end || s.end > first.begin) continue;
    auto from = s.attrs.find("body_from");
    if (from != s.attrs.end() && from->second == "possessive" && s.attrs.at("body") != "?")
      return {s.attrs.at("body"), "session", ""};
  }
  const Pattern& owner = rules.owner.get(view.language);
  std::string_view after = view.slice(c.end, first.begin);
  re2::StringPiece om;
  if (owner && owner->Match(re2::StringPiece(after.data(), after.size()), 0, after.size(),
                            re2::RE2::ANCHOR_START, &om, 1)) {
    for (const Entity& n : names)
      if (n.type == EntityType::Organization && n.begin >= c.end && n.end <= first.begin)
        return {n.value, "text", ""};
    // The owner's first word: a short name, or an unknown body.
    std::size_t w = c.end + om.size() - 1;
    while (w > c.end && word_char_before(view.text, w)) --w;
    if (auto s = short_name_at(view, w)) return {*s, *s == "?" ? "" : "short", ""};
    // Up to six words of the unknown name, for the reader.
    std::size_t e = w;
    for (int words = 0; words < 6 && e < first.begin;) {
      std::size_t k = e;
      while (k < first.begin && word_char_at(view.text, k)) text::decode(view.text, k);
      if (k == e) break;
      e = k;
      ++words;
      while (k < first.begin &&
             (view.text[k] == ' ' || view.text[k] == '-' || view.text[k] == '\''))
        ++k;
      if (k == first.begin || !word_char_at(view.text, k)) break;
      e = k;
    }
    while (e > w && !word_char_before(view.text, e)) --e;
    std::string name = collapse_spaces(view.slice(w, e));
    // The series' own body named by the series' title ("meetings of the
    // Working Group" in the Working Group's series), the name's words at
    // least two and all in the title.
    if (!view.series_body.empty() && !view.series_title.empty()) {
      std::string folded = text::fold(name);
      while (!folded.empty()) {
        if (folded.find(' ') != std::string::npos &&
            (" " + view.series_title + " ").find(" " + folded + " ") != std::string::npos)
          return {view.series_body, "series-title", ""};
        // Drop the last word: the name ran on into the text ("Group held on").
        auto sp = folded.rfind(' ');
        if (sp == std::string::npos) break;
        folded.erase(sp);
      }
    }
    return {"?", "", name};
  }
  if (auto s = short_name_at(view, next_word(view, c.begin, c.end))) {
    if (*s != "?") return {*s, "short", ""};
  }
  if (const Entity* b = named_before(view, names, c.begin)) return {b->value, "text", ""};
  if (!view.series_body.empty()) return {view.series_body, "series", ""};
  return {"?", "", ""};
}

void meetings(const ClauseView& view, const std::vector<Entity>& names,
              const std::vector<Entity>& sessions, const std::vector<Entity>& dates,
              std::vector<Entity>& out) {
  const EventRules& rules = view.rules.meetings;
  auto cs = cues(view, rules);
  for (std::size_t i = 0; i < cs.size(); ++i) {
    const Cue& c = cs[i];
    std::size_t stop = i + 1 < cs.size() ? cs[i + 1].begin : view.text.size();
    auto list = dates_after(view, rules, dates, c.end, c.end, stop);
    if (list.empty()) continue;
    Body body = meeting_body(view, rules, names, sessions, c, *list.front());
    const Pattern& self_re = rules.self.get(view.language);
    bool self_words =
        self_re &&
        re2::RE2::PartialMatch(
            re2::StringPiece(view.text.data() + c.begin, list.front()->begin - c.begin), *self_re);
    bool own_body = !view.series_body.empty() && body.id == view.series_body;
    for (const Entity* d : list) {
      Entity e = make_entity(view, EntityType::Meeting, d->begin, d->end, body.id + "@" + d->value);
      e.attrs["body"] = body.id;
      e.attrs["date"] = d->value;
      if (!body.from.empty()) e.attrs["body_from"] = body.from;
      if (!body.text.empty()) e.attrs["body_text"] = body.text;
      for (const auto& f : d->flags) add_flag(e, f);
      bool own_date = !view.doc.date.empty() &&
                      (d->value == view.doc.date || d->value.rfind(view.doc.date + "/", 0) == 0);
      if (own_body && (self_words || own_date)) e.attrs["self"] = "true";
      if (list.size() == 1) {
        if (const Entity* p = place_of(names, c.begin, *d)) e.attrs["place"] = p->value;
        for (const Entity& ss : sessions) {
          if (ss.begin < c.begin || ss.begin > d->end + 160) continue;
          if (ss.begin > d->end && view.slice(d->end, ss.begin).find(';') != std::string_view::npos)
            continue;
          e.attrs["session"] = ss.value;
          break;
        }
      }
      out.push_back(std::move(e));
    }
  }
}

// A session followed by a relay word of the rules ("held") and a date: a
// meeting of the session's body ("the N-th session of BODY held in CITY on
// DATE"), unless a cue already made a meeting of that date.
void session_meetings(const ClauseView& view, const std::vector<Entity>& names,
                      const std::vector<Entity>& sessions, const std::vector<Entity>& dates,
                      std::vector<Entity>& out) {
  const EventRules& rules = view.rules.meetings;
  const Pattern& relay = rules.relay.get(view.language);
  if (!relay || !view.may_match(*relay)) return;
  constexpr std::size_t kGap = 12;  // bytes from the session to the relay word
  for (const Entity& ss : sessions) {
    const std::string& body = ss.attrs.at("body");
    if (body == "?") continue;
    auto r = find_match(*relay, view.text, ss.end);
    if (!r || r->begin - ss.end > kGap) continue;
    std::string_view gap = view.slice(ss.end, r->begin);
    if (gap.find_first_of(";.") != std::string_view::npos) continue;
    auto list = dates_after(view, rules, dates, r->end, r->end, view.text.size());
    for (const Entity* d : list) {
      bool taken = false;
      for (const Entity& m : out) taken |= m.begin == d->begin && m.end == d->end;
      if (taken) continue;
      Entity e = make_entity(view, EntityType::Meeting, d->begin, d->end, body + "@" + d->value);
      e.attrs["body"] = body;
      e.attrs["date"] = d->value;
      e.attrs["body_from"] = "session";
      e.attrs["session"] = ss.value;
      for (const auto& f : d->flags) add_flag(e, f);
      bool own_date = !view.doc.date.empty() &&
                      (d->value == view.doc.date || d->value.rfind(view.doc.date + "/", 0) == 0);
      if (own_date && body == view.series_body) e.attrs["self"] = "true";
      if (list.size() == 1)
        if (const Entity* p = place_of(names, ss.begin, *d)) e.attrs["place"] = p->value;
      out.push_back(std::move(e));
    }
  }
}

void reports(const ClauseView& view, const std::vector<Entity>& names, std::vector<Entity>& dates,
             const std::vector<Entity>& taken, std::vector<Entity>& out) {
  const EventRules& rules = view.rules.reports;
  auto cs = cues(view, rules);
  if (cs.empty()) return;
  std::vector<Entity> candidates = dates;
  std::vector<Entity> years;
  if (rules.years) {
    std::vector<Entity> all_taken = taken;
    all_taken.insert(all_taken.end(), dates.begin(), dates.end());
    years = bare_years(view, all_taken);
    candidates.insert(candidates.end(), years.begin(), years.end());
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Entity& a, const Entity& b) { return a.begin < b.begin; });
  }
  std::vector<const Entity*> used_years;
  for (std::size_t i = 0; i < cs.size(); ++i) {
    const Cue& c = cs[i];
    std::size_t stop = i + 1 < cs.size() ? cs[i + 1].begin : view.text.size();
    std::string author;
    std::size_t from = c.end;
    if (const Entity* n = named_after(view, rules, names, c.end, stop)) {
      author = n->value;
      from = n->end;
    } else if (matches_before(view, rules.possessive.get(view.language), c.begin)) {
      if (const Entity* b = named_before(view, names, c.begin))
        author = b->value;
      else
        author = view.series_body;
    }
    if (author.empty()) continue;
    auto list = dates_after(view, rules, candidates, c.end, from, stop);
    const Pattern& lead = rules.lead.get(view.language);
    if (!list.empty() && lead && !gap_matches(lead, view.slice(from, list.front()->begin)))
      continue;
    for (const Entity* d : list) {
      Entity e = make_entity(view, EntityType::Report, d->begin, d->end, author + "@" + d->value);
      e.attrs["author"] = author;
      e.attrs["date"] = d->value;
      for (const auto& f : d->flags) add_flag(e, f);
      out.push_back(std::move(e));
      for (const Entity& y : years)
        if (y.begin == d->begin && y.end == d->end) used_years.push_back(&y);
    }
  }
  // Years that dated a report become dates of their own.
  for (const Entity* y : used_years) {
    bool dup = false;
    for (const Entity& d : dates) dup |= d.begin == y->begin && d.end == y->end;
    if (!dup) dates.push_back(*y);
  }
  std::stable_sort(dates.begin(), dates.end(),
                   [](const Entity& a, const Entity& b) { return a.begin < b.begin; });
}

}  // namespace

std::vector<Entity> find_events(const ClauseView& view, const std::vector<Entity>& names,
                                const std::vector<Entity>& sessions, std::vector<Entity>& dates,
                                const std::vector<Entity>& taken) {
  std::vector<Entity> out;
  meetings(view, names, sessions, dates, out);
  session_meetings(view, names, sessions, dates, out);
  reports(view, names, dates, taken, out);
  return out;
}

}  // namespace ct::extract

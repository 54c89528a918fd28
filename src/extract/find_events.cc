// Meetings and reports: dates that a cue (a word for meetings or reports, from
// the rules) attaches to a body or an author. A meeting's value is BODY@DATE,
// a report's AUTHOR@DATE; each has the span of its date, so lists give one
// entity per date.
#include <algorithm>
#include <iterator>
#include <optional>
#include <set>
#include <utility>

#include "extract/finders.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace ct::extract {

namespace {

// What the finders below look up by position, made once per clause so that
// no cue, session or date rescans the clause or every name: ';' and
// sentence-part boundaries, the organizations and places among the names,
// and the relay words of each kind of event (`Relays`).
struct Index {
  Index(const ClauseView& v, const std::vector<Entity>& names) : view(v), orgs(v, names) {
    const std::string& t = v.text;
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (t[i] == ';') semicolons.push_back(i);
      if (t[i] == ';' || (t[i] == '.' && i + 1 < t.size() && t[i + 1] == ' '))
        part_breaks.push_back(i);
    }
    for (const Entity& n : names) {
      if (n.type != EntityType::Place) continue;
      auto k = n.attrs.find("kind");
      (k != n.attrs.end() && k->second == "city" ? cities : other_places).push_back(&n);
    }
  }
  // Whether a ';' lies in text[a, b).
  bool semicolon_in(std::size_t a, std::size_t b) const {
    auto it = std::lower_bound(semicolons.begin(), semicolons.end(), a);
    return it != semicolons.end() && *it < b;
  }
  // Where the sentence part holding `pos` starts (after the last ';' or '. ').
  std::size_t part_start(std::size_t pos) const {
    auto it = std::lower_bound(part_breaks.begin(), part_breaks.end(), pos);
    return it == part_breaks.begin() ? 0 : *std::prev(it) + 1;
  }

  const ClauseView& view;
  Orgs orgs;
  std::vector<std::size_t> semicolons, part_breaks;
  std::vector<const Entity*> cities, other_places;
};

// The relay words of one kind of event found once in the whole clause, and
// for each the last relay its chain reaches (the next one within the window,
// no ';' between, and so on).
struct Relays {
  Relays(const Index& ix, const EventRules& rules)
      : window(static_cast<std::size_t>(rules.window)) {
    const ClauseView& view = ix.view;
    const Pattern& relay = rules.relay.get(view.language);
    if (!relay || !view.may_match(*relay)) return;
    for (const auto& m : find_all(*relay, view.text)) spans.emplace_back(m.begin, m.end);
    chain_last.resize(spans.size());
    for (std::size_t i = spans.size(); i-- > 0;) {
      bool linked = i + 1 < spans.size() && spans[i + 1].first - spans[i].second <= window &&
                    !ix.semicolon_in(spans[i].second, spans[i + 1].first);
      chain_last[i] = linked ? chain_last[i + 1] : i;
    }
  }
  // Where the window of a cue ending at `cue_end` starts: after the last relay
  // its chain reaches before `stop`, or at the cue.
  std::size_t reach_from(const Index& ix, std::size_t cue_end, std::size_t stop) const {
    auto by_begin = [](const auto& s, std::size_t v) { return s.first < v; };
    std::size_t i = static_cast<std::size_t>(
        std::lower_bound(spans.begin(), spans.end(), cue_end, by_begin) - spans.begin());
    // Relays ending past `stop` belong to the text after it.
    std::size_t usable = static_cast<std::size_t>(
        std::upper_bound(spans.begin(), spans.end(), stop,
                         [](std::size_t v, const auto& s) { return v < s.second; }) -
        spans.begin());
    if (i >= usable || spans[i].first - cue_end > window ||
        ix.semicolon_in(cue_end, spans[i].first))
      return cue_end;
    return spans[std::min(chain_last[i], usable - 1)].second;
  }
  // The first relay starting at or after `pos`, as find_match from `pos`
  // would find it; nullopt when none.
  std::optional<std::pair<std::size_t, std::size_t>> next(const ClauseView& view,
                                                          const Pattern& relay,
                                                          std::size_t pos) const {
    auto i = std::lower_bound(spans.begin(), spans.end(), pos,
                              [](const auto& s, std::size_t v) { return s.first < v; });
    // A relay running across `pos` (not with the rules' words): search from there.
    if (i != spans.begin() && std::prev(i)->second > pos) {
      auto r = find_match(*relay, view.text, pos);
      if (!r) return std::nullopt;
      return std::make_pair(r->begin, r->end);
    }
    if (i == spans.end()) return std::nullopt;
    return *i;
  }

  std::size_t window;
  std::vector<std::pair<std::size_t, std::size_t>> spans;  // in text order, not overlapping
  std::vector<std::size_t> chain_last;
};

// Index of the first of `list` (sorted by start) starting at or after `pos`.
std::size_t first_at(const std::vector<Entity>& list, std::size_t pos) {
  return static_cast<std::size_t>(
      std::lower_bound(list.begin(), list.end(), pos,
                       [](const Entity& e, std::size_t v) { return e.begin < v; }) -
      list.begin());
}

// The dates of a cue: the first within the window after `from` (no ';'
// between, before `stop`), then those joined to it by the separator.
// `dates` are sorted by start.
std::vector<const Entity*> dates_after(const Index& ix, const EventRules& rules,
                                       const Relays& relays, const std::vector<Entity>& dates,
                                       std::size_t cue_end, std::size_t from, std::size_t stop) {
  const ClauseView& view = ix.view;
  std::vector<const Entity*> out;
  const auto window = static_cast<std::size_t>(rules.window);
  // Relay words within the window carry it on.
  std::size_t reach_from = relays.reach_from(ix, cue_end, stop);
  std::size_t k = first_at(dates, std::max(from, cue_end));
  if (k == dates.size()) return out;
  const Entity& d = dates[k];
  if (d.begin >= stop || (d.begin > reach_from && d.begin - reach_from > window)) return out;
  if (ix.semicolon_in(cue_end, d.begin)) return out;
  out.push_back(&d);
  const Pattern& sep = rules.separator.get(view.language);
  for (; k < dates.size(); ++k) {
    const Entity& next = dates[k];
    if (next.begin < out.back()->end) continue;
    if (!gap_matches(sep, view.slice(out.back()->end, next.begin))) break;
    out.push_back(&next);
  }
  return out;
}

// The dates of a cue written after them (rules `before`: "2024年8月28日举行
// ...会议"): the last date ending before the cue in its sentence part, when
// the text between matches, then the dates joined to it by the separator
// before it; in text order.
std::vector<const Entity*> dates_before(const Index& ix, const EventRules& rules,
                                        const std::vector<Entity>& dates, std::size_t cue_begin) {
  const ClauseView& view = ix.view;
  std::vector<const Entity*> out;
  const Pattern& before = rules.before.get(view.language);
  if (!before) return out;
  std::size_t k = first_at(dates, cue_begin);
  std::size_t part = ix.part_start(cue_begin);
  while (k > 0 && dates[k - 1].end > cue_begin) --k;
  if (k == 0) return out;
  const Entity& d = dates[k - 1];
  if (d.begin < part || !gap_matches(before, view.slice(d.end, cue_begin))) return out;
  out.push_back(&d);
  const Pattern& sep = rules.separator.get(view.language);
  for (std::size_t i = k - 1; i-- > 0;) {
    const Entity& prev = dates[i];
    if (prev.end > out.back()->begin) continue;
    if (!gap_matches(sep, view.slice(prev.end, out.back()->begin))) break;
    out.push_back(&prev);
  }
  std::reverse(out.begin(), out.end());
  return out;
}

// The organization named right after the cue, through the link words.
const Entity* named_after(const Index& ix, const EventRules& rules, std::size_t cue_end,
                          std::size_t stop) {
  const auto& orgs = ix.orgs.all();
  std::size_t i = first_from(orgs, cue_end);
  if (i == orgs.size() || orgs[i]->begin >= stop) return nullptr;
  const Pattern& link = rules.link.get(ix.view.language);
  return gap_matches(link, ix.view.slice(cue_end, orgs[i]->begin)) ? orgs[i] : nullptr;
}

// The last organization named before `pos` in the same sentence part.
const Entity* named_before(const Index& ix, std::size_t pos) {
  return last_ending_by(ix.orgs.all(), pos, ix.part_start(pos));
}

bool matches_before(const ClauseView& view, const Pattern& re, std::size_t pos) {
  if (!re) return false;
  std::size_t from = pos > 40 ? pos - 40 : 0;
  return gap_matches(re, view.slice(from, pos));
}

// The place of a single meeting: a city (else a country or region) named
// between the cue and the date (the last), or right after the date (the first).
// A cue written after its date (rules `before`) has its place between the
// date and the cue ("DATE在CITY举行CUE"): the first city named there; not a
// country, which there is most often a party to the meeting ("DATE与COUNTRY
// 举行...会议", a meeting with that country).
const Entity* place_of(const Index& ix, std::size_t cue_begin, const Entity& date) {
  if (cue_begin >= date.end) {
    std::size_t i = first_from(ix.cities, date.end);
    return i < ix.cities.size() && ix.cities[i]->end <= cue_begin ? ix.cities[i] : nullptr;
  }
  for (const auto* list : {&ix.cities, &ix.other_places}) {
    if (const Entity* p = last_ending_by(*list, date.begin, cue_begin)) return p;
    std::size_t i = first_from(*list, date.end);
    if (i < list->size() && (*list)[i]->begin - date.end <= 12) return (*list)[i];
  }
  return nullptr;
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

Body meeting_body(const Index& ix, const EventRules& rules, const std::vector<Entity>& sessions,
                  const Cue& c, const Entity& first) {
  const ClauseView& view = ix.view;
  if (const Entity* n = ix.orgs.first_holding(c.begin, c.end)) return {n->value, "text", ""};
  if (c.begin >= first.end) {
    // A cue written after its dates (rules `before`): the body named between
    // the date and the cue ("DATE由BODY主持...CUE"), else one ending at most
    // kLead bytes before the date ("BODY于DATE举行的CUE"); one named further
    // back is the subject of some other part of the sentence.
    constexpr std::size_t kLead = 12;
    const auto& orgs = ix.orgs.all();
    if (const Entity* b = last_ending_by(orgs, c.begin, first.end)) return {b->value, "text", ""};
    std::size_t from = first.begin > kLead ? first.begin - kLead : 0;
    for (std::size_t i = first_from(orgs, first.begin + 1); i-- > 0;) {
      if (orgs[i]->end > first.begin) continue;
      if (orgs[i]->end < from) break;
      return {orgs[i]->value, "text", ""};
    }
    if (!view.series_body.empty()) return {view.series_body, "series", ""};
    return {"?", "", ""};
  }
  if (const Entity* n = named_after(ix, rules, c.end, first.begin)) return {n->value, "text", ""};
  for (std::size_t i = first_at(sessions, c.end); i < sessions.size(); ++i) {
    const Entity& s = sessions[i];
    if (s.begin > first.begin) break;  // then it ends after the date too
    if (s.end > first.begin) continue;
    auto from = s.attrs.find("body_from");
    if (from != s.attrs.end() && from->second == "possessive" && s.attrs.at("body") != "?")
      return {s.attrs.at("body"), "session", ""};
  }
  const Pattern& owner = rules.owner.get(view.language);
  std::string_view after = view.slice(c.end, first.begin);
  re2::StringPiece om;
  if (owner && first.begin >= c.end &&
      owner->Match(re2::StringPiece(after.data(), after.size()), 0, after.size(),
                   re2::RE2::ANCHOR_START, &om, 1)) {
    const auto& orgs = ix.orgs.all();
    for (std::size_t i = first_from(orgs, c.end); i < orgs.size(); ++i) {
      if (orgs[i]->begin > first.begin) break;
      if (orgs[i]->end <= first.begin) return {orgs[i]->value, "text", ""};
    }
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
  if (const Entity* b = named_before(ix, c.begin)) return {b->value, "text", ""};
  if (!view.series_body.empty()) return {view.series_body, "series", ""};
  return {"?", "", ""};
}

void meetings(const Index& ix, const Relays& relays, const std::vector<Entity>& sessions,
              const std::vector<Entity>& dates, std::vector<Entity>& out) {
  const ClauseView& view = ix.view;
  const EventRules& rules = view.rules.meetings;
  auto cs = cues(view, rules);
  for (std::size_t i = 0; i < cs.size(); ++i) {
    const Cue& c = cs[i];
    std::size_t stop = i + 1 < cs.size() ? cs[i + 1].begin : view.text.size();
    // A language whose meetings are written after their date looks only
    // there; an organization's name ending in a cue word is no meeting.
    std::vector<const Entity*> list;
    if (!rules.before.get(view.language))
      list = dates_after(ix, rules, relays, dates, c.end, c.end, stop);
    else if (!ix.orgs.first_holding(c.begin, c.end))
      list = dates_before(ix, rules, dates, c.begin);
    if (list.empty()) continue;
    Body body = meeting_body(ix, rules, sessions, c, *list.front());
    const Pattern& self_re = rules.self.get(view.language);
    // The self words lie between the cue and the date, whichever comes first.
    std::size_t from = std::min(c.begin, list.front()->begin);
    std::size_t to = std::max(c.end, list.front()->begin);
    bool self_words =
        self_re &&
        re2::RE2::PartialMatch(re2::StringPiece(view.text.data() + from, to - from), *self_re);
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
        if (const Entity* p = place_of(ix, c.begin, *d)) e.attrs["place"] = p->value;
        for (std::size_t k = first_at(sessions, c.begin); k < sessions.size(); ++k) {
          const Entity& ss = sessions[k];
          if (ss.begin > d->end + 160) break;
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
void session_meetings(const Index& ix, const Relays& relays, const std::vector<Entity>& sessions,
                      const std::vector<Entity>& dates, std::vector<Entity>& out) {
  const ClauseView& view = ix.view;
  const EventRules& rules = view.rules.meetings;
  const Pattern& relay = rules.relay.get(view.language);
  if (!relay || !view.may_match(*relay)) return;
  constexpr std::size_t kGap = 12;  // bytes from the session to the relay word
  // The spans of the meetings made, and the dates that opened a list here:
  // sessions sharing a list find every date of it taken.
  std::set<std::pair<std::size_t, std::size_t>> taken_spans;
  for (const Entity& m : out) taken_spans.emplace(m.begin, m.end);
  std::set<const Entity*> lists_done;
  for (const Entity& ss : sessions) {
    const std::string& body = ss.attrs.at("body");
    if (body == "?") continue;
    auto r = relays.next(view, relay, ss.end);
    if (!r || r->first - ss.end > kGap) continue;
    std::string_view gap = view.slice(ss.end, r->first);
    if (gap.find_first_of(";.") != std::string_view::npos) continue;
    auto list = dates_after(ix, rules, relays, dates, r->second, r->second, view.text.size());
    if (list.empty() || !lists_done.insert(list.front()).second) continue;
    for (const Entity* d : list) {
      if (!taken_spans.emplace(d->begin, d->end).second) continue;
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
        if (const Entity* p = place_of(ix, ss.begin, *d)) e.attrs["place"] = p->value;
      out.push_back(std::move(e));
    }
  }
}

void reports(const Index& ix, std::vector<Entity>& dates, const std::vector<Entity>& taken,
             std::vector<Entity>& out) {
  const ClauseView& view = ix.view;
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
  const Relays relays(ix, rules);
  std::vector<const Entity*> used_years;
  for (std::size_t i = 0; i < cs.size(); ++i) {
    const Cue& c = cs[i];
    std::size_t stop = i + 1 < cs.size() ? cs[i + 1].begin : view.text.size();
    std::string author;
    std::size_t from = c.end;
    if (const Entity* n = named_after(ix, rules, c.end, stop)) {
      author = n->value;
      from = n->end;
    } else if (matches_before(view, rules.possessive.get(view.language), c.begin)) {
      if (const Entity* b = named_before(ix, c.begin))
        author = b->value;
      else
        author = view.series_body;
    }
    if (author.empty()) continue;
    auto list = dates_after(ix, rules, relays, candidates, c.end, from, stop);
    const Pattern& lead = rules.lead.get(view.language);
    if (!list.empty() && lead && !gap_matches(lead, view.slice(from, list.front()->begin)))
      continue;
    for (const Entity* d : list) {
      Entity e = make_entity(view, EntityType::Report, d->begin, d->end, author + "@" + d->value);
      e.attrs["author"] = author;
      e.attrs["date"] = d->value;
      for (const auto& f : d->flags) add_flag(e, f);
      out.push_back(std::move(e));
      for (std::size_t k = first_at(years, d->begin);
           k < years.size() && years[k].begin == d->begin; ++k)
        if (years[k].end == d->end) used_years.push_back(&years[k]);
    }
  }
  // Years that dated a report become dates of their own.
  std::set<std::pair<std::size_t, std::size_t>> spans;
  for (const Entity& d : dates) spans.emplace(d.begin, d.end);
  for (const Entity* y : used_years)
    if (spans.emplace(y->begin, y->end).second) dates.push_back(*y);
  std::stable_sort(dates.begin(), dates.end(),
                   [](const Entity& a, const Entity& b) { return a.begin < b.begin; });
}

}  // namespace

std::vector<Entity> find_events(const ClauseView& view, const std::vector<Entity>& names,
                                const std::vector<Entity>& sessions, std::vector<Entity>& dates,
                                const std::vector<Entity>& taken) {
  std::vector<Entity> out;
  const Index ix(view, names);
  const Relays relays(ix, view.rules.meetings);
  meetings(ix, relays, sessions, dates, out);
  session_meetings(ix, relays, sessions, dates, out);
  reports(ix, dates, taken, out);
  return out;
}

}  // namespace ct::extract

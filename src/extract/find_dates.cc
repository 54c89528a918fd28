// Dates and date ranges from the patterns of rules/dates.yaml: single dates,
// numeric dates read by the language's convention, ranges, pairs of days and
// partial dates, with flags partial, impossible, ambiguous and those the
// patterns name (spacing, missing-day).
#include <charconv>

#include "extract/date_value.h"
#include "extract/finders.h"

namespace ct::extract {

namespace {

int number(const std::string& s) {
  int v = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  return r.ec == std::errc() ? v : -1;
}

// A month group: its number, 0 when absent, -1 when present but not a month
// or touching a letter (a month name inside a longer word).
int month_of(const ClauseView& view, const PatternMatch& m, const std::string& group) {
  auto it = m.spans.find(group);
  if (it == m.spans.end()) return 0;
  auto [b, e] = it->second;
  std::string_view t = view.text;
  std::size_t end = e;
  if (end > b && t[end - 1] == '.') --end;
  // A letter touching the name makes it part of another word; a digit is a
  // spacing slip (a month name run into its year) that the pattern flags.
  auto letter_at = [&](std::size_t i) {
    return word_char_at(t, i) && !(t[i] >= '0' && t[i] <= '9');
  };
  if ((b > 0 && word_char_before(t, b) && !(t[b - 1] >= '0' && t[b - 1] <= '9')) ||
      (end == e && letter_at(e)))
    return -1;
  int n = view.month_number(t.substr(b, end - b));
  return n ? n : -1;
}

struct Reading {
  DateParts start, end;
  bool range = false;
  bool year_range = false;  // a year outside dates.yaml full_date_years
};

// Year group: 0 when absent, -1 when out of the rules' range. In a full date
// (a day and a month name) a four-digit year outside that range still counts
// when within full_date_years, and beyond them sets `out_of_range`: the
// date is read, and is impossible ("1 January 0001").
int year_of(const ClauseView& view, const PatternMatch& m, const std::string& group,
            bool full = false, bool* out_of_range = nullptr) {
  if (!m.groups.count(group)) return 0;
  std::string text = m.group(group);
  int y = number(text);
  const DateRules& d = view.rules.dates;
  if (y >= d.min_year && y <= d.max_year) return y;
  if (!full || text.size() != 4 || y < 0) return -1;
  if ((y < d.min_full_year || y > d.max_full_year) && out_of_range) *out_of_range = true;
  return y ? y : -1;
}

int day_of(const PatternMatch& m, const std::string& group) {
  if (!m.groups.count(group)) return 0;
  int d = number(m.group(group));
  return (d >= 1 && d <= 31) ? d : -1;
}

// A month word that is also a common word (dates.yaml `not_alone`) counts
// beside a lone day or year only when capitalized ("May", not "may").
bool strict_month_ok(const ClauseView& view, const PatternMatch& m) {
  auto it = m.spans.find("month");
  if (it == m.spans.end()) return true;
  const auto& words = view.rules.dates.not_alone;
  auto w = words.find(view.language);
  if (w == words.end()) return true;
  std::string name = m.group("month");
  while (!name.empty() && name.back() == '.') name.pop_back();
  return !w->second.count(name) || upper_at(view.text, it->second.first);
}

std::optional<Reading> read_date(const ClauseView& view, const PatternMatch& m) {
  Reading r;
  int month = month_of(view, m, "month"), month_end = month_of(view, m, "month_end");
  if (month < 0 || month_end < 0) return std::nullopt;
  if (m.groups.count("month_num")) {
    month = number(m.group("month_num"));
    if (month < 1 || month > 12) return std::nullopt;
  }
  if (m.groups.count("month_num_end")) {
    month_end = number(m.group("month_num_end"));
    if (month_end < 1 || month_end > 12) return std::nullopt;
  }
  bool full = m.groups.count("day") && (m.groups.count("month") || m.groups.count("month_end"));
  int year = year_of(view, m, "year", full, &r.year_range);
  int year_end = year_of(view, m, "year_end", full, &r.year_range);
  int day = day_of(m, "day"), day_end = day_of(m, "day_end");
  if (year < 0 || year_end < 0 || day < 0 || day_end < 0) return std::nullopt;
  r.range = m.groups.count("day_end") || m.groups.count("month_end") ||
            m.groups.count("month_num_end") || m.groups.count("year_end");
  r.start = {year ? year : year_end, month ? month : month_end, day};
  if (r.range) r.end = {year_end ? year_end : year, month_end ? month_end : month, day_end};
  if (!r.start.month) return std::nullopt;
  // A range whose start borrows the end's year and would fall after the end
  // runs over the new year ("from 1 October until 12 January 2018"): the
  // start is in the year before.
  if (r.range && !year && year_end && r.start.month > r.end.month) --r.start.year;
  return r;
}

Entity single(const ClauseView& view, std::size_t b, std::size_t e, const DateParts& d,
              bool year_range = false) {
  Entity out = make_entity(view, EntityType::Date, b, e, d.iso());
  if (!d.complete()) add_flag(out, "partial");
  if (!d.possible() || year_range) add_flag(out, "impossible");
  if (year_range) add_flag(out, "year-range");
  return out;
}

Entity range(const ClauseView& view, std::size_t b, std::size_t e, const Reading& r) {
  Entity out = make_entity(view, EntityType::DateRange, b, e, r.start.iso() + "/" + r.end.iso());
  if (!r.start.complete() || !r.end.complete()) add_flag(out, "partial");
  if (!r.start.possible() || !r.end.possible() || compare(r.start, r.end) > 0 || r.year_range)
    add_flag(out, "impossible");
  if (r.year_range) add_flag(out, "year-range");
  return out;
}

std::optional<Entity> numeric(const ClauseView& view, const PatternMatch& m) {
  int a = number(m.group("a")), b = number(m.group("b")), y = year_of(view, m, "year");
  if (y <= 0) return std::nullopt;
  DateParts dmy{y, b, a}, mdy{y, a, b};
  bool dmy_ok = b >= 1 && b <= 12 && dmy.possible() && a >= 1;
  bool mdy_ok = a >= 1 && a <= 12 && mdy.possible() && b >= 1;
  if (!dmy_ok && !mdy_ok) return std::nullopt;
  bool day_first = view.rules.dates.order_for(view.language) == "dmy";
  const DateParts& chosen = (dmy_ok && mdy_ok) ? (day_first ? dmy : mdy) : (dmy_ok ? dmy : mdy);
  Entity e = single(view, m.begin, m.end, chosen);
  e.attrs["order"] = (&chosen == &dmy) ? "dmy" : "mdy";
  if (dmy_ok && mdy_ok && a != b) add_flag(e, "ambiguous");
  return e;
}

}  // namespace

std::vector<Entity> find_dates(const ClauseView& view) {
  std::vector<Entity> found;
  for (const DatePattern& p : view.rules.dates.patterns.get(view.language)) {
    for (const auto& m : view.scan_folded(*p.re)) {
      if (p.strict && !strict_month_ok(view, m)) continue;
      if (p.kind == DatePattern::Kind::Numeric) {
        if (auto e = numeric(view, m)) {
          add_match_flags(m, *e);
          found.push_back(std::move(*e));
        }
        continue;
      }
      auto r = read_date(view, m);
      if (!r) continue;
      if (p.kind == DatePattern::Kind::Pair && r->range && r->end.day != r->start.day + 1) {
        // Two dates sharing a month: "D1 and D2 MONTH" with days apart.
        auto [db, de] = m.spans.at("day");
        Entity first = single(view, db, de, r->start, r->year_range);
        Entity second = single(view, m.spans.at("day_end").first, m.end, r->end, r->year_range);
        add_match_flags(m, second);
        found.push_back(std::move(first));
        found.push_back(std::move(second));
        continue;
      }
      Entity e = r->range ? range(view, m.begin, m.end, *r)
                          : single(view, m.begin, m.end, r->start, r->year_range);
      add_match_flags(m, e);
      found.push_back(std::move(e));
    }
  }
  return longest_non_overlapping(std::move(found));
}

}  // namespace ct::extract

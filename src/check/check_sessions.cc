// date.session-year: a session ordinal that does not fit its date, by the
// calendar of rules/checks.yaml (session N of a body opens in MONTH of
// BASE+N) or by the corpus's own record of the body's sessions (sessions are
// numbered in time order). ref.future-session: a document citing a session
// that, by the calendar or the record, had not opened by the document's date.
#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>

#include "check/families.h"
#include "check/lead_words.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace ct::check {

namespace {

std::string attr(const Entity& e, const std::string& k) {
  auto it = e.attrs.find(k);
  return it == e.attrs.end() ? std::string() : it->second;
}

// "UNGA-74" -> ("UNGA", 74); (“”, 0) for another form.
std::pair<std::string, int> split_session(const std::string& v) {
  auto dash = v.rfind('-');
  if (dash == std::string::npos || dash == 0 || dash + 1 >= v.size()) return {"", 0};
  for (std::size_t i = dash + 1; i < v.size(); ++i)
    if (v[i] < '0' || v[i] > '9') return {"", 0};
  if (v.size() - dash > 5) return {"", 0};
  return {v.substr(0, dash), std::stoi(v.substr(dash + 1))};
}

// Year and month of an ISO date (reduced precision allowed), or 0.
int months_of(const std::string& iso) {
  if (iso.size() < 7 || iso[4] != '-') return 0;
  try {
    return std::stoi(iso.substr(0, 4)) * 12 + std::stoi(iso.substr(5, 2)) - 1;
  } catch (...) {
    return 0;
  }
}

std::string month_name(int m) {
  return fmt::format("{:04}-{:02}", m / 12, m % 12 + 1);
}

struct Held {
  std::string date;
  Location where;
};

// One body's record in session order, to find the first session held out of
// order with session N dated WHEN (an earlier session held after WHEN, or a
// later one before) in log time rather than by reading the whole record for
// every mention: a prefix maximum of the months for the earlier sessions, a
// tree of minimums for the later ones.
class RecordOrder {
 public:
  explicit RecordOrder(const std::map<int, Held>& record) {
    for (auto it = record.begin(); it != record.end(); ++it) {
      sessions_.push_back(it);
      months_.push_back(months_of(it->second.date));
      max_.push_back(max_.empty() ? months_.back() : std::max(max_.back(), months_.back()));
    }
    size_ = 1;
    while (size_ < months_.size()) size_ *= 2;
    min_.assign(2 * size_, INT_MAX);
    for (std::size_t i = 0; i < months_.size(); ++i) min_[size_ + i] = months_[i];
    for (std::size_t i = size_; i-- > 1;) min_[i] = std::min(min_[2 * i], min_[2 * i + 1]);
  }

  std::optional<std::map<int, Held>::const_iterator> first_misfit(int n, int when) const {
    // Sessions before n: the first whose month passes `when`.
    std::size_t before = static_cast<std::size_t>(
        std::lower_bound(sessions_.begin(), sessions_.end(), n,
                         [](const auto& it, int v) { return it->first < v; }) -
        sessions_.begin());
    std::size_t i = static_cast<std::size_t>(
        std::upper_bound(max_.begin(), max_.begin() + static_cast<long>(before), when) -
        max_.begin());
    if (i < before) return sessions_[i];
    // Sessions after n: the first held before `when`.
    std::size_t after =
        before < sessions_.size() && sessions_[before]->first == n ? before + 1 : before;
    if (auto j = first_below(after, when)) return sessions_[*j];
    return std::nullopt;
  }

 private:
  // The first index at or after `from` whose month is below `v`.
  std::optional<std::size_t> first_below(std::size_t from, int v) const {
    return descend(1, 0, size_, from, v);
  }
  std::optional<std::size_t> descend(std::size_t node, std::size_t lo, std::size_t hi,
                                     std::size_t from, int v) const {
    if (hi <= from || min_[node] >= v) return std::nullopt;
    if (hi - lo == 1) return lo;
    std::size_t mid = (lo + hi) / 2;
    if (auto l = descend(2 * node, lo, mid, from, v)) return l;
    return descend(2 * node + 1, mid, hi, from, v);
  }

  std::vector<std::map<int, Held>::const_iterator> sessions_;
  std::vector<int> months_, max_;
  std::size_t size_ = 1;
  std::vector<int> min_;  // segment tree over months_
};

}  // namespace

void check_sessions(const Corpus& corpus, const Rules& rules, FindingSink& sink) {
  if (!sink.active("date.session-year") && !sink.active("ref.future-session")) return;
  std::map<std::string, const SessionCalendar*> calendars;
  for (const SessionCalendar& c : rules.checks.calendars) calendars[c.body] = &c;
  const RuleConfig* rule = rules.checks.rule("date.session-year");
  std::size_t near = rule ? static_cast<std::size_t>(rule->number("date_reach", 48)) : 48;
  int max_gap = rule ? static_cast<int>(rule->number("max_gap", 12)) : 12;
  const RuleConfig* future = sink.active("ref.future-session");
  // A session the words before it (same sentence) cite as to come.
  auto planned = [future, &corpus](const Clause& c, const Entity& e) {
    return future && lead_matches(c, e.begin, 200, true,
                                  future->patterns_for("planned", corpus.document_of(c).language));
  };
  std::vector<std::string> special_words;
  if (rule)
    for (const auto& w : rule->list("not_numbered")) special_words.push_back(text::fold(w));

  // The record: sessions the corpus's own documents say they were held at.
  std::map<std::string, std::map<int, Held>> record;
  for (const Document& d : corpus.documents) {
    auto [body, n] = split_session(d.session);
    if (n && d.parent.empty() && months_of(d.date) && !record[body].count(n))
      record[body][n] = {d.date, sink.at_line(d, d.line)};
  }
  for (const Clause& c : corpus.clauses)
    for (const Entity& e : c.entities)
      if (e.type == EntityType::Meeting && attr(e, "self") == "true") {
        auto [body, n] = split_session(attr(e, "session"));
        if (n && attr(e, "date").size() == 10 && !record[body].count(n))
          record[body][n] = {attr(e, "date"), sink.at(c, e)};
      }

  std::map<std::string, RecordOrder> order;
  for (const auto& [body, held] : record) order.emplace(body, RecordOrder(held));

  for (const Clause& c : corpus.clauses) {
    const Document& d = corpus.document_of(c);
    int doc_m = months_of(d.date);
    // Special and emergency sessions have their own numbering: the sessions
    // of this clause followed by such a word are not checked.
    std::set<std::string> special;
    for (const Entity& e : c.entities) {
      if (e.type != EntityType::Session) continue;
      std::size_t b = std::min(e.begin, c.text.size());
      std::size_t end = std::min(c.text.size(), std::max(e.end, b) + 24);
      std::string around = text::fold(std::string_view(c.text).substr(b, end - b));
      for (const std::string& w : special_words)
        if (around.find(w) != std::string::npos) special.insert(e.value);
    }
    for (const Entity& e : c.entities) {
      std::string session = e.type == EntityType::Session   ? e.value
                            : e.type == EntityType::Meeting ? attr(e, "session")
                                                            : std::string();
      auto [body, n] = split_session(session);
      if (!n) continue;
      std::string self_attr = attr(e, "self");
      std::string date = e.type == EntityType::Meeting ? attr(e, "date") : std::string();
      // A session mentioned with its date: a date right after it ("... session
      // de l'Assemblée générale en septembre 2018").
      // (Entities are in text order: only those starting within reach are read.)
      if (e.type == EntityType::Session)
        for (auto x = std::lower_bound(c.entities.begin(), c.entities.end(), e.end,
                                       [](const Entity&y, std::size_t v) { return y.begin < v; });
             x != c.entities.end() && x->begin - e.end <= near; ++x)
          if (x->type == EntityType::Date && x->value.size() >= 7 && x->value[0] != '-') {
            date = x->value;
            break;
          }
      int when = months_of(date);
      if (special.count(session)) continue;
      auto cal = calendars.find(body);
      if (cal != calendars.end()) {
        int open = (cal->second->base_year + n) * 12 + cal->second->month - 1;
        // How many sessions away the date puts it: far off is another body.
        int away = when ? std::abs((when - (open - n * 12)) / 12 - n) : 0;
        if (when && away <= max_gap && (when < open || when >= open + cal->second->span_months))
          sink.add("date.session-year", sink.at(c, e),
                   fmt::format("{} opened in {} ({} + {}), not around {}", session,
                               month_name(open), cal->second->base_year, n, date),
                   session + "|" + date);
        if (!when && doc_m && doc_m < open && !planned(c, e))
          sink.add("ref.future-session", sink.at(c, e),
                   fmt::format("document dated {} cites {}, which opened only in {}", d.date,
                               session, month_name(open)),
                   session + "|" + d.date);
        continue;
      }
      auto rec = record.find(body);
      if (rec == record.end()) continue;
      auto self = rec->second.find(n);
      if (!when && self != rec->second.end() && doc_m && doc_m < months_of(self->second.date) &&
          !planned(c, e)) {
        Location rel = self->second.where;
        rel.message = fmt::format("{} was held on {}", session, self->second.date);
        sink.add("ref.future-session", sink.at(c, e),
                 fmt::format("document dated {} cites {}, held only on {}", d.date, session,
                             self->second.date),
                 session + "|" + d.date, {rel});
      }
      if (!when || attr(e, "self") == "true") continue;
      if (auto found = order.at(body).first_misfit(n, when)) {
        const auto& [m, held] = **found;
        Location rel = held.where;
        rel.message = fmt::format("{}-{} was held on {}", body, m, held.date);
        sink.add("date.session-year", sink.at(c, e),
                 fmt::format("{} dated {} does not fit the record: {}-{} was held on {}", session,
                             date, body, m, held.date),
                 session + "|" + date, {rel});
      }
    }
  }
}

}  // namespace ct::check

// Lifecycles of threads and entities from the sessions they appear in.
#include "graph/lifecycle.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

namespace ct::graph {

const SeriesLife* Lifecycle::in_series(std::size_t series) const {
  for (const auto& l : per_series)
    if (l.series == series) return &l;
  return nullptr;
}

Status presence_status(const std::vector<std::size_t>& present, std::size_t sessions, bool changed,
                       bool can_be_modified) {
  if (present.empty() || sessions == 0) return Status::New;
  const std::size_t newest = sessions - 1;
  if (present.front() == newest) return Status::New;
  if (present.back() != newest) return Status::Dropped;
  if (present.size() != newest - present.front() + 1) return Status::Intermittent;
  if (changed && can_be_modified) return Status::Modified;
  return Status::Persistent;
}

namespace {

using Moment = std::pair<std::size_t, std::size_t>;  // (series, session)

void sort_unique(std::vector<std::size_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

void add_documents(const Corpus& corpus, Moment m, std::vector<std::size_t>& out) {
  for (std::size_t d : corpus.series[m.first].sessions[m.second].documents) out.push_back(d);
}

// Status and absences over every session of the series the item runs
// through, in date order (stable: series, then session order).
void over_timeline(const Corpus& corpus, const SessionIndex& sessions,
                   const std::vector<Occurrence>& occ, Lifecycle& life) {
  std::vector<Moment> timeline;
  for (const SeriesLife& l : life.per_series)
    for (std::size_t k : counted_sessions(corpus.series[l.series], l.present))
      timeline.emplace_back(l.series, k);
  std::stable_sort(timeline.begin(), timeline.end(), [&](Moment a, Moment b) {
    return corpus.series[a.first].sessions[a.second].date <
           corpus.series[b.first].sessions[b.second].date;
  });
  std::map<Moment, std::size_t> position;
  for (std::size_t k = 0; k < timeline.size(); ++k) position.emplace(timeline[k], k);
  std::vector<std::size_t> present;
  bool changed = false;
  for (const Occurrence& o : occ) {
    Moment m{sessions.series_of(o.doc), sessions.session_of(o.doc)};
    if (m.first == SessionIndex::npos || m.second == SessionIndex::npos) continue;
    present.push_back(position.at(m));
    changed = changed || o.changed;
  }
  sort_unique(present);
  life.status = presence_status(present, timeline.size(), changed, true);
  for (std::size_t k = present.front(), p = 0; k < timeline.size(); ++k) {
    if (p < present.size() && present[p] == k)
      ++p;
    else
      add_documents(corpus, timeline[k], life.absent);
  }
}

}  // namespace

Lifecycle lifecycle_of(const Corpus& corpus, const SessionIndex& sessions,
                       const std::vector<Occurrence>& occurrences, std::string_view preferred,
                       Overall overall) {
  Lifecycle life;
  std::map<std::size_t, std::vector<Occurrence>> by_series;
  for (const Occurrence& o : occurrences) {
    std::size_t s = sessions.series_of(o.doc);
    if (s == SessionIndex::npos || sessions.session_of(o.doc) == SessionIndex::npos) continue;
    by_series[s].push_back(o);
  }
  if (by_series.empty()) return life;

  const bool modifiable = overall == Overall::Timeline;
  for (const auto& [s, occ] : by_series) {
    SeriesLife sl;
    sl.series = s;
    sl.first_doc = occ.front().doc;
    sl.last_doc = occ.front().doc;
    for (const Occurrence& o : occ) {
      sl.present.push_back(sessions.session_of(o.doc));
      if (sessions.rank_of(o.doc) < sessions.rank_of(sl.first_doc)) sl.first_doc = o.doc;
      if (sessions.rank_of(o.doc) > sessions.rank_of(sl.last_doc)) sl.last_doc = o.doc;
      sl.changed = sl.changed || (o.changed && !o.opens_series);
    }
    sort_unique(sl.present);
    // Measured against the sessions of its strands (Session::strand).
    const std::vector<std::size_t> counted = counted_sessions(corpus.series[s], sl.present);
    std::vector<std::size_t> at;  // positions of `present` among `counted`
    for (std::size_t k = 0, p = 0; k < counted.size(); ++k) {
      if (p < sl.present.size() && sl.present[p] == counted[k]) {
        at.push_back(k);
        ++p;
      } else if (counted[k] > sl.present.front()) {
        sl.absent.push_back(counted[k]);
      }
    }
    sl.status = presence_status(at, counted.size(), sl.changed, modifiable);
    life.per_series.push_back(std::move(sl));
  }

  // Main series: most sessions, then the latest last appearance, then the
  // preferred series, then the first in corpus order.
  auto key = [&](const SeriesLife& l) {
    const Series& s = corpus.series[l.series];
    return std::make_tuple(l.present.size(), s.sessions[l.present.back()].date, s.id == preferred);
  };
  for (std::size_t i = 1; i < life.per_series.size(); ++i)
    if (key(life.per_series[i]) > key(life.per_series[life.main])) life.main = i;

  auto earlier = [&](std::size_t a, std::size_t b) {
    return std::tie(corpus.documents[a].date, a) < std::tie(corpus.documents[b].date, b);
  };
  life.first_doc = life.per_series.front().first_doc;
  life.last_doc = life.per_series.front().last_doc;
  for (const SeriesLife& l : life.per_series) {
    if (earlier(l.first_doc, life.first_doc)) life.first_doc = l.first_doc;
    if (earlier(life.last_doc, l.last_doc)) life.last_doc = l.last_doc;
  }

  if (overall == Overall::Timeline) {
    over_timeline(corpus, sessions, occurrences, life);
  } else {
    const SeriesLife& m = life.main_life();
    life.status = m.status;
    for (std::size_t k : m.absent) add_documents(corpus, {m.series, k}, life.absent);
  }
  return life;
}

Lifecycle thread_lifecycle(const Corpus& corpus, const SessionIndex& sessions, const Thread& t) {
  std::vector<Occurrence> occ;
  std::vector<std::size_t> seen;  // series already entered
  for (const ThreadMember& m : t.members) {
    std::size_t doc = corpus.clauses[m.clause].doc;
    std::size_t s = sessions.series_of(doc);
    bool opens = std::find(seen.begin(), seen.end(), s) == seen.end();
    if (opens) seen.push_back(s);
    bool changed = m.change == Change::Reworded || m.change == Change::Amended ||
                   m.change == Change::Merged || m.change == Change::Split;
    occ.push_back({doc, changed, opens});
  }
  return lifecycle_of(corpus, sessions, occ, t.series, Overall::Timeline);
}

Lifecycle entity_lifecycle(const Corpus& corpus, const SessionIndex& sessions,
                           const std::vector<std::size_t>& mentions) {
  std::vector<Occurrence> occ;
  for (std::size_t c : mentions) occ.push_back({corpus.clauses[c].doc, false, false});
  return lifecycle_of(corpus, sessions, occ, {}, Overall::MainSeries);
}

}  // namespace ct::graph

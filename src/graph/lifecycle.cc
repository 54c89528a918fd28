// Lifecycles of threads and entities from the sessions they appear in.
#include "graph/lifecycle.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace ct::graph {

SessionIndex::SessionIndex(const Corpus& corpus)
    : series_(corpus.documents.size(), npos),
      session_(corpus.documents.size(), npos),
      rank_(corpus.documents.size(), npos) {
  for (std::size_t s = 0; s < corpus.series.size(); ++s) {
    const Series& series = corpus.series[s];
    for (std::size_t r = 0; r < series.documents.size(); ++r) {
      series_[series.documents[r]] = s;
      rank_[series.documents[r]] = r;
    }
    for (std::size_t k = 0; k < series.sessions.size(); ++k)
      for (std::size_t d : series.sessions[k].documents) session_[d] = k;
  }
}

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

Lifecycle lifecycle_of(const Corpus& corpus, const SessionIndex& sessions,
                       const std::vector<Occurrence>& occurrences, std::string_view preferred,
                       bool can_be_modified) {
  Lifecycle life;
  std::map<std::size_t, std::vector<Occurrence>> by_series;
  for (const Occurrence& o : occurrences) {
    std::size_t s = sessions.series_of(o.doc);
    if (s == SessionIndex::npos || sessions.session_of(o.doc) == SessionIndex::npos) continue;
    by_series[s].push_back(o);
  }
  if (by_series.empty()) return life;

  for (const auto& [s, occ] : by_series) {
    SeriesLife sl;
    sl.series = s;
    sl.first_doc = occ.front().doc;
    sl.last_doc = occ.front().doc;
    for (const Occurrence& o : occ) {
      sl.present.push_back(sessions.session_of(o.doc));
      if (sessions.rank_of(o.doc) < sessions.rank_of(sl.first_doc)) sl.first_doc = o.doc;
      if (sessions.rank_of(o.doc) > sessions.rank_of(sl.last_doc)) sl.last_doc = o.doc;
      sl.changed = sl.changed || o.changed;
    }
    std::sort(sl.present.begin(), sl.present.end());
    sl.present.erase(std::unique(sl.present.begin(), sl.present.end()), sl.present.end());
    const std::size_t count = corpus.series[s].sessions.size();
    for (std::size_t k = sl.present.front(), p = 0; k < count; ++k) {
      if (p < sl.present.size() && sl.present[p] == k)
        ++p;
      else
        sl.absent.push_back(k);
    }
    sl.status = presence_status(sl.present, count, sl.changed, can_be_modified);
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
  life.status = life.main_life().status;

  auto earlier = [&](std::size_t a, std::size_t b) {
    return std::tie(corpus.documents[a].date, a) < std::tie(corpus.documents[b].date, b);
  };
  life.first_doc = life.per_series.front().first_doc;
  life.last_doc = life.per_series.front().last_doc;
  for (const SeriesLife& l : life.per_series) {
    if (earlier(l.first_doc, life.first_doc)) life.first_doc = l.first_doc;
    if (earlier(life.last_doc, l.last_doc)) life.last_doc = l.last_doc;
  }
  return life;
}

Lifecycle thread_lifecycle(const Corpus& corpus, const SessionIndex& sessions, const Thread& t) {
  std::vector<Occurrence> occ;
  std::vector<std::size_t> seen;  // series already entered
  for (const ThreadMember& m : t.members) {
    std::size_t doc = corpus.clauses[m.clause].doc;
    std::size_t s = sessions.series_of(doc);
    bool first_here = std::find(seen.begin(), seen.end(), s) == seen.end();
    if (first_here) seen.push_back(s);
    bool changes = m.change == Change::Reworded || m.change == Change::Amended ||
                   m.change == Change::Merged || m.change == Change::Split;
    occ.push_back({doc, changes && !first_here});
  }
  return lifecycle_of(corpus, sessions, occ, t.series, true);
}

}  // namespace ct::graph

// Lifecycles: where a thread or an entity appears in the sessions of the
// series it belongs to, and its status (CONTRACT.md thread `status`):
//   new           only in the newest session;
//   dropped       absent from the newest session;
//   intermittent  absent from a session between its first and the newest;
//   modified      (threads only) in every session since it first appeared,
//                 but reworded, amended, merged or split on the way;
//   persistent    in every session since it first appeared.
// Presence counts per session (Series::sessions), so the English and French
// texts of one sitting, or the items of one compilation, count once.
//
// An item can appear in several series (the threads and entities one
// body's resolution shares with another body's communiqués). Its lifecycle is
// computed in each of them (`per_series`), and overall:
//   - a thread over its timeline, every session of every series it runs
//     through in date order (the aligner's definition of Thread::status, so
//     both agree);
//   - an entity in its main series (CONTRACT: "every session of its series").
// The main series is the one it appears in the most sessions of (then the
// latest, then the preferred one): the series a report groups it under.
//
//   SessionIndex sessions(corpus);
//   graph::Lifecycle life = graph::thread_lifecycle(corpus, sessions, thread);
//   if (life.status == Status::Dropped) ...
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "model/corpus.h"
#include "model/session_index.h"

namespace ct::graph {

// A document an item appears in. Threads: `changed` when the member was
// reworded, amended, merged or split; `opens_series` for the thread's first
// member in that series (its change is told against another series).
struct Occurrence {
  std::size_t doc = 0;
  bool changed = false;
  bool opens_series = false;
};

// The life of an item in one series.
struct SeriesLife {
  std::size_t series = 0;                   // index into Corpus::series
  std::vector<std::size_t> present;         // sessions it appears in (indices, ascending)
  std::vector<std::size_t> absent;          // sessions since its first where it does not
  std::size_t first_doc = 0, last_doc = 0;  // documents of its first and last appearance
  bool changed = false;                     // changed after the first member in this series
  Status status = Status::New;
};

struct Lifecycle {
  std::size_t first_doc = 0, last_doc = 0;  // over every series (date order)
  Status status = Status::New;
  // Documents of the sessions it is absent from since it first appeared (of
  // its timeline for a thread, of its main series for an entity).
  std::vector<std::size_t> absent;
  // In Corpus::series order; empty only for an item that appears nowhere
  // (a thread without members).
  std::vector<SeriesLife> per_series;
  std::size_t main = 0;  // index into per_series: the main series

  bool empty() const { return per_series.empty(); }
  const SeriesLife& main_life() const { return per_series[main]; }
  const SeriesLife* in_series(std::size_t series) const;
};

// Status from presence: `present` are ascending session indices among
// `sessions` sessions; `changed` says whether the item was modified.
Status presence_status(const std::vector<std::size_t>& present, std::size_t sessions, bool changed,
                       bool can_be_modified);

enum class Overall {
  Timeline,    // threads: every session of every series it runs through
  MainSeries,  // entities: the sessions of its main series
};

// The lifecycle of an item from its occurrences. `preferred` (a series id,
// may be empty) wins ties when choosing the main series. Threads can be
// `modified`; entities cannot.
Lifecycle lifecycle_of(const Corpus& corpus, const SessionIndex& sessions,
                       const std::vector<Occurrence>& occurrences, std::string_view preferred,
                       Overall overall);

// A thread's lifecycle from its members; its status is the one CONTRACT.md
// gives Thread::status (the aligner may use it).
Lifecycle thread_lifecycle(const Corpus& corpus, const SessionIndex& sessions, const Thread& t);

// An entity's lifecycle from the clauses that mention it.
Lifecycle entity_lifecycle(const Corpus& corpus, const SessionIndex& sessions,
                           const std::vector<std::size_t>& mentions);

}  // namespace ct::graph

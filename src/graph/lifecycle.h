// Lifecycles: where a thread or an entity appears in the sessions of the
// series it belongs to, and its status (CONTRACT.md thread `status`):
//   new           only in the newest session of the series;
//   dropped       absent from the newest session;
//   intermittent  absent from a session between its first and the newest;
//   modified      (threads only) in every session since it first appeared,
//                 but reworded, amended, merged or split on the way;
//   persistent    in every session since it first appeared.
// Presence counts per session (Series::sessions), so the English and French
// texts of one sitting, or the items of one compilation, count once.
//
// An item can appear in several series (the threads and entities a
// resolution shares with a contact group's communiqués): its lifecycle is
// computed per series, and its overall status is the one of its main series,
// the series where it appears in the most sessions.
//
//   graph::SessionIndex sessions(corpus);
//   graph::Lifecycle life = graph::thread_lifecycle(corpus, sessions, thread);
//   if (life.status == Status::Dropped) ...
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "model/corpus.h"

namespace ct::graph {

// Where each document sits: its series and session, by document index.
class SessionIndex {
 public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  explicit SessionIndex(const Corpus& corpus);
  std::size_t series_of(std::size_t doc) const { return series_[doc]; }
  std::size_t session_of(std::size_t doc) const { return session_[doc]; }
  // Position of the document in Series::documents (date order).
  std::size_t rank_of(std::size_t doc) const { return rank_[doc]; }

 private:
  std::vector<std::size_t> series_, session_, rank_;
};

// A document an item appears in; `changed` when the appearance reworded,
// amended, merged or split the item (threads).
struct Occurrence {
  std::size_t doc = 0;
  bool changed = false;
};

// The life of an item in one series.
struct SeriesLife {
  std::size_t series = 0;                   // index into Corpus::series
  std::vector<std::size_t> present;         // sessions it appears in (indices, ascending)
  std::vector<std::size_t> absent;          // sessions since its first where it does not
  std::size_t first_doc = 0, last_doc = 0;  // documents of its first and last appearance
  bool changed = false;
  Status status = Status::New;
};

struct Lifecycle {
  std::size_t first_doc = 0, last_doc = 0;  // over every series (date order)
  Status status = Status::New;              // the status in the main series
  // In Corpus::series order; empty only for an item that appears nowhere
  // (a thread without members).
  std::vector<SeriesLife> per_series;
  std::size_t main = 0;  // index into per_series

  bool empty() const { return per_series.empty(); }
  const SeriesLife& main_life() const { return per_series[main]; }
  const SeriesLife* in_series(std::size_t series) const;
};

// Status from presence: `present` are ascending session indices among
// `sessions` sessions; `changed` says whether the item was modified.
Status presence_status(const std::vector<std::size_t>& present, std::size_t sessions, bool changed,
                       bool can_be_modified);

// The lifecycle of an item from its occurrences. `preferred`
// (a series id, may be empty) wins ties when choosing the main series.
// Threads can be `modified`; entities cannot.
Lifecycle lifecycle_of(const Corpus& corpus, const SessionIndex& sessions,
                       const std::vector<Occurrence>& occurrences, std::string_view preferred,
                       bool can_be_modified);

// A thread's lifecycle: its members' documents; a member other than the
// thread's first in a series that is reworded, amended, merged or split
// makes it modified. The aligner may use `.status` for Thread::status.
Lifecycle thread_lifecycle(const Corpus& corpus, const SessionIndex& sessions, const Thread& t);

}  // namespace ct::graph

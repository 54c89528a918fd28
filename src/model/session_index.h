// Where each document sits in the corpus: its series, its session within that
// series and its rank in the series' date order, computed once from
// Series::documents and Series::sessions (pipeline::order_series fills them).
// A document in no series answers SessionIndex::npos for all three.
//
//   SessionIndex where(corpus);
//   if (where.in_series(doc)) use(corpus.series[where.series_of(doc)]);
#pragma once

#include <cstddef>
#include <vector>

#include "model/corpus.h"

namespace ct {

class SessionIndex {
 public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  explicit SessionIndex(const Corpus& corpus);

  // Index into Corpus::series, or npos.
  std::size_t series_of(std::size_t doc) const { return series_[doc]; }
  // Index into that series' Series::sessions, or npos.
  std::size_t session_of(std::size_t doc) const { return session_[doc]; }
  // Position in that series' Series::documents (date order), or npos.
  std::size_t rank_of(std::size_t doc) const { return rank_[doc]; }
  bool in_series(std::size_t doc) const { return series_[doc] != npos; }

 private:
  std::vector<std::size_t> series_, session_, rank_;
};

// The sessions of `series` (indices, ascending) an item seen in sessions
// `seen` is measured against: those of the strands of `seen` and the
// sessions of `seen` in no strand (Session::strand), or every session when
// all of `seen` are in none, partial sessions (rollovers) only when seen;
// and the series' newest session when the series
// has gone past those strands by more than their longest interval (they
// ended).
std::vector<std::size_t> counted_sessions(const Series& series,
                                          const std::vector<std::size_t>& seen);

}  // namespace ct

// SessionIndex: one pass over the series of a corpus.
#include "model/session_index.h"

#include <algorithm>

namespace ct {

SessionIndex::SessionIndex(const Corpus& corpus)
    : series_(corpus.documents.size(), npos),
      session_(corpus.documents.size(), npos),
      rank_(corpus.documents.size(), npos) {
  for (std::size_t s = 0; s < corpus.series.size(); ++s) {
    const Series& series = corpus.series[s];
    for (std::size_t r = 0; r < series.documents.size(); ++r) {
      if (series.documents[r] >= series_.size()) continue;
      series_[series.documents[r]] = s;
      rank_[series.documents[r]] = r;
    }
    for (std::size_t k = 0; k < series.sessions.size(); ++k)
      for (std::size_t d : series.sessions[k].documents)
        if (d < session_.size()) session_[d] = k;
  }
}

std::vector<std::size_t> counted_sessions(const Series& series,
                                          const std::vector<std::size_t>& seen) {
  std::vector<int> strands;
  bool all = seen.empty();
  for (std::size_t k : seen) {
    int st = k < series.sessions.size() ? series.sessions[k].strand : -1;
    if (st < 0) all = true;
    strands.push_back(st);
  }
  std::vector<std::size_t> out;
  for (std::size_t k = 0; k < series.sessions.size(); ++k)
    if (all ||
        std::find(strands.begin(), strands.end(), series.sessions[k].strand) != strands.end())
      out.push_back(k);
  // A strand the series has gone past by more than its longest interval
  // (in sessions of the series) has ended: what it held is measured against
  // the series' newest session too, and is dropped, not new or persistent.
  const std::size_t newest = series.sessions.size() - 1;
  if (!all && !out.empty() && out.back() != newest) {
    std::size_t longest = 1;
    for (std::size_t i = 1; i < out.size(); ++i) longest = std::max(longest, out[i] - out[i - 1]);
    if (newest - out.back() > longest) out.push_back(newest);
  }
  return out;
}

}  // namespace ct

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
  std::vector<int> strands;        // strands of the sessions seen
  std::vector<std::size_t> alone;  // sessions seen that are in no strand
  for (std::size_t k : seen) {
    const int st = k < series.sessions.size() ? series.sessions[k].strand : -1;
    if (st < 0)
      alone.push_back(k);
    else
      strands.push_back(st);
  }
  // A partial session (a technical rollover) counts only when seen.
  auto counts = [&](std::size_t k) {
    return !series.sessions[k].partial || std::find(seen.begin(), seen.end(), k) != seen.end();
  };
  std::vector<std::size_t> out;
  if (strands.empty()) {  // seen only in texts of no strand (or nowhere): the whole series
    for (std::size_t k = 0; k < series.sessions.size(); ++k)
      if (counts(k)) out.push_back(k);
    return out;
  }
  for (std::size_t k = 0; k < series.sessions.size(); ++k)
    if (std::find(strands.begin(), strands.end(), series.sessions[k].strand) != strands.end() &&
        counts(k))
      out.push_back(k);
  // A strand the series has gone past by more than its longest interval
  // (in sessions of the series) has ended: what it held is measured against
  // the series' newest session too, and is dropped, not new or persistent.
  const std::size_t newest = series.sessions.size() - 1;
  if (!out.empty() && out.back() != newest) {
    std::size_t longest = 1;
    for (std::size_t i = 1; i < out.size(); ++i) longest = std::max(longest, out[i] - out[i - 1]);
    if (newest - out.back() > longest) out.push_back(newest);
  }
  // The texts of no strand it is in count as themselves only.
  out.insert(out.end(), alone.begin(), alone.end());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace ct

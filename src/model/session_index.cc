// SessionIndex: one pass over the series of a corpus.
#include "model/session_index.h"

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

}  // namespace ct

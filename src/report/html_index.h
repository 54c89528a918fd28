// Lookups the HTML report needs over the model, computed once: where each
// document sits (series, session), which thread members a clause is, which
// later versions were compared against it, which findings point at it, in
// which sessions of each series a thread appears and which sessions it is
// counted against (its strands: model/session_index.h). Also the anchors every
// section links to ("#thread-…", "#clause-…", "#doc-…", "#finding-…").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/corpus.h"
#include "model/session_index.h"

namespace ct::report {

struct MemberRef {
  std::size_t thread = 0, member = 0;
};

class ReportIndex {
 public:
  static constexpr std::size_t npos = SessionIndex::npos;

  explicit ReportIndex(const Corpus& corpus);

  std::size_t clause(std::string_view id) const;    // npos if unknown
  std::size_t document(std::string_view id) const;  // npos if unknown

  // Where each document sits (series, session); SessionIndex::npos (== npos)
  // when the document belongs to no listed series.
  const SessionIndex& sessions() const { return sessions_; }
  std::size_t series_of(std::size_t doc) const { return sessions_.series_of(doc); }
  std::size_t session_of(std::size_t doc) const { return sessions_.session_of(doc); }

  // Thread memberships of a clause, in thread order.
  const std::vector<MemberRef>& memberships(std::size_t clause) const {
    return memberships_[clause];
  }
  // Members whose `against` is this clause: its later versions.
  const std::vector<MemberRef>& successors(std::size_t clause) const { return successors_[clause]; }
  // True for the one membership of a clause that carries its "#clause-…"
  // anchor (the first); a clause in no thread has no anchor.
  bool anchored_here(std::size_t clause, MemberRef at) const;
  bool has_anchor(std::size_t clause) const { return !memberships_[clause].empty(); }

  // Findings located at a clause (indices into Corpus::findings).
  const std::vector<std::size_t>& findings_at(std::size_t clause) const {
    return findings_at_[clause];
  }

  // Members of thread `t` in each session of series `s` (one vector per
  // session of the series, empty where the thread is absent); empty when the
  // thread never appears in that series.
  const std::vector<std::vector<std::size_t>>& presence(std::size_t t, std::size_t s) const;
  // Per session of series `s`, whether thread `t` is measured against it
  // (model::counted_sessions of the sessions it is in): a session of
  // another strand of the series is not, and the thread is neither absent
  // from it nor back after it. Empty when the thread never appears in `s`.
  const std::vector<char>& counted(std::size_t t, std::size_t s) const;
  // Series (indices) a thread appears in, ascending.
  const std::vector<std::size_t>& thread_series(std::size_t t) const { return thread_series_[t]; }
  // Threads (indices) appearing in series `s`, ascending: those whose
  // presence(t, s) is not empty.
  const std::vector<std::size_t>& series_threads(std::size_t s) const { return series_threads_[s]; }
  // The series a thread is listed under: its own (Thread::series), else the
  // first it appears in; npos if none.
  std::size_t home_series(std::size_t t) const { return home_[t]; }

  // Anchors (element ids) and links. A clause without an anchor links to its
  // document.
  std::string clause_anchor(std::size_t clause) const;
  std::string clause_href(std::size_t clause) const;
  static std::string document_anchor(std::string_view doc_id);
  // "finding-" and the first 8 digits of the finding's fingerprint, so a
  // link to it survives other findings coming and going; findings whose
  // short forms repeat, ordered by fingerprint then place, get "-2", "-3"...
  // after the second on.
  const std::string& finding_anchor(std::size_t finding) const { return finding_anchors_[finding]; }
  static std::string series_anchor(std::string_view part, std::string_view series_id);

 private:
  const Corpus& corpus_;
  std::unordered_map<std::string_view, std::size_t> clause_ids_, doc_ids_;
  SessionIndex sessions_;
  std::vector<std::vector<MemberRef>> memberships_, successors_;
  std::vector<std::vector<std::size_t>> findings_at_;
  std::vector<std::vector<std::size_t>> thread_series_, series_threads_;
  std::vector<std::size_t> home_;
  // A thread in one series: its members in each session, and which sessions count.
  struct InSeries {
    std::size_t series = 0;
    std::vector<std::vector<std::size_t>> cells;
    std::vector<char> counted;
  };
  // presence_[t]: by series index; kept sparse (threads span few series).
  std::vector<std::vector<InSeries>> presence_;
  std::vector<std::string> finding_anchors_;
};

}  // namespace ct::report

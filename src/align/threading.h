// Threads of one series, built session by session in date order: each
// document's clauses are matched one-to-one (greedy by score, ties broken by
// clause then thread order) to the threads seen before, compared with each
// thread's latest member in the clause's language, its latest member overall
// and its recent members in the clause's language. One clause continues or
// merges a bounded number of threads. Then:
// - merged: a clause that contains the latest members of two or more
//   threads (or of one besides the thread it continues) joins each of them;
// - split: a clause contained in an earlier clause that another clause of
//   the document continues starts a thread whose first member is that
//   earlier clause (marked split);
// Candidates come from an inverted index of features to threads, looked up
// with each clause's rarest features: no all-pairs comparison.
#pragma once

#include <cstddef>
#include <vector>

#include "align/features.h"
#include "align/score.h"
#include "model/corpus.h"
#include "model/session_index.h"
#include "rules/rules.h"

namespace ct::align {

struct DraftMember {
  enum class Mark { None, Merged, Split };
  std::size_t clause = 0;
  Mark mark = Mark::None;
};

// A thread before its members are compared and named.
struct Draft {
  std::vector<DraftMember> members;
};

// The threads of `series` (a series of the corpus, or one strand of it:
// align/strands.h), members in processing (date) order. Scoring runs on
// `jobs` threads; the result does not depend on it.
std::vector<Draft> thread_series(const Corpus& corpus, const Series& series, const FeatureTable& f,
                                 const Params& p, int jobs);

// Joins the threads of two clauses of one document that say the same thing
// (a report's account of the meeting and its communiqué's opening, a recital
// restated as a resolution): the threader compares sessions, never the
// clauses of one document with each other. Two clauses restate each other
// when they score at least Params::restate, are both body paragraphs (not
// list items: an item says what its list is about) of two parts of the text
// (a recital and a decision, a report's account and its communiqué) naming
// the same act with the same verb, and their threads meet in no other
// document (threads that run side by side elsewhere are two statements). With
// CLAUSETRACK_RESTATEMENTS set, each join goes to stderr (score, clause ids, texts), to judge them
// by hand.
// Deterministic whatever `jobs` is.
void join_restatements(const Corpus& corpus, const FeatureTable& f, const Params& p,
                       std::vector<Draft>& drafts, int jobs = 1);

// Union-find over drafts: the root of draft `x` (paths halved on the way).
std::size_t draft_root(std::vector<std::size_t>& parent, std::size_t x);

// Replaces `drafts` by one draft per union-find root of `parent`, in the order
// of each root's first draft, members in draft order; a clause already in the
// joined draft is not added twice.
void regroup_drafts(std::vector<Draft>& drafts, std::vector<std::size_t>& parent);

// Links threads of different series whose clauses match strongly (score of
// at least Params::cross_series) in documents that share several such
// clauses; a joined thread holds at most one thread of each series.
void link_series(const Corpus& corpus, const FeatureTable& f, const Params& p, const Rules& rules,
                 std::vector<Draft>& drafts, int jobs);

}  // namespace ct::align

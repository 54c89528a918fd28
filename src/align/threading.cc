// Session-by-session threading of a series (see threading.h).
#include "align/threading.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

#include "util/parallel.h"

namespace ct::align {

namespace {

constexpr std::size_t kMaxPosting = 300;  // longer posting lists are too common to help
// Recent members of a thread a new clause is compared with (resisting drift:
// a clause may match an earlier wording better than the latest one).
constexpr std::size_t kRecent = 3;
// Most threads one clause may continue at once (merged threads share their
// latest member; unbounded, a long series piles them up on one clause).
constexpr std::size_t kMaxShared = 8;
// Share of the weaker of two agreeing scores added to a candidate (see
// candidates(); measured on unsc-dev with languages alternating by year).
constexpr double kAgree = 0.3;
// Least score of a clause paired by order with one of the previous session
// (fill_gaps), and the longest run so paired.
constexpr double kGapScore = 0.15;
constexpr std::size_t kMaxGap = 3;
// Least share of a clause inside one in another language for a split.
constexpr double kContainCross = 0.6;
// ... when the two score at least kSplitScore: a translation table misses
// words, so a part that matches its earlier clause strongly may hold less of
// it (on unsc-dev, a list item of Somalia's mandate split in two across
// languages scores 0.69-0.73 against it but holds 0.41-0.42 of it; English
// and French alternating F1 0.949 -> 0.950, six languages 0.947 -> 0.949).
constexpr double kContainStrong = 0.4;
constexpr double kSplitScore = 0.6;
// Threads another text of the session continued that a clause may branch
// from (branches()), and the least score of such a branch, in one language
// and across two.
constexpr std::size_t kBranchCandidates = 4;
constexpr double kBranchScore = 0.6;
constexpr double kBranchScoreCross = 0.45;

// Keeps the first `n` items of `v` by `before`, in that order: nth_element
// then sort, the same items in the same order as a partial sort (the order
// is total) in fewer steps.
template <typename T, typename Before>
void keep_best(std::vector<T>& v, std::size_t n, Before before) {
  const std::size_t keep = std::min(v.size(), n);
  const auto keep_end = v.begin() + static_cast<std::ptrdiff_t>(keep);
  if (keep < v.size()) std::nth_element(v.begin(), keep_end, v.end(), before);
  std::sort(v.begin(), keep_end, before);
  v.resize(keep);
}

struct Live {
  std::vector<DraftMember> members;
  std::size_t latest = 0;
  std::vector<std::pair<std::string, std::size_t>> by_language;  // latest member per language
  int last_session = -1;
  std::vector<FeatureId> posted;    // features indexed for this thread, sorted
  std::vector<std::size_t> recent;  // its latest kRecent members, oldest first
};

struct Candidate {
  std::uint32_t thread = 0;
  double score = 0;
  std::size_t rep = 0;  // the member compared with
  bool cross = false;   // rep in another language
};

class SeriesThreader {
 public:
  // Sessions are numbered as in `series` (a series, or one strand of it).
  SeriesThreader(const Corpus& corpus, const Series& series, const FeatureTable& f, const Params& p,
                 int jobs)
      : corpus_(corpus),
        session_(corpus.documents.size(), -1),
        previous_(corpus.documents.size(), -1),
        f_(f),
        p_(p),
        jobs_(jobs) {
    // The session before each document's in its strand (its text's: two
    // texts adopted the same day are one session of two strands), passing
    // over partial sessions (technical rollovers, Session::partial).
    std::map<int, int> last;  // strand -> its latest full session so far
    int last_full = -1;       // the latest full session of the series
    for (std::size_t k = 0; k < series.sessions.size(); ++k) {
      for (std::size_t d : series.sessions[k].documents) {
        if (d >= session_.size()) continue;
        session_[d] = static_cast<int>(k);
        const int st = corpus.documents[d].strand;
        auto it = st < 0 ? last.end() : last.find(st);
        previous_[d] = st < 0 ? last_full : it == last.end() ? -1 : it->second;
      }
      if (series.sessions[k].partial) continue;
      last_full = static_cast<int>(k);
      for (std::size_t d : series.sessions[k].documents)
        if (d < session_.size() && corpus.documents[d].strand >= 0)
          last[corpus.documents[d].strand] = static_cast<int>(k);
    }
  }

  void add_document(std::size_t doc, int session);
  std::vector<Draft> drafts() &&;

 private:
  const std::string& lang(std::size_t clause) const {
    return corpus_.documents[corpus_.clauses[clause].doc].language;
  }
  // The session of a clause's document in the series threaded; -1 outside it.
  int session_of(std::size_t clause) const { return session_[corpus_.clauses[clause].doc]; }
  // The session before document `doc`'s (of session `session`) in its
  // strand (Document::strand; the one just before it when it has none); -1
  // for none.
  int previous(std::size_t doc, int session) const {
    return doc < previous_.size() && session_[doc] == session ? previous_[doc] : session - 1;
  }
  // The score of a clause against an earlier member: pair_score, or -1 when
  // the member is of another strand of the series. Another mission's renewal
  // is never continued, however alike its set paragraphs ("Welcomes the
  // efforts of UNIFIL / of UNDOF to implement the zero tolerance policy"
  // score 0.85 on the archive, and one acronym apart more than 1); a
  // mandate's technical rollover is of its renewals' strand.
  double score(std::size_t clause, std::size_t rep, int session) const {
    if (other_strands(clause, rep)) return -1.0;
    return pair_score(corpus_, f_, clause, rep, session_of(rep) == session);
  }
  // Whether two clauses are of two strands of the series.
  bool other_strands(std::size_t a, std::size_t b) const {
    const int x = corpus_.documents[corpus_.clauses[a].doc].strand,
              y = corpus_.documents[corpus_.clauses[b].doc].strand;
    return x >= 0 && y >= 0 && x != y;
  }
  // Scratch space of one worker, reused from clause to clause.
  struct Scratch {
    std::vector<double> acc;  // by thread
    std::vector<std::uint32_t> touched;
    std::vector<Weighted> keys;
  };
  std::vector<Candidate> candidates(std::size_t clause, int session, Scratch& scratch,
                                    std::vector<std::uint32_t>& siblings) const;
  void join(std::uint32_t t, std::size_t clause, DraftMember::Mark mark, int session);
  std::uint32_t start(std::size_t clause, int session);
  void post(std::uint32_t t, std::size_t clause);
  void touch(std::uint32_t t, int session);
  static void remember(Live& th, std::size_t clause);
  double accept(const Candidate& c) const { return c.cross ? p_.accept_cross : p_.accept_same; }

  // The steps of add_document.
  struct Pass;
  bool body(std::size_t clause) const;
  void take(Pass& pass, std::size_t i, std::uint32_t t) const;
  void assign(Pass& pass) const;
  void fill_gaps(Pass& pass) const;
  void look_back(Pass& pass) const;
  void merges(Pass& pass);
  void splits(Pass& pass) const;
  void branches(Pass& pass) const;
  void apply(const Pass& pass);

  const Corpus& corpus_;
  std::vector<int> session_;   // by document
  std::vector<int> previous_;  // by document: see previous()
  const FeatureTable& f_;
  const Params& p_;
  int jobs_;
  std::vector<Live> threads_;
  std::vector<std::vector<std::uint32_t>> touched_;  // threads given a member, by session
  std::vector<Scratch> scratch_;                     // one per worker
  std::unordered_map<FeatureId, std::vector<std::uint32_t>> postings_;
  // Threads whose latest member is a clause (several after a merge).
  std::unordered_map<std::size_t, std::vector<std::uint32_t>> heads_;
};

std::vector<Candidate> SeriesThreader::candidates(std::size_t clause, int session, Scratch& scratch,
                                                  std::vector<std::uint32_t>& siblings) const {
  const ClauseFeatures& cf = f_.clauses[clause];
  const std::string& l = lang(clause);
  // The rarest features of the clause, in any of its views.
  std::vector<Weighted>& keys = scratch.keys;
  keys.assign(cf.native.items.begin(), cf.native.items.end());
  for (const auto& [pl, v] : cf.pivots) keys.insert(keys.end(), v.items.begin(), v.items.end());
  auto rarer = [](const Weighted& a, const Weighted& b) {
    return a.w != b.w ? a.w > b.w : a.id < b.id;
  };
  keep_best(keys, 4 * p_.lookup, rarer);
  // Threads sharing them, weighted by what they share (a dense array reused
  // from clause to clause, reset through the list of threads touched).
  if (scratch.acc.size() < threads_.size()) scratch.acc.resize(threads_.size(), 0.0);
  scratch.touched.clear();
  std::size_t used = 0;
  FeatureId last = 0;
  for (const Weighted& k : keys) {
    if (used >= p_.lookup) break;
    if (k.id == last) continue;
    last = k.id;
    auto it = postings_.find(k.id);
    if (it == postings_.end() || it->second.size() > kMaxPosting) continue;
    ++used;
    for (std::uint32_t t : it->second) {
      if (scratch.acc[t] == 0.0) scratch.touched.push_back(t);
      scratch.acc[t] += k.w;
    }
  }
  std::vector<std::pair<double, std::uint32_t>> ranked, beside;
  ranked.reserve(scratch.touched.size());
  const std::size_t doc = corpus_.clauses[clause].doc;
  for (std::uint32_t t : scratch.touched) {
    double w = scratch.acc[t];
    scratch.acc[t] = 0.0;
    // Texts of one session in one language (items of a compilation) are not
    // versions of each other; a thread another text of the session
    // continued may branch (branches()).
    const Live& th = threads_[t];
    bool sibling = false, other_text = false;
    for (const auto& [tl, c] : th.by_language)
      if (tl == l && session_of(c) == session)
        sibling = true, other_text = corpus_.clauses[c].doc != doc;
    if (!sibling)
      ranked.emplace_back(w, t);
    else if (other_text)
      beside.emplace_back(w, t);
  }
  auto better = [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  };
  keep_best(ranked, p_.candidates, better);
  keep_best(beside, kBranchCandidates, better);
  siblings.clear();
  for (auto [w, t] : beside) siblings.push_back(t);

  std::vector<Candidate> out;
  for (auto [w, t] : ranked) {
    const Live& th = threads_[t];
    std::size_t same = th.latest;
    for (const auto& [tl, c] : th.by_language)
      if (tl == l) same = c;
    Candidate best{t, -1, th.latest, false};
    auto consider = [&](std::size_t rep) {
      double s = score(clause, rep, session);
      if (s > best.score) best = {t, s, rep, lang(rep) != l};
      return s;
    };
    double s_same = consider(same), s_latest = s_same;
    if (same != th.latest) s_latest = consider(th.latest);
    for (std::size_t r : th.recent)
      if (r != same && r != th.latest && lang(r) == l) consider(r);
    // A clause that matches both the thread's latest member (in another
    // language) and its last one in the clause's own language is the
    // likelier continuation: two witnesses agree.
    if (same != th.latest) best.score += kAgree * std::max(0.0, std::min(s_same, s_latest));
    // Across languages, structure (number, position, act) does not carry a
    // link whose words barely agree: such a pair scores its words alone.
    if (best.cross) {
      double text = text_similarity(cf, l, f_.clauses[best.rep], lang(best.rep));
      if (text < p_.cross_text) best.score = std::min(best.score, text);
    }
    // A thread absent from the previous session comes back only on stronger
    // evidence.
    if (th.last_session >= 0 && previous(corpus_.clauses[clause].doc, session) > th.last_session)
      best.score -= p_.reappear_penalty;
    out.push_back(best);
  }
  std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
    return a.score != b.score ? a.score > b.score : a.thread < b.thread;
  });
  return out;
}

void SeriesThreader::post(std::uint32_t t, std::size_t clause) {
  const ClauseFeatures& cf = f_.clauses[clause];
  std::vector<FeatureId> ids;
  for (const auto& w : cf.native.items) ids.push_back(w.id);
  for (const auto& [l, v] : cf.pivots)
    for (const auto& w : v.items) ids.push_back(w.id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  Live& th = threads_[t];
  std::vector<FeatureId> fresh;
  std::set_difference(ids.begin(), ids.end(), th.posted.begin(), th.posted.end(),
                      std::back_inserter(fresh));
  for (FeatureId id : fresh) postings_[id].push_back(t);
  std::vector<FeatureId> merged;
  std::merge(th.posted.begin(), th.posted.end(), fresh.begin(), fresh.end(),
             std::back_inserter(merged));
  th.posted = std::move(merged);
}

void SeriesThreader::join(std::uint32_t t, std::size_t clause, DraftMember::Mark mark,
                          int session) {
  Live& th = threads_[t];
  th.members.push_back({clause, mark});
  auto& old_heads = heads_[th.latest];
  old_heads.erase(std::remove(old_heads.begin(), old_heads.end(), t), old_heads.end());
  if (old_heads.empty()) heads_.erase(th.latest);
  th.latest = clause;
  heads_[clause].push_back(t);
  bool found = false;
  for (auto& [l, c] : th.by_language)
    if (l == lang(clause)) c = clause, found = true;
  if (!found) th.by_language.emplace_back(lang(clause), clause);
  th.last_session = std::max(th.last_session, session);
  remember(th, clause);
  touch(t, session);
  post(t, clause);
}

void SeriesThreader::remember(Live& th, std::size_t clause) {
  if (std::find(th.recent.begin(), th.recent.end(), clause) != th.recent.end()) return;
  th.recent.push_back(clause);
  if (th.recent.size() > kRecent) th.recent.erase(th.recent.begin());
}

void SeriesThreader::touch(std::uint32_t t, int session) {
  if (session < 0) return;
  if (touched_.size() <= static_cast<std::size_t>(session)) touched_.resize(session + 1);
  auto& v = touched_[session];
  if (v.empty() || v.back() != t) v.push_back(t);
}

std::uint32_t SeriesThreader::start(std::size_t clause, int session) {
  auto t = static_cast<std::uint32_t>(threads_.size());
  threads_.emplace_back();
  Live& th = threads_.back();
  th.members.push_back({clause, DraftMember::Mark::None});
  th.latest = clause;
  th.by_language.emplace_back(lang(clause), clause);
  th.last_session = session;
  remember(th, clause);
  heads_[clause].push_back(t);
  touch(t, session);
  post(t, clause);
  return t;
}

// The state of one document's pass, shared by the steps of add_document.
struct SeriesThreader::Pass {
  const Document& d;
  int session;
  std::size_t first, n;
  std::vector<std::vector<Candidate>> cands;             // by clause (i)
  std::vector<std::vector<std::uint32_t>> cont;          // threads each clause continues
  std::unordered_map<std::uint32_t, std::size_t> taken;  // thread -> clause (i)
  std::vector<std::vector<std::uint32_t>> merged_into;   // threads each clause merges
  std::vector<std::size_t> split_from;                   // earlier clause each part splits
  std::vector<std::vector<std::uint32_t>> siblings;      // threads another text continued here
};

void SeriesThreader::add_document(std::size_t doc, int session) {
  const Document& d = corpus_.documents[doc];
  const std::size_t n = d.clause_count;
  if (n == 0) return;
  Pass pass{d,
            session,
            d.first_clause,
            n,
            std::vector<std::vector<Candidate>>(n),
            std::vector<std::vector<std::uint32_t>>(n),
            {},
            std::vector<std::vector<std::uint32_t>>(n),
            std::vector<std::size_t>(n, SIZE_MAX),
            std::vector<std::vector<std::uint32_t>>(n)};
  const int workers = n >= 16 ? jobs_ : 1;
  if (scratch_.size() < static_cast<std::size_t>(workers)) scratch_.resize(workers);
  parallel_for(n, workers, [&](int w, std::size_t i) {
    pass.cands[i] = candidates(d.first_clause + i, session, scratch_[static_cast<std::size_t>(w)],
                               pass.siblings[i]);
  });
  assign(pass);
  fill_gaps(pass);
  look_back(pass);
  merges(pass);
  splits(pass);
  branches(pass);
  apply(pass);
}

// Only paragraphs of the body with a few words merge or split (not titles,
// headings or signatures).
bool SeriesThreader::body(std::size_t clause) const {
  return f_.clauses[clause].words >= p_.min_words && body_role(corpus_.clauses[clause].role);
}

// A clause continues a thread, and with it the threads merged into the
// same latest member.
void SeriesThreader::take(Pass& pass, std::size_t i, std::uint32_t t) const {
  std::vector<std::uint32_t> group{t};
  if (auto h = heads_.find(threads_[t].latest); h != heads_.end())
    for (std::uint32_t g : h->second)
      if (g != t && !pass.taken.count(g) && group.size() < kMaxShared) group.push_back(g);
  for (std::uint32_t g : group) {
    pass.taken[g] = i;
    pass.cont[i].push_back(g);
  }
}

// 1. One-to-one assignment, greedy by score.
void SeriesThreader::assign(Pass& pass) const {
  struct Pair {
    double score;
    std::size_t i;
    std::uint32_t t;
  };
  std::vector<Pair> pairs;
  for (std::size_t i = 0; i < pass.n; ++i)
    for (const Candidate& c : pass.cands[i])
      if (c.score >= accept(c)) pairs.push_back({c.score, i, c.thread});
  std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.i != b.i ? a.i < b.i : a.t < b.t;
  });
  for (const Pair& p : pairs)
    if (pass.cont[p.i].empty() && !pass.taken.count(p.t)) take(pass, p.i, p.t);
}

// 1b. Order. Consecutive sessions keep most paragraphs in order: a run of
// clauses left alone between two clauses that continue neighbours of one
// earlier document, as many as the clauses left alone between those, pairs
// with them one by one on a lower score (kGapScore) when their threads are
// free. The document's ends count as continued neighbours. In a report's
// prose of one language, a run one clause longer or shorter than the other
// pairs too, one clause left alone (a paragraph dropped, added or moved).
void SeriesThreader::fill_gaps(Pass& pass) const {
  const int before = previous(corpus_.clauses[pass.first].doc, pass.session);
  if (before < 0) return;
  // The earlier clause each clause continues, when it is the latest member
  // of one thread, of the previous session, and single.
  auto earlier = [&](std::size_t i) -> std::size_t {
    if (pass.cont[i].size() != 1) return SIZE_MAX;
    std::size_t rep = threads_[pass.cont[i].front()].latest;
    return session_of(rep) == before ? rep : SIZE_MAX;
  };
  auto free_thread = [&](std::size_t clause) -> std::optional<std::uint32_t> {
    auto h = heads_.find(clause);
    if (h == heads_.end() || h->second.size() != 1 || pass.taken.count(h->second.front()))
      return std::nullopt;
    return h->second.front();
  };
  std::size_t i0 = SIZE_MAX, q0 = SIZE_MAX;  // the last anchor: clause (i) and earlier clause
  for (std::size_t i = 0; i <= pass.n; ++i) {
    std::size_t q = i < pass.n ? earlier(i) : SIZE_MAX;
    if (i < pass.n && q == SIZE_MAX) {
      if (!pass.cont[i].empty()) i0 = SIZE_MAX - 1;  // continues something else: no anchor
      continue;
    }
    // The run between the anchors i0 and i, earlier clauses q0+1 .. q-1 of one document.
    std::size_t gap = i - (i0 == SIZE_MAX ? 0 : i0 + 1);
    if (i0 != SIZE_MAX - 1 && gap > 0 && gap <= kMaxGap) {
      std::size_t doc = q != SIZE_MAX    ? corpus_.clauses[q].doc
                        : q0 != SIZE_MAX ? corpus_.clauses[q0].doc
                                         : SIZE_MAX;
      if (doc != SIZE_MAX) {
        const Document& d = corpus_.documents[doc];
        std::size_t from = q0 != SIZE_MAX ? q0 + 1 : d.first_clause;
        std::size_t to = q != SIZE_MAX ? q : d.first_clause + d.clause_count;
        bool one_doc = (q0 == SIZE_MAX || corpus_.clauses[q0].doc == doc) && to >= from;
        const std::size_t m = to - from;
        // Runs of unequal length only in one language: across languages
        // scores this low do not tell which clause stays alone.
        const bool uneven = m != gap && d.language == pass.d.language;
        if (one_doc && (m == gap || (uneven && m + 1 >= gap && m <= gap + 1))) {
          // Pairs in order: with runs of one length, the clauses one by one
          // as they stand; else, one clause of the longer run left alone,
          // the one whose absence gives the best sum of the scores of pairs
          // scoring at least kGapScore.
          auto score = [&](std::size_t k, std::size_t j) {
            std::size_t ii = i - gap + k, qq = from + j;
            if (!pass.cont[ii].empty() || !free_thread(qq) || session_of(qq) != before ||
                other_acts(f_.clauses[qq], f_.clauses[pass.first + ii]))
              return -1.0;
            // Uneven runs pair only a report's prose: its account of a
            // meeting keeps its order as paragraphs come and go.
            if (m != gap && (corpus_.clauses[qq].role != Role::Narrative ||
                             corpus_.clauses[pass.first + ii].role != Role::Narrative))
              return -1.0;
            double s = pair_score(corpus_, f_, pass.first + ii, qq, false);
            return s >= kGapScore ? s : -1.0;
          };
          std::vector<std::pair<std::size_t, std::size_t>> pairs;
          if (m == gap) {
            for (std::size_t k = 0; k < gap; ++k)
              if (score(k, k) >= 0) pairs.emplace_back(k, k);
          } else {
            // Which clause of the longer run stays alone.
            double best = 0;
            const std::size_t longer = std::max(m, gap);
            for (std::size_t skip = 0; skip < longer; ++skip) {
              std::vector<std::pair<std::size_t, std::size_t>> here;
              double sum = 0;
              for (std::size_t x = 0, y = 0; x < longer; ++x) {
                if (x == skip) continue;
                std::size_t k = gap > m ? x : y, j = gap > m ? y : x;
                ++y;
                if (double s = score(k, j); s >= 0) sum += s, here.emplace_back(k, j);
              }
              if (sum > best) best = sum, pairs = std::move(here);
            }
          }
          for (auto [k, j] : pairs)
            if (auto t = free_thread(from + j)) take(pass, i - gap + k, *t);
        }
      }
    }
    i0 = i;
    q0 = q;
  }
}

// Threads of the previous session left without a continuation are looked
// up from their side too: a clause that sums up several of them may not
// find them among its own candidates.
void SeriesThreader::look_back(Pass& pass) const {
  const int before = previous(corpus_.clauses[pass.first].doc, pass.session);
  if (before < 0 || static_cast<std::size_t>(before) >= touched_.size()) return;
  const std::string& l = pass.d.language;
  std::unordered_map<FeatureId, std::vector<std::size_t>> local;
  for (std::size_t i = 0; i < pass.n; ++i)
    for (const Weighted& w : f_.clauses[pass.first + i].native.items) local[w.id].push_back(i);
  // What each clause of the document shares with a thread's clause (a dense
  // array reset through the list of clauses it touched).
  std::vector<double> acc(pass.n, 0.0);
  std::vector<char> is_hit(pass.n, 0);
  std::vector<std::size_t> hit;
  for (std::uint32_t t : touched_[before]) {
    if (pass.taken.count(t)) continue;
    const Live& th = threads_[t];
    std::size_t rep = th.latest;
    for (const auto& [tl, c] : th.by_language)
      if (tl == l && session_of(c) == before) rep = c;
    if (session_of(rep) != before || lang(rep) != l || !body(rep)) continue;
    std::vector<Weighted> keys = f_.clauses[rep].native.items;
    std::sort(keys.begin(), keys.end(), [](const Weighted& a, const Weighted& b) {
      return a.w != b.w ? a.w > b.w : a.id < b.id;
    });
    if (keys.size() > p_.lookup) keys.resize(p_.lookup);
    hit.clear();
    for (const Weighted& k : keys)
      if (auto it = local.find(k.id); it != local.end())
        for (std::size_t i : it->second) {
          if (!is_hit[i]) is_hit[i] = 1, hit.push_back(i);
          acc[i] += k.w;
        }
    std::vector<std::pair<double, std::size_t>> best;
    for (std::size_t i : hit) best.emplace_back(-acc[i], i), acc[i] = 0.0, is_hit[i] = 0;
    std::sort(best.begin(), best.end());
    if (best.size() > 3) best.resize(3);
    for (auto [w, i] : best) {
      bool known = false;
      for (const Candidate& c : pass.cands[i]) known |= c.thread == t;
      if (!known)
        pass.cands[i].push_back({t, score(pass.first + i, rep, pass.session), rep, false});
    }
  }
}

// 2. Merges. For the latest member of every thread left without a
// continuation, the clause of this document that contains it best; a
// clause containing two or more such members (or one besides the thread it
// continues), and mostly made of them, merges them.
void SeriesThreader::merges(Pass& pass) {
  const std::size_t first = pass.first, n = pass.n;
  const std::string& l = pass.d.language;
  std::map<std::size_t, std::pair<double, std::size_t>> container;  // head -> (share, i)
  std::map<std::size_t, std::size_t> rep_of_head;
  for (std::size_t i = 0; i < n; ++i)
    for (const Candidate& c : pass.cands[i]) {
      if (pass.taken.count(c.thread) || !body(c.rep)) continue;
      if (other_acts(f_.clauses[c.rep], f_.clauses[first + i])) continue;
      // Another strand's clauses are not merged: they share set phrases.
      if (other_strands(c.rep, pass.first)) continue;
      double share = c.score >= p_.contain_score
                         ? contained(f_.clauses[c.rep], lang(c.rep), f_.clauses[first + i], l)
                         : 0.0;
      // A list item is about what it says first: its opening words may be
      // all that a clause summing up several items keeps of it.
      if (corpus_.clauses[c.rep].depth > 0 && lang(c.rep) == l &&
          opening_kept(corpus_.clauses[c.rep], corpus_.clauses[first + i]) >= p_.opening)
        share = std::max(share, p_.contain);
      if (share < p_.contain) continue;
      std::size_t head = threads_[c.thread].latest;
      rep_of_head.emplace(head, c.rep);
      auto it = container.find(head);
      if (it == container.end() || share > it->second.first) container[head] = {share, i};
    }
  std::vector<std::vector<std::size_t>> absorbed(n);
  for (const auto& [head, where] : container) absorbed[where.second].push_back(head);
  for (std::size_t i = 0; i < n; ++i) {
    const auto& a = absorbed[i];
    if (a.empty()) continue;
    if (pass.cont[i].empty() && a.size() == 1) {
      // One earlier clause inside this one: a longer version of it.
      const Candidate* c = nullptr;
      for (const Candidate& x : pass.cands[i])
        if (threads_[x.thread].latest == a[0]) c = &x;
      if (c && c->score >= p_.version_score) take(pass, i, c->thread);
      continue;
    }
    if (!body(first + i)) continue;
    // The parts must explain most of the merged clause.
    std::vector<const ClauseFeatures*> parts;
    std::string parts_lang;
    bool one_language = true;
    std::set<std::size_t> lead_ins;
    auto add_part = [&](std::size_t rep) {
      parts.push_back(&f_.clauses[rep]);
      if (parts_lang.empty()) parts_lang = lang(rep);
      one_language &= parts_lang == lang(rep);
      // A list item's lead-in ("Demands that the Government:") is part of
      // what it says.
      if (auto parent = corpus_.clauses[rep].parent; parent && lead_ins.insert(*parent).second)
        parts.push_back(&f_.clauses[*parent]);
    };
    for (std::size_t head : a) add_part(rep_of_head[head]);
    if (!one_language) continue;
    if (!pass.cont[i].empty()) {
      const Candidate* c = nullptr;
      for (const Candidate& x : pass.cands[i])
        if (x.thread == pass.cont[i].front()) c = &x;
      std::size_t rep = c ? c->rep : threads_[pass.cont[i].front()].latest;
      if (lang(rep) == parts_lang) add_part(rep);
    }
    if (a.size() + pass.cont[i].size() < 2) continue;
    ClauseFeatures together = unite(parts);
    double covered = contained(f_.clauses[first + i], l, together, parts_lang);
    // Three or more earlier clauses found in one are evidence enough for a
    // clause that also says new things.
    std::size_t merging = a.size() + pass.cont[i].size();
    if (covered < (merging >= 3 ? p_.cover_many : p_.cover)) continue;
    for (std::size_t head : a)
      for (std::uint32_t t : heads_[head])
        if (!pass.taken.count(t) && pass.cont[i].size() + pass.merged_into[i].size() < kMaxShared) {
          pass.taken[t] = i;
          pass.merged_into[i].push_back(t);
        }
  }
}

// 3. Splits. A clause left alone that an earlier clause contains: when no
// clause continues that earlier clause, a shorter version of it; when one
// does, and the two (or more) parts explain most of the earlier clause, a
// split.
void SeriesThreader::splits(Pass& pass) const {
  const std::size_t first = pass.first;
  const std::string& l = pass.d.language;
  std::map<std::size_t, std::vector<std::size_t>> parts_of;  // earlier clause -> new parts
  for (std::size_t i = 0; i < pass.n; ++i) {
    if (!pass.cont[i].empty() || !pass.merged_into[i].empty() || !body(first + i)) continue;
    double best = 0;
    const Candidate* pick = nullptr;
    for (const Candidate& c : pass.cands[i]) {
      if (c.score < p_.contain_score) continue;
      if (!body(c.rep) || other_acts(f_.clauses[c.rep], f_.clauses[first + i])) continue;
      if (other_strands(c.rep, pass.first)) continue;
      double share = contained(f_.clauses[first + i], l, f_.clauses[c.rep], lang(c.rep));
      double need = p_.contain;
      if (lang(c.rep) != l)
        need = share < kContainCross && share >= kContainStrong &&
                       pair_score(corpus_, f_, first + i, c.rep, false) >= kSplitScore
                   ? kContainStrong
                   : kContainCross;
      if (share >= need && share >= best) best = share, pick = &c;
    }
    if (!pick) continue;
    auto it = pass.taken.find(pick->thread);
    if (it == pass.taken.end()) {
      if (pick->score >= p_.version_score) take(pass, i, pick->thread);
    } else if (it->second != i && threads_[pick->thread].latest == pick->rep) {
      auto& parts = parts_of[pick->rep];
      if (parts.empty()) parts.push_back(it->second);
      parts.push_back(i);
    }
  }
  for (const auto& [old, parts] : parts_of) {
    std::vector<const ClauseFeatures*> fs;
    for (std::size_t i : parts) fs.push_back(&f_.clauses[first + i]);
    ClauseFeatures together = unite(fs);
    if (contained(f_.clauses[old], lang(old), together, l) <
        (lang(old) == l ? p_.cover : p_.cover_cross))
      continue;
    for (std::size_t k = 1; k < parts.size(); ++k) pass.split_from[parts[k]] = old;
  }
}

// 3b. Branches. A text that two texts of one session carry on (a regime
// split in two, each renewing the paragraphs they inherit) continues it in
// both: a clause left alone that reads as a version of the earlier member
// of a thread another text of the session continued (a thread its own
// text cannot take: candidates() leaves such siblings out) starts a thread
// split from that member. Versions only (kBranchScore): texts of one
// session that share a set phrase do not continue each other's clauses.
void SeriesThreader::branches(Pass& pass) const {
  const int before = previous(corpus_.clauses[pass.first].doc, pass.session);
  if (before < 0) return;
  struct Pick {
    double score;
    std::size_t i, rep;
  };
  std::vector<Pick> picks;
  for (std::size_t i = 0; i < pass.n; ++i) {
    const std::size_t clause = pass.first + i;
    if (!pass.cont[i].empty() || !pass.merged_into[i].empty() || pass.split_from[i] != SIZE_MAX ||
        !body(clause))
      continue;
    for (std::uint32_t t : pass.siblings[i])
      for (const DraftMember& m : threads_[t].members) {
        if (session_of(m.clause) != before || !body(m.clause)) continue;
        const double s = score(clause, m.clause, pass.session);
        if (s >= (lang(m.clause) == pass.d.language ? kBranchScore : kBranchScoreCross))
          picks.push_back({s, i, m.clause});
      }
  }
  std::sort(picks.begin(), picks.end(), [](const Pick& a, const Pick& b) {
    return a.score != b.score ? a.score > b.score : std::tie(a.i, a.rep) < std::tie(b.i, b.rep);
  });
  std::set<std::size_t> used;
  for (const Pick& p : picks)
    if (pass.split_from[p.i] == SIZE_MAX && used.insert(p.rep).second) pass.split_from[p.i] = p.rep;
}

// 4. Apply, in clause order.
void SeriesThreader::apply(const Pass& pass) {
  for (std::size_t i = 0; i < pass.n; ++i) {
    std::size_t clause = pass.first + i;
    auto mark = pass.merged_into[i].empty() ? DraftMember::Mark::None : DraftMember::Mark::Merged;
    std::vector<std::uint32_t> all = pass.cont[i];
    all.insert(all.end(), pass.merged_into[i].begin(), pass.merged_into[i].end());
    std::sort(all.begin(), all.end());
    for (std::uint32_t t : all) join(t, clause, mark, pass.session);
    if (pass.split_from[i] != SIZE_MAX) {
      std::size_t old = pass.split_from[i];
      std::uint32_t t = start(old, session_of(old));
      threads_[t].members.back().mark = DraftMember::Mark::Split;
      join(t, clause, DraftMember::Mark::None, pass.session);
    } else if (all.empty()) {
      start(clause, pass.session);
    }
  }
}

std::vector<Draft> SeriesThreader::drafts() && {
  std::vector<Draft> out;
  out.reserve(threads_.size());
  for (Live& t : threads_) out.push_back({std::move(t.members)});
  return out;
}

}  // namespace

std::vector<Draft> thread_series(const Corpus& corpus, const Series& series, const FeatureTable& f,
                                 const Params& p, int jobs) {
  SeriesThreader threader(corpus, series, f, p, jobs);
  for (std::size_t k = 0; k < series.sessions.size(); ++k)
    for (std::size_t d : series.sessions[k].documents)
      threader.add_document(d, static_cast<int>(k));
  return std::move(threader).drafts();
}

namespace {

// Features found in more clauses of one document are its set words: they do
// not tell restatements apart.
constexpr std::size_t kMaxLocal = 12;

}  // namespace

void join_restatements(const Corpus& corpus, const FeatureTable& f, const Params& p,
                       std::vector<Draft>& drafts, int jobs) {
  std::vector<std::vector<std::uint32_t>> drafts_of(corpus.clauses.size());
  for (std::size_t k = 0; k < drafts.size(); ++k)
    for (const DraftMember& m : drafts[k].members) drafts_of[m.clause].push_back(std::uint32_t(k));
  auto body = [&](std::size_t c) {
    return f.clauses[c].words >= p.min_words && !frame_role(corpus.clauses[c].role);
  };
  // Candidate pairs of each document through its shared features (the dot
  // product of their vectors, accumulated feature by feature); documents on
  // `jobs` workers, each with its own scratch space.
  struct Pair {
    double score;
    std::size_t a, b;
  };
  struct Scratch {
    std::unordered_map<FeatureId, std::vector<std::pair<std::size_t, float>>> local;
    std::vector<double> dot;
    // The later clauses sharing a feature with clause i, in order (their
    // products reset after each clause): the others' dot product is 0.
    std::vector<std::size_t> touched;
    std::vector<char> is_touched;
  };
  std::vector<std::vector<Pair>> found(corpus.documents.size());
  std::vector<Scratch> scratch(static_cast<std::size_t>(std::max(1, jobs)));
  parallel_for(corpus.documents.size(), jobs, [&](int worker, std::size_t di) {
    const Document& d = corpus.documents[di];
    auto& [local, dot, touched, is_touched] = scratch[static_cast<std::size_t>(worker)];
    std::vector<Pair>& pairs = found[di];
    local.clear();
    for (std::size_t c = d.first_clause; c < d.first_clause + d.clause_count; ++c)
      if (body(c))
        for (const Weighted& w : f.clauses[c].native.items)
          local[w.id].emplace_back(c - d.first_clause, w.w);
    dot.assign(d.clause_count, 0.0);
    is_touched.assign(d.clause_count, 0);
    touched.clear();
    for (std::size_t i = 0; i < d.clause_count; ++i) {
      const std::size_t a = d.first_clause + i;
      if (!body(a)) continue;
      for (std::size_t j : touched) dot[j] = 0.0, is_touched[j] = 0;
      touched.clear();
      for (const Weighted& w : f.clauses[a].native.items) {
        const auto& v = local[w.id];
        if (v.size() > kMaxLocal) continue;  // set words of the document
        for (const auto& [j, wj] : v)
          if (j > i) {
            dot[j] += double(w.w) * wj;
            if (!is_touched[j]) is_touched[j] = 1, touched.push_back(j);
          }
      }
      std::sort(touched.begin(), touched.end());
      for (std::size_t j : touched) {
        const std::size_t b = d.first_clause + j;
        const Vec &va = f.clauses[a].native, &vb = f.clauses[b].native;
        // The structure adds little beyond the words: a pair far below the
        // threshold in words is not scored.
        if (dot[j] <= 0 || dot[j] < (p.restate - 0.35) * double(va.norm) * double(vb.norm))
          continue;
        const Clause &ca = corpus.clauses[a], &cb = corpus.clauses[b];
        // Paragraphs, not list items (an item says what its list is about),
        // doing the same thing.
        if (ca.parent || cb.parent || f.clauses[a].act != f.clauses[b].act) continue;
        // ... in two parts of the text (a recital and a decision, a report's
        // account and its communiqué): two paragraphs of one part, however
        // alike, are two decisions ("Decides to extend the mandate until X",
        // "Decides to extend the authorization until X").
        if (ca.role == cb.role) continue;
        // A text restating itself repeats its verb; two verbs of one class
        // ("Decides that ...", "Requests that ...") are two decisions.
        // Paragraphs of a resolution open with their verb even when it names
        // no act ("Having considered", "Endorses"); a report's prose does not.
        auto led = [](Role r) { return r == Role::Preambular || r == Role::Operative; };
        if ((f.clauses[a].act != 0 || (led(ca.role) && led(cb.role))) &&
            opening_stem(ca) != opening_stem(cb))
          continue;
        double s = pair_score(corpus, f, a, b, false);
        if (s >= p.restate) pairs.push_back({s, a, b});
      }
    }
  });
  std::vector<Pair> pairs;
  for (auto& v : found) pairs.insert(pairs.end(), v.begin(), v.end());
  if (pairs.empty()) return;
  std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) {
    return x.score != y.score ? x.score > y.score : std::tie(x.a, x.b) < std::tie(y.a, y.b);
  });
  std::vector<std::size_t> parent(drafts.size());
  std::vector<std::vector<std::size_t>> docs(drafts.size());  // by root, sorted
  for (std::size_t k = 0; k < drafts.size(); ++k) {
    parent[k] = k;
    for (const DraftMember& m : drafts[k].members) docs[k].push_back(corpus.clauses[m.clause].doc);
    std::sort(docs[k].begin(), docs[k].end());
    docs[k].erase(std::unique(docs[k].begin(), docs[k].end()), docs[k].end());
  }
  bool any = false;
  const bool log = std::getenv("CLAUSETRACK_RESTATEMENTS") != nullptr;
  for (const Pair& pr : pairs) {
    const std::size_t here = corpus.clauses[pr.a].doc;
    for (std::uint32_t da : drafts_of[pr.a])
      for (std::uint32_t db : drafts_of[pr.b]) {
        std::size_t x = draft_root(parent, da), y = draft_root(parent, db);
        if (x == y) continue;
        std::vector<std::size_t> both;
        std::set_intersection(docs[x].begin(), docs[x].end(), docs[y].begin(), docs[y].end(),
                              std::back_inserter(both));
        if (both.size() != 1 || both.front() != here) continue;  // side by side elsewhere
        if (y < x) std::swap(x, y);
        parent[y] = x;
        std::vector<std::size_t> u;
        std::set_union(docs[x].begin(), docs[x].end(), docs[y].begin(), docs[y].end(),
                       std::back_inserter(u));
        docs[x] = std::move(u);
        any = true;
        if (log)
          std::fprintf(stderr, "restatement\t%.3f\t%s\t%s\t%s\t%s\n", pr.score,
                       corpus.clauses[pr.a].id.c_str(), corpus.clauses[pr.b].id.c_str(),
                       corpus.clauses[pr.a].text.c_str(), corpus.clauses[pr.b].text.c_str());
      }
  }
  if (any) regroup_drafts(drafts, parent);
}

std::size_t draft_root(std::vector<std::size_t>& parent, std::size_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

void regroup_drafts(std::vector<Draft>& drafts, std::vector<std::size_t>& parent) {
  std::vector<Draft> joined;
  std::vector<std::size_t> slot(drafts.size(), SIZE_MAX);
  for (std::size_t k = 0; k < drafts.size(); ++k) {
    std::size_t r = draft_root(parent, k);
    if (slot[r] == SIZE_MAX) {
      slot[r] = joined.size();
      joined.emplace_back();
    }
    auto& ms = joined[slot[r]].members;
    if (ms.empty()) {
      ms = std::move(drafts[k].members);
      continue;
    }
    for (const DraftMember& m : drafts[k].members) {
      bool known = false;
      for (const DraftMember& o : ms) known |= o.clause == m.clause;
      if (!known) ms.push_back(m);
    }
  }
  drafts = std::move(joined);
}

}  // namespace ct::align

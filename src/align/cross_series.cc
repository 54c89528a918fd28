// Linking threads across series: an index over a few members of each
// draft (its first and its latest in each language, body paragraphs only),
// scored pairs between members of different series, a gate on documents
// (two documents must share several pairs scoring at least
// Params::cross_gate, so boilerplate alone does not tie unrelated series:
// two texts on one subject share several paragraphs, two on different
// subjects one or two set phrases), then a union of drafts, best links
// (at least Params::cross_series) first, holding at most one draft per
// series.
#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>

#include "align/threading.h"
#include "util/parallel.h"

namespace ct::align {

namespace {

constexpr std::size_t kMaxPosting = 400;
constexpr std::size_t kPerClause = 8;
constexpr std::size_t kMinPairs = 3;    // strong pairs two documents must share...
constexpr double kMinPairShare = 0.05;  // ... and this share of the smaller one's clauses

struct Link {
  double score;
  std::size_t a, b;    // clauses
  std::size_t da, db;  // their drafts
};

std::size_t find(std::vector<std::size_t>& parent, std::size_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

}  // namespace

void link_series(const Corpus& corpus, const FeatureTable& f, const Params& p,
                 std::vector<Draft>& drafts, int jobs) {
  if (corpus.series.size() < 2 || drafts.empty()) return;
  std::map<std::string, int> series_index;
  for (std::size_t s = 0; s < corpus.series.size(); ++s) series_index[corpus.series[s].id] = int(s);
  auto series_of = [&](std::size_t clause) {
    auto it = series_index.find(corpus.documents[corpus.clauses[clause].doc].series);
    return it == series_index.end() ? -1 : it->second;
  };
  // Each draft speaks through a few members: its first one and its latest
  // one in each language (what another series would have copied).
  struct Rep {
    std::uint32_t clause, draft;
    int series;
  };
  std::vector<Rep> reps;
  for (std::size_t k = 0; k < drafts.size(); ++k) {
    const auto& ms = drafts[k].members;
    if (ms.empty()) continue;
    std::vector<std::size_t> chosen{ms.front().clause};
    std::map<std::string, std::size_t> latest;
    for (const auto& m : ms)
      latest[corpus.documents[corpus.clauses[m.clause].doc].language] = m.clause;
    for (const auto& [l, c] : latest) chosen.push_back(c);
    // Then members spread evenly over the draft, up to p.cross_reps: a long
    // thread reworded over the years may meet another series' wording in
    // its middle.
    for (std::size_t k = 1; k < p.cross_reps && chosen.size() < p.cross_reps; ++k)
      chosen.push_back(ms[k * ms.size() / p.cross_reps].clause);
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    auto body = [&](std::size_t c) {
      Role r = corpus.clauses[c].role;
      return r == Role::Preambular || r == Role::Operative || r == Role::Narrative ||
             r == Role::ListItem || r == Role::Other;
    };
    for (std::size_t c : chosen)
      if (f.clauses[c].words >= 3 && series_of(c) >= 0 && body(c))
        reps.push_back({std::uint32_t(c), std::uint32_t(k), series_of(c)});
  }
  std::unordered_map<FeatureId, std::vector<std::uint32_t>> postings;  // feature -> rep
  for (std::uint32_t r = 0; r < reps.size(); ++r)
    for (const auto& w : f.clauses[reps[r].clause].native.items) postings[w.id].push_back(r);

  std::vector<std::vector<Link>> found(reps.size());
  // Per worker: accumulated weights by rep (dense, reset through `touched`).
  const int workers = std::max(1, jobs);
  std::vector<std::vector<double>> accs(std::size_t(workers),
                                        std::vector<double>(reps.size(), 0.0));
  std::vector<std::vector<char>> marks(std::size_t(workers), std::vector<char>(reps.size(), 0));
  std::vector<std::vector<std::uint32_t>> touched(static_cast<std::size_t>(workers));
  parallel_for(reps.size(), workers, [&](int wk, std::size_t r) {
    const ClauseFeatures& cf = f.clauses[reps[r].clause];
    std::vector<Weighted> keys = cf.native.items;
    for (const auto& [l, v] : cf.pivots) keys.insert(keys.end(), v.items.begin(), v.items.end());
    std::sort(keys.begin(), keys.end(), [](const Weighted& a, const Weighted& b) {
      return a.w != b.w ? a.w > b.w : a.id < b.id;
    });
    std::vector<double>& acc = accs[std::size_t(wk)];
    std::vector<char>& mark = marks[std::size_t(wk)];
    std::vector<std::uint32_t>& seen = touched[std::size_t(wk)];
    std::size_t used = 0;
    for (const Weighted& k : keys) {
      if (used >= p.lookup) break;
      auto it = postings.find(k.id);
      if (it == postings.end() || it->second.size() > kMaxPosting) continue;
      ++used;
      for (std::uint32_t o : it->second)
        if (o > r && reps[o].series != reps[r].series) {
          if (!mark[o]) mark[o] = 1, seen.push_back(o);
          acc[o] += k.w;
        }
    }
    std::vector<std::pair<double, std::uint32_t>> ranked;
    ranked.reserve(seen.size());
    for (std::uint32_t o : seen) {
      ranked.emplace_back(acc[o], o);
      acc[o] = 0.0;
      mark[o] = 0;
    }
    seen.clear();
    // Only the best kPerClause are kept: a total order, so a partial sort
    // keeps the same ones in the same order.
    auto keep = ranked.begin() + std::ptrdiff_t(std::min(kPerClause, ranked.size()));
    std::partial_sort(ranked.begin(), keep, ranked.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    ranked.erase(keep, ranked.end());
    for (auto [w, o] : ranked) {
      double s = pair_score(corpus, f, reps[r].clause, reps[o].clause, false);
      if (s >= p.cross_gate)
        found[r].push_back({s, reps[r].clause, reps[o].clause, reps[r].draft, reps[o].draft});
    }
  });
  std::vector<Link> links;
  for (auto& v : found) links.insert(links.end(), v.begin(), v.end());
  if (links.empty()) return;
  // A clause may speak for its draft twice (first and latest): one pair each.
  std::sort(links.begin(), links.end(),
            [](const Link& x, const Link& y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });
  links.erase(std::unique(links.begin(), links.end(),
                          [](const Link& x, const Link& y) { return x.a == y.a && x.b == y.b; }),
              links.end());

  // Gate: documents that share enough strong pairs.
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> per_docs;
  for (const Link& l : links) ++per_docs[{corpus.clauses[l.a].doc, corpus.clauses[l.b].doc}];
  auto related = [&](const Link& l) {
    std::size_t da = corpus.clauses[l.a].doc, db = corpus.clauses[l.b].doc;
    std::size_t shared = per_docs[{da, db}];
    std::size_t smaller =
        std::min(corpus.documents[da].clause_count, corpus.documents[db].clause_count);
    return shared >= kMinPairs && double(shared) >= kMinPairShare * double(smaller);
  };
  std::sort(links.begin(), links.end(), [](const Link& x, const Link& y) {
    if (x.score != y.score) return x.score > y.score;
    return x.a != y.a ? x.a < y.a : x.b < y.b;
  });

  // Union of drafts, best links first; a joined thread holds at most one
  // draft of each series.
  std::vector<std::size_t> parent(drafts.size());
  std::iota(parent.begin(), parent.end(), 0);
  std::vector<std::vector<int>> series_in(drafts.size());
  for (std::size_t k = 0; k < drafts.size(); ++k) {
    for (const auto& m : drafts[k].members) series_in[k].push_back(series_of(m.clause));
    std::sort(series_in[k].begin(), series_in[k].end());
    series_in[k].erase(std::unique(series_in[k].begin(), series_in[k].end()), series_in[k].end());
  }
  bool any = false;
  for (const Link& l : links) {
    if (l.score < p.cross_series || !related(l)) continue;
    std::size_t x = find(parent, l.da), y = find(parent, l.db);
    if (x == y) continue;
    std::vector<int> both;
    std::set_intersection(series_in[x].begin(), series_in[x].end(), series_in[y].begin(),
                          series_in[y].end(), std::back_inserter(both));
    if (!both.empty()) continue;
    if (y < x) std::swap(x, y);
    parent[y] = x;
    std::vector<int> u;
    std::merge(series_in[x].begin(), series_in[x].end(), series_in[y].begin(), series_in[y].end(),
               std::back_inserter(u));
    series_in[x] = std::move(u);
    any = true;
  }
  if (!any) return;
  std::vector<Draft> joined;
  std::vector<std::size_t> slot(drafts.size(), SIZE_MAX);
  for (std::size_t k = 0; k < drafts.size(); ++k) {
    std::size_t r = find(parent, k);
    if (slot[r] == SIZE_MAX) {
      slot[r] = joined.size();
      joined.emplace_back();
    }
    auto& m = joined[slot[r]].members;
    m.insert(m.end(), drafts[k].members.begin(), drafts[k].members.end());
  }
  drafts = std::move(joined);
}

}  // namespace ct::align

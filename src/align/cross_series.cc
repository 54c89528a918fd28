// Linking threads across series: a clause index over all clauses, strong
// pairs between clauses of different series, a gate on documents (two
// documents must share several strong pairs, so boilerplate alone does not
// tie unrelated series), then a union of drafts that never holds a document
// twice.
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
  std::size_t a, b;  // clauses, a < b
};

std::size_t find(std::vector<std::size_t>& parent, std::size_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

}  // namespace

void link_series(const Corpus& corpus, const FeatureTable& f, const Params& p,
                 std::vector<Draft>& drafts, int jobs) {
  if (corpus.series.size() < 2) return;
  const std::size_t n = corpus.clauses.size();
  auto series_of = [&](std::size_t clause) -> const std::string& {
    return corpus.documents[corpus.clauses[clause].doc].series;
  };
  // Clause index over every view of every clause.
  std::unordered_map<FeatureId, std::vector<std::uint32_t>> postings;
  for (std::size_t i = 0; i < n; ++i) {
    const ClauseFeatures& cf = f.clauses[i];
    if (cf.words < 3) continue;
    for (const auto& w : cf.native.items) postings[w.id].push_back(static_cast<std::uint32_t>(i));
  }
  std::vector<std::vector<Link>> found(n);
  parallel_for(n, jobs, [&](int, std::size_t i) {
    const ClauseFeatures& cf = f.clauses[i];
    if (cf.words < 3) return;
    std::vector<Weighted> keys = cf.native.items;
    for (const auto& [l, v] : cf.pivots) keys.insert(keys.end(), v.items.begin(), v.items.end());
    std::sort(keys.begin(), keys.end(), [](const Weighted& a, const Weighted& b) {
      return a.w != b.w ? a.w > b.w : a.id < b.id;
    });
    std::unordered_map<std::uint32_t, double> acc;
    std::size_t used = 0;
    for (const Weighted& k : keys) {
      if (used >= p.lookup) break;
      auto it = postings.find(k.id);
      if (it == postings.end() || it->second.size() > kMaxPosting) continue;
      ++used;
      for (std::uint32_t c : it->second)
        if (c > i && series_of(c) != series_of(i)) acc[c] += k.w;
    }
    std::vector<std::pair<double, std::uint32_t>> ranked;
    for (auto [c, w] : acc) ranked.emplace_back(w, c);
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    if (ranked.size() > kPerClause) ranked.resize(kPerClause);
    for (auto [w, c] : ranked) {
      double s = pair_score(corpus, f, i, c, false);
      if (s >= p.cross_series) found[i].push_back({s, i, c});
    }
  });
  std::vector<Link> links;
  for (auto& v : found) links.insert(links.end(), v.begin(), v.end());
  if (links.empty()) return;

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

  // Union of drafts, keeping each joined draft free of repeated documents.
  std::vector<std::size_t> draft_of(n, SIZE_MAX);
  for (std::size_t k = 0; k < drafts.size(); ++k)
    for (const auto& m : drafts[k].members)
      if (draft_of[m.clause] == SIZE_MAX) draft_of[m.clause] = k;
  std::vector<std::size_t> parent(drafts.size());
  std::iota(parent.begin(), parent.end(), 0);
  std::vector<std::vector<std::size_t>> docs(drafts.size());
  for (std::size_t k = 0; k < drafts.size(); ++k) {
    for (const auto& m : drafts[k].members) docs[k].push_back(corpus.clauses[m.clause].doc);
    std::sort(docs[k].begin(), docs[k].end());
  }
  bool any = false;
  for (const Link& l : links) {
    if (!related(l) || draft_of[l.a] == SIZE_MAX || draft_of[l.b] == SIZE_MAX) continue;
    std::size_t x = find(parent, draft_of[l.a]), y = find(parent, draft_of[l.b]);
    if (x == y) continue;
    std::vector<std::size_t> both;
    std::set_intersection(docs[x].begin(), docs[x].end(), docs[y].begin(), docs[y].end(),
                          std::back_inserter(both));
    if (!both.empty()) continue;
    if (y < x) std::swap(x, y);
    parent[y] = x;
    std::vector<std::size_t> u;
    std::merge(docs[x].begin(), docs[x].end(), docs[y].begin(), docs[y].end(),
               std::back_inserter(u));
    docs[x] = std::move(u);
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

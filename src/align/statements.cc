// Statements threaded on their own (see statements.h).
#include "align/statements.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include "util/parallel.h"

namespace ct::align {

namespace {

// A feature held by more units than this tells nothing about which (the
// series' set words); skipping it keeps lookups short on a large corpus.
constexpr std::size_t kMaxPostings = 2000;

// What a sentence or a paragraph is compared as.
struct Unit {
  std::size_t clause = 0;
  const ClauseFeatures* f = nullptr;
  std::uint32_t node = 0;                // its union-find node (see join_statements)
  const Statement* statement = nullptr;  // the sentence it is, or none (a paragraph)
};

// The text of a unit (to judge joins by hand: CLAUSETRACK_STATEMENTS).
std::string text_of(const Corpus& corpus, const Unit& u) {
  const Clause& c = corpus.clauses[u.clause];
  if (!u.statement) return c.text;
  const std::size_t b = c.tokens[u.statement->first].begin;
  return c.text.substr(b, c.tokens[u.statement->last - 1].end - b);
}

struct Edge {
  double score;
  std::uint32_t from, to;  // unit indices: a secondary sentence, what it carries
};

std::uint64_t doc_pair(std::size_t a, std::size_t b) {
  if (b < a) std::swap(a, b);
  return (std::uint64_t(a) << 32) | std::uint64_t(b);
}

}  // namespace

void join_statements(const Corpus& corpus, const FeatureTable& f, const Params& p,
                     std::vector<Draft>& drafts, int jobs) {
  if (f.statements.empty()) return;
  const std::size_t n = corpus.clauses.size();
  std::vector<std::vector<std::uint32_t>> drafts_of(n);
  for (std::size_t k = 0; k < drafts.size(); ++k)
    for (const DraftMember& m : drafts[k].members) drafts_of[m.clause].push_back(std::uint32_t(k));

  // Documents that threads already link across series.
  std::unordered_set<std::uint64_t> linked;
  for (const Draft& d : drafts) {
    std::vector<std::size_t> docs;
    bool across = false;
    for (const DraftMember& m : d.members) {
      std::size_t doc = corpus.clauses[m.clause].doc;
      if (!docs.empty() && corpus.documents[doc].series != corpus.documents[docs.front()].series)
        across = true;
      docs.push_back(doc);
    }
    if (!across) continue;
    std::sort(docs.begin(), docs.end());
    docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
    for (std::size_t i = 0; i < docs.size(); ++i)
      for (std::size_t j = i + 1; j < docs.size(); ++j) linked.insert(doc_pair(docs[i], docs[j]));
  }
  auto related = [&](std::size_t a, std::size_t b) {
    const std::string& sa = corpus.documents[a].series;
    return a != b &&
           ((!sa.empty() && sa == corpus.documents[b].series) || linked.count(doc_pair(a, b)) > 0);
  };

  // Units: the sentences of clauses that hold several, every other body
  // paragraph whole. Nodes: drafts first, then one per sentence no draft of
  // its clause stands for (secondary).
  std::vector<Unit> units;
  std::vector<bool> secondary;
  std::uint32_t nodes = std::uint32_t(drafts.size());
  std::size_t s = 0;
  for (std::size_t c = 0; c < n; ++c) {
    if (s < f.statements.size() && f.statements[s].clause == c) {
      std::size_t from = s;
      while (s < f.statements.size() && f.statements[s].clause == c) ++s;
      // The sentence each draft of the clause stands for: the one closest
      // to the draft's members in other documents.
      std::vector<int> stands(s - from, -1);
      for (std::uint32_t d : drafts_of[c]) {
        double best = -1;
        std::size_t which = 0;
        std::size_t seen = 0;
        for (const DraftMember& m : drafts[d].members) {
          if (corpus.clauses[m.clause].doc == corpus.clauses[c].doc) continue;
          if (++seen > 6) break;
          for (std::size_t k = from; k < s; ++k) {
            double sc = pair_score(corpus, f, c, f.statements[k].features, m.clause,
                                   f.clauses[m.clause], false);
            if (sc > best) best = sc, which = k - from;
          }
        }
        if (seen > 0 && stands[which] < 0) stands[which] = int(d);
      }
      for (std::size_t k = from; k < s; ++k) {
        Unit u{c, &f.statements[k].features, 0, &f.statements[k]};
        if (stands[k - from] >= 0) {
          u.node = std::uint32_t(stands[k - from]);
          secondary.push_back(false);
        } else {
          u.node = nodes++;
          secondary.push_back(true);
        }
        units.push_back(u);
      }
    } else if (!frame_role(corpus.clauses[c].role) && f.clauses[c].words >= p.min_words &&
               !drafts_of[c].empty()) {
      units.push_back({c, &f.clauses[c], drafts_of[c].front()});
      secondary.push_back(false);
    }
  }
  if (nodes == drafts.size()) return;  // every sentence has its thread

  // Units by feature, to find what a sentence may carry.
  std::unordered_map<FeatureId, std::vector<std::uint32_t>> postings;
  for (std::uint32_t u = 0; u < units.size(); ++u)
    for (const Weighted& w : units[u].f->native.items) postings[w.id].push_back(u);

  std::vector<std::uint32_t> queries;
  for (std::uint32_t u = 0; u < units.size(); ++u)
    if (secondary[u]) queries.push_back(u);
  std::vector<std::vector<Edge>> found(queries.size());
  struct Scratch {
    std::vector<float> acc;
    std::vector<std::uint32_t> touched;
  };
  std::vector<Scratch> scratch(std::size_t(std::max(1, jobs)));
  parallel_for(queries.size(), jobs, [&](int w, std::size_t q) {
    Scratch& sc = scratch[std::size_t(w)];
    if (sc.acc.empty()) sc.acc.assign(units.size(), 0.0f);
    const Unit& u = units[queries[q]];
    const std::size_t doc = corpus.clauses[u.clause].doc;
    auto look = [&](const Vec& v) {
      std::vector<Weighted> top = v.items;
      std::sort(top.begin(), top.end(), [](const Weighted& a, const Weighted& b) {
        return a.w != b.w ? a.w > b.w : a.id < b.id;
      });
      if (top.size() > p.lookup) top.resize(p.lookup);
      for (const Weighted& x : top) {
        auto it = postings.find(x.id);
        if (it == postings.end() || it->second.size() > kMaxPostings) continue;
        for (std::uint32_t v2 : it->second) {
          if (sc.acc[v2] == 0) sc.touched.push_back(v2);
          sc.acc[v2] += x.w;
        }
      }
    };
    look(u.f->native);
    for (const auto& [lang, v] : u.f->pivots) look(v);
    std::vector<std::pair<float, std::uint32_t>> cands;
    for (std::uint32_t v : sc.touched) {
      const std::size_t d = corpus.clauses[units[v].clause].doc;
      if (related(doc, d)) cands.emplace_back(-sc.acc[v], v);
      sc.acc[v] = 0;
    }
    sc.touched.clear();
    std::sort(cands.begin(), cands.end());
    if (cands.size() > p.candidates) cands.resize(p.candidates);
    const std::string& la = corpus.documents[doc].language;
    for (const auto& [neg, v] : cands) {
      const Unit& t = units[v];
      const std::string& lb = corpus.documents[corpus.clauses[t.clause].doc].language;
      if (other_acts(*u.f, *t.f)) continue;
      double score = pair_score(corpus, f, u.clause, *u.f, t.clause, *t.f, false);
      if (score >= (la == lb ? p.statement_same : p.statement_cross))
        found[q].push_back({score, queries[q], v});
    }
  });
  std::vector<Edge> edges;
  for (auto& v : found) edges.insert(edges.end(), v.begin(), v.end());
  std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) {
    return a.score != b.score ? a.score > b.score : std::tie(a.from, a.to) < std::tie(b.from, b.to);
  });

  // Union of nodes, a component holding at most one draft.
  std::vector<std::size_t> parent(nodes);
  std::vector<std::int64_t> draft_in(nodes, -1);
  for (std::size_t k = 0; k < nodes; ++k) parent[k] = k;
  for (std::size_t k = 0; k < drafts.size(); ++k) draft_in[k] = std::int64_t(k);
  const bool log = std::getenv("CLAUSETRACK_STATEMENTS") != nullptr;
  for (const Edge& e : edges) {
    std::size_t a = draft_root(parent, units[e.from].node),
                b = draft_root(parent, units[e.to].node);
    if (a == b || (draft_in[a] >= 0 && draft_in[b] >= 0)) continue;
    if (log) {
      const std::size_t x = units[e.from].clause, y = units[e.to].clause;
      bool noop = false;
      for (std::uint32_t d : drafts_of[x])
        for (std::uint32_t d2 : drafts_of[y]) noop |= d == d2;
      if (!noop)
        std::fprintf(stderr, "edge\t%.3f\t%s\t%s\t%s\t%s\n", e.score, corpus.clauses[x].id.c_str(),
                     corpus.clauses[y].id.c_str(), text_of(corpus, units[e.from]).c_str(),
                     text_of(corpus, units[e.to]).c_str());
    }
    if (b < a) std::swap(a, b);
    parent[b] = a;
    draft_in[a] = std::max(draft_in[a], draft_in[b]);
  }
  // Each component's sentences: their clauses join its draft, or make one.
  std::vector<std::vector<std::size_t>> clauses_of(nodes);
  for (std::uint32_t u = 0; u < units.size(); ++u)
    if (secondary[u]) clauses_of[draft_root(parent, units[u].node)].push_back(units[u].clause);
  for (std::size_t r = 0; r < nodes; ++r) {
    auto& cs = clauses_of[r];
    if (cs.empty() || draft_root(parent, r) != r) continue;
    std::sort(cs.begin(), cs.end());
    cs.erase(std::unique(cs.begin(), cs.end()), cs.end());
    if (draft_in[r] >= 0) {
      Draft& d = drafts[std::size_t(draft_in[r])];
      for (std::size_t c : cs) {
        bool known = false;
        for (const DraftMember& m : d.members) known |= m.clause == c;
        if (known) continue;
        d.members.push_back({c, DraftMember::Mark::Merged});
        if (log)
          std::fprintf(stderr, "statement\tjoins\t%s\t%s\t%s\t%s\n", corpus.clauses[c].id.c_str(),
                       corpus.clauses[d.members.front().clause].id.c_str(),
                       corpus.clauses[c].text.c_str(),
                       corpus.clauses[d.members.front().clause].text.c_str());
      }
      continue;
    }
    if (cs.size() < 2) continue;
    // A thread of sentences only: the earliest clause opens it.
    std::stable_sort(cs.begin(), cs.end(), [&](std::size_t a, std::size_t b) {
      return corpus.documents[corpus.clauses[a].doc].date <
             corpus.documents[corpus.clauses[b].doc].date;
    });
    Draft d;
    for (std::size_t c : cs)
      d.members.push_back(
          {c, d.members.empty() ? DraftMember::Mark::None : DraftMember::Mark::Merged});
    if (log)
      for (const DraftMember& m : d.members)
        std::fprintf(stderr, "statement\t%s\t%s\t\t%s\n",
                     m.mark == DraftMember::Mark::None ? "opens" : "with",
                     corpus.clauses[m.clause].id.c_str(), corpus.clauses[m.clause].text.c_str());
    drafts.push_back(std::move(d));
  }
}

}  // namespace ct::align

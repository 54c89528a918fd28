// Two-sided comparison built on the series aligner.
#include "align/pairwise.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>

#include "align/align.h"

namespace ct::align {

std::vector<const ClausePair*> SideBySide::moved() const {
  std::vector<const ClausePair*> out;
  for (const auto* list : {&kept, &changed})
    for (const ClausePair& p : *list)
      if (p.renumbered || p.reordered) out.push_back(&p);
  std::sort(out.begin(), out.end(),
            [](const ClausePair* a, const ClausePair* b) { return a->new_clause < b->new_clause; });
  return out;
}

Corpus two_sides(Corpus& corpus, const std::vector<std::size_t>& older,
                 const std::vector<std::size_t>& newer) {
  // A document's clauses are moved at its last use (a document may be on both
  // sides), copied before.
  std::map<std::size_t, int> uses;
  for (const auto* docs : {&older, &newer})
    for (std::size_t d : *docs) ++uses[d];
  Corpus two;
  two.root = corpus.root;
  Series s;
  s.id = "diff";
  s.title = "diff";
  const char* keys[] = {"old", "new"};
  int side = 0;
  for (const auto* docs : {&older, &newer}) {
    Session session;
    session.key = keys[side];
    for (std::size_t d : *docs) {
      Document doc = corpus.documents[d];
      const bool last = --uses[d] == 0;
      doc.series = s.id;
      doc.session = session.key;
      doc.date = side == 0 ? "1" : "2";  // the old side comes first, whatever the dates say
      std::size_t base = two.clauses.size();
      std::size_t old_first = doc.first_clause;
      doc.first_clause = base;
      std::size_t index = two.documents.size();
      for (std::size_t k = old_first; k < old_first + doc.clause_count; ++k) {
        Clause c = last ? std::move(corpus.clauses[k]) : corpus.clauses[k];
        c.doc = index;
        if (c.parent) {
          if (*c.parent >= old_first && *c.parent < old_first + doc.clause_count)
            c.parent = base + (*c.parent - old_first);
          else
            c.parent.reset();
        }
        two.clauses.push_back(std::move(c));
      }
      session.date = doc.date;
      session.documents.push_back(index);
      s.documents.push_back(index);
      two.documents.push_back(std::move(doc));
    }
    s.sessions.push_back(std::move(session));
    ++side;
  }
  two.series.push_back(std::move(s));
  return two;
}

SideBySide compare_sides(Corpus& two, const Rules& rules, int jobs) {
  align_corpus(two, rules, jobs);
  const std::set<std::size_t> old_docs(two.series[0].sessions[0].documents.begin(),
                                       two.series[0].sessions[0].documents.end());
  auto is_old = [&](std::size_t clause) { return old_docs.count(two.clauses[clause].doc) > 0; };

  SideBySide out;
  std::map<std::size_t, std::vector<std::size_t>> merged, split;  // new -> olds, old -> news
  std::set<std::size_t> in_old_pairs, in_new_pairs;
  for (const Thread& t : two.threads) {
    const ThreadMember* o = nullptr;
    const ThreadMember* n = nullptr;
    for (const auto& m : t.members) (is_old(m.clause) ? o : n) = &m;
    if (o && n) {
      if (n->change == Change::Merged) {
        merged[n->clause].push_back(o->clause);
      } else if (o->change == Change::Split) {
        split[o->clause].push_back(n->clause);
      } else {
        ClausePair p;
        p.old_clause = o->clause;
        p.new_clause = n->clause;
        p.change = n->change;
        p.diff = n->diff;
        p.facts = n->facts;
        p.score = n->score;
        (p.change == Change::Unchanged ? out.kept : out.changed).push_back(std::move(p));
      }
      in_old_pairs.insert(o->clause);
      in_new_pairs.insert(n->clause);
    } else if (o) {
      out.removed.push_back(o->clause);
    } else if (n) {
      out.added.push_back(n->clause);
    }
  }
  // A split clause is also continued by one of its parts in its own thread.
  for (auto& [old, news] : split)
    for (auto* list : {&out.kept, &out.changed})
      for (auto it = list->begin(); it != list->end();)
        if (it->old_clause == old) {
          news.push_back(it->new_clause);
          it = list->erase(it);
        } else {
          ++it;
        }
  // A merged clause also continues one of the threads it merges.
  for (auto& [neu, olds] : merged)
    for (auto* list : {&out.kept, &out.changed})
      for (auto it = list->begin(); it != list->end();)
        if (it->new_clause == neu) {
          olds.push_back(it->old_clause);
          it = list->erase(it);
        } else {
          ++it;
        }
  for (auto& [neu, olds] : merged) {
    std::sort(olds.begin(), olds.end());
    olds.erase(std::unique(olds.begin(), olds.end()), olds.end());
    out.merged.push_back({neu, olds});
  }
  for (auto& [old, news] : split) {
    std::sort(news.begin(), news.end());
    news.erase(std::unique(news.begin(), news.end()), news.end());
    out.split.push_back({old, news});
  }
  auto by_new = [](const ClausePair& a, const ClausePair& b) {
    return a.new_clause < b.new_clause;
  };
  std::sort(out.kept.begin(), out.kept.end(), by_new);
  std::sort(out.changed.begin(), out.changed.end(), by_new);
  std::sort(out.added.begin(), out.added.end());
  std::sort(out.removed.begin(), out.removed.end());
  std::sort(out.merged.begin(), out.merged.end(),
            [](const auto& a, const auto& b) { return a.new_clause < b.new_clause; });
  std::sort(out.split.begin(), out.split.end(),
            [](const auto& a, const auto& b) { return a.old_clause < b.old_clause; });

  // Moved: renumbered, or outside the longest run of pairs that keep their
  // order (a longest increasing subsequence of new positions by old
  // position). Among runs of that length, the one whose pairs keep their
  // number and role: when paragraph 4 becomes a recital placed before
  // paragraph 3, paragraph 4 moved, not 3. Weighted, so by prefix maxima over
  // the new positions (a Fenwick tree, n log n: a diff pairs thousands).
  std::vector<ClausePair*> pairs;
  for (auto* list : {&out.kept, &out.changed})
    for (ClausePair& p : *list) pairs.push_back(&p);
  std::sort(pairs.begin(), pairs.end(),
            [](const ClausePair* a, const ClausePair* b) { return a->old_clause < b->old_clause; });
  const std::size_t n = pairs.size();
  std::vector<std::size_t> rank(n);
  {
    std::vector<std::size_t> by_new(n);
    for (std::size_t k = 0; k < n; ++k) by_new[k] = k;
    std::sort(by_new.begin(), by_new.end(), [&](std::size_t a, std::size_t b) {
      return pairs[a]->new_clause < pairs[b]->new_clause;
    });
    for (std::size_t r = 0; r < n; ++r) rank[by_new[r]] = r;
  }
  // A pair weighs more than all the keeps of the others together, so the run
  // is first the longest.
  const std::uint64_t unit = 2 * static_cast<std::uint64_t>(n) + 1;
  using Best = std::pair<std::uint64_t, std::size_t>;  // weight of the run, its last pair + 1
  std::vector<Best> tree(n + 1, Best{0, 0});
  std::vector<std::uint64_t> total(n);
  std::vector<std::size_t> prev(n, SIZE_MAX);
  for (std::size_t k = 0; k < n; ++k) {
    const Clause& a = two.clauses[pairs[k]->old_clause];
    const Clause& b = two.clauses[pairs[k]->new_clause];
    std::uint64_t keeps = (a.number == b.number ? 1 : 0) + (a.role == b.role ? 1 : 0);
    Best best{0, 0};
    for (std::size_t i = rank[k]; i > 0; i -= i & (~i + 1)) best = std::max(best, tree[i]);
    total[k] = best.first + unit + keeps;
    if (best.second) prev[k] = best.second - 1;
    for (std::size_t i = rank[k] + 1; i <= n; i += i & (~i + 1))
      tree[i] = std::max(tree[i], Best{total[k], k + 1});
  }
  std::vector<bool> in_order(n, false);
  std::size_t last = SIZE_MAX;
  for (std::size_t k = 0; k < n; ++k)
    if (last == SIZE_MAX || total[k] > total[last]) last = k;
  for (std::size_t k = last; k != SIZE_MAX; k = prev[k]) in_order[k] = true;
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    ClausePair& p = *pairs[k];
    p.reordered = !in_order[k];
    const Clause& a = two.clauses[p.old_clause];
    const Clause& b = two.clauses[p.new_clause];
    p.renumbered = !a.number.empty() && !b.number.empty() && a.number != b.number;
  }
  return out;
}

}  // namespace ct::align

// Linking threads across series: an index over a few members of each
// draft (its first and its latest in each language, body paragraphs only),
// scored pairs between members of different series, a gate on documents
// (two documents must share several pairs scoring at least
// Params::cross_gate, so boilerplate alone does not tie unrelated series:
// two texts on one subject share several paragraphs, two on different
// subjects one or two set phrases), then a union of drafts, best links
// (at least Params::cross_series) first, holding at most one draft per
// series. Two series share set wording far more often than statements (a
// sanctions regime's exemptions recur for every country under sanctions), so
// a pair links only when the two clauses do the same thing to the same
// objects (same_statement) in documents about the same places, or two about
// none (subjects).
//
// With CLAUSETRACK_CROSS_LINKS set, each link that joins two threads goes
// to stderr (score, clause ids, texts), to judge links by hand.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>

#include "align/threading.h"
#include "util/parallel.h"

namespace ct::align {

namespace {

constexpr std::size_t kMaxPosting = 400;
constexpr std::size_t kPerClause = 8;
constexpr std::size_t kMinPairs = 3;    // strong pairs two documents must share...
constexpr double kMinPairShare = 0.05;  // ... and this share of the smaller one's clauses
constexpr std::size_t kRestated = 2;    // drafts of one document of a series in one thread

struct Link {
  double score;
  std::size_t a, b;    // clauses
  std::size_t da, db;  // their drafts
};

// Kinds of objects a statement names, compared kind by kind.
enum ObjectKind { kBody, kPlace, kPerson, kText, kTime, kObjectKinds };

int object_kind(EntityType t) {
  switch (t) {
    case EntityType::Organization:
    case EntityType::Acronym:
      return kBody;
    case EntityType::Place:
      return kPlace;
    case EntityType::Person:
      return kPerson;
    case EntityType::Resolution:
    case EntityType::Document:
    case EntityType::Report:
    case EntityType::Law:
      return kText;
    case EntityType::Date:
    case EntityType::DateRange:
    case EntityType::Meeting:
    case EntityType::Session:
      return kTime;
    case EntityType::Number:
      return -1;
  }
  return -1;
}

using Objects = std::array<std::vector<std::string>, kObjectKinds>;

// The objects of a clause: its entities' values by kind, with its lead-in's
// for a list item (whom "Demands that the Government:" addresses).
Objects objects_of(const Corpus& corpus, std::size_t c) {
  Objects out;
  auto add = [&](const Clause& cl) {
    for (const Entity& e : cl.entities)
      if (int k = object_kind(e.type); k >= 0) out[std::size_t(k)].push_back(e.value);
  };
  add(corpus.clauses[c]);
  if (corpus.clauses[c].parent) add(corpus.clauses[*corpus.clauses[c].parent]);
  for (auto& v : out) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }
  return out;
}

// Whether two clauses of different series can be one statement: the same
// act (or neither names one), negated alike, and the same objects (an
// entity in common: a body, place, person, text or date) or none on either
// side. The text similarity weighs the rest.
bool same_statement(const FeatureTable& f, const Objects& oa, const Objects& ob, std::size_t a,
                    std::size_t b) {
  const ClauseFeatures& fa = f.clauses[a];
  const ClauseFeatures& fb = f.clauses[b];
  if (fa.act != fb.act || fa.negated != fb.negated) return false;
  bool any_a = false, any_b = false;
  for (std::size_t k = 0; k < kObjectKinds; ++k) {
    const auto &x = oa[k], &y = ob[k];
    any_a |= !x.empty();
    any_b |= !y.empty();
    std::vector<std::string> both;
    std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(both));
    if (!both.empty()) return true;
  }
  return !any_a && !any_b;
}

// What a document is about: the places it names (named) and the ones most
// of its clauses that name a place name (main: named in at least
// kSubjectShare as many clauses as the most named one, and in two at
// least), each read as the largest place the rules say it lies in. A
// resolution on one country and one on another share whole paragraphs of
// set wording (a sanctions regime's exemptions, a panel's mandate), not
// statements.
constexpr double kSubjectShare = 0.5;

struct Subject {
  std::vector<std::string> main, named;  // sorted
};

// The largest place the rules say `place` lies in (itself when none).
std::string outermost(const Gazetteer& g, std::string place) {
  for (int depth = 0; depth < 8; ++depth) {  // a cycle in the rules stops here
    auto e = g.find_id(place);
    if (!e || g.entry(*e).within.empty()) break;
    place = g.entry(*e).within;
  }
  return place;
}

std::vector<Subject> subjects(const Corpus& corpus, const Gazetteer& places) {
  std::vector<Subject> out(corpus.documents.size());
  for (std::size_t d = 0; d < corpus.documents.size(); ++d) {
    const Document& doc = corpus.documents[d];
    std::map<std::string, std::size_t> named;
    for (std::size_t c = doc.first_clause; c < doc.first_clause + doc.clause_count; ++c) {
      std::vector<std::string> here;
      for (const Entity& e : corpus.clauses[c].entities)
        if (e.type == EntityType::Place) here.push_back(outermost(places, e.value));
      std::sort(here.begin(), here.end());
      here.erase(std::unique(here.begin(), here.end()), here.end());
      for (const std::string& v : here) ++named[v];
    }
    std::size_t top = 0;
    for (const auto& [v, n] : named) top = std::max(top, n);
    for (const auto& [v, n] : named) {
      out[d].named.push_back(v);
      if (n >= 2 && double(n) >= kSubjectShare * double(top)) out[d].main.push_back(v);
    }
  }
  return out;
}

}  // namespace

void link_series(const Corpus& corpus, const FeatureTable& f, const Params& p, const Rules& rules,
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
    // First and latest in each language: a translated series meets another
    // series' wording in its own language first (in one language, the first
    // is the draft's first).
    std::map<std::string, std::pair<std::size_t, std::size_t>> ends;  // language -> first, latest
    for (const auto& m : ms) {
      auto [it, fresh] = ends.try_emplace(corpus.documents[corpus.clauses[m.clause].doc].language,
                                          m.clause, m.clause);
      if (!fresh) it->second.second = m.clause;
    }
    for (const auto& [l, fl] : ends) {
      chosen.push_back(fl.first);
      chosen.push_back(fl.second);
    }
    // Then members spread evenly over the draft, up to p.cross_reps: a long
    // thread reworded over the years may meet another series' wording in
    // its middle.
    for (std::size_t k = 1; k < p.cross_reps && chosen.size() < p.cross_reps; ++k)
      chosen.push_back(ms[k * ms.size() / p.cross_reps].clause);
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    for (std::size_t c : chosen)
      if (f.clauses[c].words >= 3 && series_of(c) >= 0 && !frame_role(corpus.clauses[c].role))
        reps.push_back({std::uint32_t(c), std::uint32_t(k), series_of(c)});
  }
  auto translated = [&](std::size_t a, std::size_t b) {
    return corpus.documents[corpus.clauses[a].doc].language !=
           corpus.documents[corpus.clauses[b].doc].language;
  };
  const auto about = subjects(corpus, rules.extract.gazetteer);
  auto same_subject = [&](std::size_t a, std::size_t b) {
    const Subject& x = about[corpus.clauses[a].doc];
    const Subject& y = about[corpus.clauses[b].doc];
    if (x.main.empty() && y.main.empty()) return true;
    if (x.main.empty() != y.main.empty()) return false;
    // Each one's main places named in the other.
    auto meets = [](const std::vector<std::string>& p, const std::vector<std::string>& q) {
      std::vector<std::string> both;
      std::set_intersection(p.begin(), p.end(), q.begin(), q.end(), std::back_inserter(both));
      return !both.empty();
    };
    return meets(x.main, y.named) && meets(y.main, x.named);
  };
  std::vector<Objects> objects(reps.size());
  for (std::size_t r = 0; r < reps.size(); ++r) objects[r] = objects_of(corpus, reps[r].clause);
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
      // The reps after r only: a posting lists its reps in increasing order.
      const std::vector<std::uint32_t>& list = it->second;
      for (auto o_it = std::upper_bound(list.begin(), list.end(), r); o_it != list.end(); ++o_it)
        if (const std::uint32_t o = *o_it; reps[o].series != reps[r].series) {
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
      if (!same_subject(reps[r].clause, reps[o].clause) ||
          !same_statement(f, objects[r], objects[o], reps[r].clause, reps[o].clause))
        continue;
      double s = pair_score(corpus, f, reps[r].clause, reps[o].clause, false);
      if (s >= (translated(reps[r].clause, reps[o].clause) ? p.cross_gate_lang : p.cross_gate))
        found[r].push_back({s, reps[r].clause, reps[o].clause, reps[r].draft, reps[o].draft});
    }
  });
  std::vector<Link> links;
  for (auto& v : found) links.insert(links.end(), v.begin(), v.end());
  if (links.empty()) return;
  // A clause may speak for its draft twice (first and latest): one pair each.
  // A clause in several drafts (a merge) speaks for each: the pair is kept
  // once per pair of drafts, so which draft it joins does not depend on the
  // order of an unstable sort.
  auto key = [](const Link& x) { return std::tie(x.a, x.b, x.da, x.db); };
  std::sort(links.begin(), links.end(),
            [&](const Link& x, const Link& y) { return key(x) < key(y); });
  links.erase(std::unique(links.begin(), links.end(),
                          [&](const Link& x, const Link& y) { return x.a == y.a && x.b == y.b; }),
              links.end());

  // Gate: documents that share enough strong pairs, counted as distinct
  // clauses of the shorter document (the fewer of the two sides when both
  // are as long): one clause of a short text matched by many near copies in
  // a long one (a report requested in every paragraph) is one shared
  // statement, not several. Each pair of
  // documents is counted once whichever side its pairs were found from.
  using DocPair = std::pair<std::size_t, std::size_t>;
  std::map<DocPair, std::array<std::set<std::size_t>, 2>> per_docs;  // clauses of each doc
  auto doc_pair = [&](const Link& l) {
    std::size_t da = corpus.clauses[l.a].doc, db = corpus.clauses[l.b].doc;
    return da < db ? DocPair{da, db} : DocPair{db, da};
  };
  for (const Link& l : links) {
    auto& sides = per_docs[doc_pair(l)];
    bool a_first = corpus.clauses[l.a].doc <= corpus.clauses[l.b].doc;
    sides[a_first ? 0 : 1].insert(l.a);
    sides[a_first ? 1 : 0].insert(l.b);
  }
  auto related = [&](const Link& l) {
    DocPair d = doc_pair(l);
    const auto& sides = per_docs[d];
    std::size_t na = corpus.documents[d.first].clause_count;
    std::size_t nb = corpus.documents[d.second].clause_count;
    std::size_t smaller = std::min(na, nb);
    std::size_t shared = na < nb   ? sides[0].size()
                         : nb < na ? sides[1].size()
                                   : std::min(sides[0].size(), sides[1].size());
    return shared >= kMinPairs && double(shared) >= kMinPairShare * double(smaller);
  };
  std::sort(links.begin(), links.end(), [&](const Link& x, const Link& y) {
    if (x.score != y.score) return x.score > y.score;
    return key(x) < key(y);
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
  std::vector<std::vector<std::pair<int, std::size_t>>> docs_in(drafts.size());  // (series, doc)
  for (std::size_t k = 0; k < drafts.size(); ++k) {
    for (const auto& m : drafts[k].members)
      docs_in[k].emplace_back(series_of(m.clause), corpus.clauses[m.clause].doc);
    std::sort(docs_in[k].begin(), docs_in[k].end());
    docs_in[k].erase(std::unique(docs_in[k].begin(), docs_in[k].end()), docs_in[k].end());
  }
  std::vector<std::size_t> extra(drafts.size(), 0);                // drafts joined as restatements
  std::vector<std::vector<std::size_t>> joined_in(drafts.size());  // drafts, by root
  for (std::size_t k = 0; k < drafts.size(); ++k) joined_in[k] = {k};
  const bool log = std::getenv("CLAUSETRACK_CROSS_LINKS") != nullptr;
  bool any = false;
  for (const Link& l : links) {
    if (l.score < (translated(l.a, l.b) ? p.cross_series_lang : p.cross_series) || !related(l))
      continue;
    std::size_t x = draft_root(parent, l.da), y = draft_root(parent, l.db);
    if (x == y) continue;
    std::vector<int> both;
    std::set_intersection(series_in[x].begin(), series_in[x].end(), series_in[y].begin(),
                          series_in[y].end(), std::back_inserter(both));
    // Two drafts of one series stay apart (its threader kept them so),
    // unless both stand in one and the same document of it: the threader
    // never compares the clauses of one document, so a text restating
    // itself (a recital made an operative paragraph) is two drafts. At
    // most kRestated such drafts join one thread.
    bool restated = !both.empty();
    for (int s : both) {
      auto only = [&](std::size_t r) {
        std::size_t doc = SIZE_MAX;
        for (const auto& [ss, d] : docs_in[r])
          if (ss == s) {
            if (doc != SIZE_MAX && doc != d) return SIZE_MAX - 1;
            doc = d;
          }
        return doc;
      };
      std::size_t dx = only(x), dy = only(y);
      restated &= dx == dy && dx < SIZE_MAX - 1;
    }
    // ... in two parts of it, opening with the same verb ("Rejecting X"
    // restated as "Rejects X"; "Authorizes A" and "Instructs B" are two
    // decisions), as join_restatements within a series.
    if (restated) {
      std::vector<const Clause*> there;
      for (std::size_t k : joined_in[x])
        for (const auto& m : drafts[k].members)
          if (std::binary_search(both.begin(), both.end(), series_of(m.clause)))
            there.push_back(&corpus.clauses[m.clause]);
      bool same = false;
      for (std::size_t k : joined_in[y])
        for (const auto& m : drafts[k].members)
          if (std::binary_search(both.begin(), both.end(), series_of(m.clause)))
            for (const Clause* o : there) {
              const Clause& c = corpus.clauses[m.clause];
              same |= o->role != c.role && opening_stem(*o) == opening_stem(c);
            }
      restated = same;
    }
    if (!both.empty() && (!restated || extra[x] + extra[y] + 1 > kRestated)) continue;
    if (y < x) std::swap(x, y);
    parent[y] = x;
    extra[x] += extra[y] + (both.empty() ? 0 : 1);
    joined_in[x].insert(joined_in[x].end(), joined_in[y].begin(), joined_in[y].end());
    std::vector<int> u;
    std::set_union(series_in[x].begin(), series_in[x].end(), series_in[y].begin(),
                   series_in[y].end(), std::back_inserter(u));
    series_in[x] = std::move(u);
    std::vector<std::pair<int, std::size_t>> v;
    std::set_union(docs_in[x].begin(), docs_in[x].end(), docs_in[y].begin(), docs_in[y].end(),
                   std::back_inserter(v));
    docs_in[x] = std::move(v);
    any = true;
    if (log) {
      const Clause &ca = corpus.clauses[l.a], &cb = corpus.clauses[l.b];
      std::fprintf(stderr, "cross-link\t%.3f\t%s\t%s\t%s\t%s\n", l.score, ca.id.c_str(),
                   cb.id.c_str(), ca.text.c_str(), cb.text.c_str());
    }
  }
  if (any) regroup_drafts(drafts, parent);
}

}  // namespace ct::align

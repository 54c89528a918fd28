// Members compared, statuses, labels and ids of the threads.
#include "align/finalize.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "align/thread_ids.h"
#include "diff/classify.h"
#include "diff/marker.h"
#include "model/session_index.h"
#include "text/fold.h"
#include "text/utf8.h"
#include "util/parallel.h"

namespace ct::align {

namespace {

// Every sitting of every series gets a rank in date order across the corpus
// (ties: series, then session order); a document outside any series is a
// sitting of its own.
struct Where {
  explicit Where(const Corpus& corpus) : sessions(corpus) {}
  SessionIndex sessions;                // series and session of each document
  std::vector<int> rank_of_doc;         // by document
  std::vector<std::vector<int>> ranks;  // by series: its sittings' ranks, increasing
};

Where locate(const Corpus& corpus) {
  struct Sitting {
    std::string date;
    int series, index;
  };
  std::vector<Sitting> all;
  Where w(corpus);
  w.rank_of_doc.assign(corpus.documents.size(), -1);
  for (std::size_t s = 0; s < corpus.series.size(); ++s)
    for (std::size_t k = 0; k < corpus.series[s].sessions.size(); ++k)
      all.push_back({corpus.series[s].sessions[k].date, int(s), int(k)});
  for (std::size_t d = 0; d < corpus.documents.size(); ++d)
    if (!w.sessions.in_series(d)) all.push_back({corpus.documents[d].date, -1, int(d)});
  std::vector<std::size_t> order(all.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(all[a].date, all[a].series, all[a].index) <
           std::tie(all[b].date, all[b].series, all[b].index);
  });
  w.ranks.resize(corpus.series.size());
  for (std::size_t r = 0; r < order.size(); ++r) {
    const Sitting& x = all[order[r]];
    if (x.series < 0) {
      w.rank_of_doc[x.index] = int(r);
      continue;
    }
    w.ranks[x.series].push_back(int(r));
    for (std::size_t d : corpus.series[x.series].sessions[x.index].documents)
      w.rank_of_doc[d] = int(r);
  }
  for (auto& v : w.ranks) std::sort(v.begin(), v.end());
  return w;
}

bool changed(Change c) {
  return c == Change::Reworded || c == Change::Amended || c == Change::Merged || c == Change::Split;
}

Thread build(const Corpus& corpus, const Where& where, Draft draft, const FeatureTable& f,
             const Rules& rules, ComparisonMemo* memo, diff::WordDiffReuse& reuse) {
  auto& ms = draft.members;
  auto doc_of = [&](std::size_t clause) { return corpus.clauses[clause].doc; };
  std::stable_sort(ms.begin(), ms.end(), [&](const DraftMember& a, const DraftMember& b) {
    const Document& da = corpus.documents[doc_of(a.clause)];
    const Document& db = corpus.documents[doc_of(b.clause)];
    return std::tie(da.date, a.clause) < std::tie(db.date, b.clause);
  });

  // The thread's timeline: the sittings of every series it runs through,
  // of the strands it runs through in each (Session::strand).
  std::vector<int> series;
  std::vector<std::vector<std::size_t>> sessions_in;  // by series: sessions it is in
  std::vector<int> own;                               // sittings of members outside any series
  for (const auto& m : ms) {
    const std::size_t doc = doc_of(m.clause);
    if (!where.sessions.in_series(doc)) {
      own.push_back(where.rank_of_doc[doc]);
      continue;
    }
    const int s = static_cast<int>(where.sessions.series_of(doc));
    auto it = std::find(series.begin(), series.end(), s);
    if (it == series.end()) {
      series.push_back(s);
      sessions_in.emplace_back();
      it = series.end() - 1;
    }
    sessions_in[std::size_t(it - series.begin())].push_back(where.sessions.session_of(doc));
  }
  std::vector<int> merged = own;
  for (std::size_t k = 0; k < series.size(); ++k) {
    const auto& ranks = where.ranks[std::size_t(series[k])];
    for (std::size_t session :
         counted_sessions(corpus.series[std::size_t(series[k])], sessions_in[k]))
      merged.push_back(ranks[session]);
  }
  std::sort(merged.begin(), merged.end());
  merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
  const std::vector<int>* timeline = &merged;
  auto position = [&](std::size_t clause) {
    int r = where.rank_of_doc[doc_of(clause)];
    return static_cast<int>(std::lower_bound(timeline->begin(), timeline->end(), r) -
                            timeline->begin());
  };

  Thread t;
  const Clause& first = corpus.clauses[ms.front().clause];
  t.series = corpus.documents[first.doc].series;
  std::vector<int> present;
  int seen = -1;                                        // latest position present so far
  std::map<std::string, std::size_t> last_in_language;  // member index
  std::map<int, std::vector<std::pair<std::string, std::size_t>>> at;  // sitting -> members
  for (std::size_t k = 0; k < ms.size(); ++k) {
    const Clause& c = corpus.clauses[ms[k].clause];
    const std::string& lang = corpus.documents[c.doc].language;
    int here = where.rank_of_doc[c.doc];
    ThreadMember m;
    m.clause = ms[k].clause;
    int pos = position(m.clause);
    present.push_back(pos);
    std::optional<std::size_t> against;
    if (auto it = at.find(here); it != at.end())
      for (const auto& [l, j] : it->second)
        if (l != lang) against = j;  // the counterpart of the same sitting
    if (!against)
      if (auto it = last_in_language.find(lang);
          it != last_in_language.end() && corpus.clauses[ms[it->second].clause].doc != c.doc)
        against = it->second;
    if (!against && k > 0) against = k - 1;
    if (against) {
      const Clause& o = corpus.clauses[ms[*against].clause];
      m.against = ms[*against].clause;
      diff::Comparison cmp;
      if (!memo || !memo->find(*m.against, m.clause, cmp)) {
        cmp = diff::compare(o, corpus.documents[o.doc].language, c, lang, rules, &reuse);
        if (memo) memo->keep(*m.against, m.clause, cmp);
      }
      m.change = cmp.change;
      m.diff = std::move(cmp.diff);
      m.facts = std::move(cmp.facts);
      m.score = std::max(
          0.0, pair_score(corpus, f, *m.against, m.clause, where.rank_of_doc[o.doc] == here));
    } else {
      m.change = Change::First;
    }
    if (seen >= 0 && pos - seen >= 2) m.change = Change::Reappeared;
    if (ms[k].mark == DraftMember::Mark::Merged) m.change = Change::Merged;
    if (ms[k].mark == DraftMember::Mark::Split) m.change = Change::Split;
    seen = std::max(seen, pos);
    last_in_language[lang] = k;
    at[here].emplace_back(lang, k);
    t.members.push_back(std::move(m));
  }

  std::sort(present.begin(), present.end());
  present.erase(std::unique(present.begin(), present.end()), present.end());
  const int newest = static_cast<int>(timeline->size()) - 1;
  bool gap = present.back() - present.front() + 1 != static_cast<int>(present.size());
  bool any_change = std::any_of(t.members.begin(), t.members.end(),
                                [](const ThreadMember& m) { return changed(m.change); });
  if (present.size() == 1 && present.front() == newest)
    t.status = Status::New;
  else if (present.back() != newest)
    t.status = Status::Dropped;
  else if (gap)
    t.status = Status::Intermittent;
  else if (any_change)
    t.status = Status::Modified;
  else
    t.status = Status::Persistent;

  const Clause* named = &first;
  bool chosen = false;
  for (const std::string& want : rules.glossary.label_languages) {
    for (const auto& m : t.members)
      if (corpus.documents[corpus.clauses[m.clause].doc].language == want) {
        named = &corpus.clauses[m.clause];
        chosen = true;
        break;
      }
    if (chosen) break;
  }
  t.label = label_of(*named);
  return t;
}

}  // namespace

std::string label_of(const Clause& c) {
  std::size_t skip = diff::marker_tokens(c.text, c.tokens);
  std::size_t from = skip > 0 ? c.tokens[skip - 1].end : 0;
  std::string_view rest = std::string_view(c.text).substr(std::min(from, c.text.size()));
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '*')) rest.remove_prefix(1);
  // The lead verb is said by the action.
  if (!c.action.empty() && !c.lead.empty() &&
      text::fold(rest.substr(0, c.lead.size())) == text::fold(c.lead)) {
    rest.remove_prefix(c.lead.size());
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '*')) rest.remove_prefix(1);
  }
  std::string words(rest);
  constexpr std::size_t kMax = 60;
  bool cut = false;
  if (words.size() > kMax) {
    std::size_t sp = words.rfind(' ', kMax);
    if (sp == std::string::npos || sp < kMax / 2) sp = text::char_boundary(words, kMax);
    words.resize(sp);
    cut = true;
  }
  while (!words.empty() && std::string_view(",;:. ").find(words.back()) != std::string_view::npos)
    words.pop_back();
  if (cut) words += "\xE2\x80\xA6";
  return c.action.empty() ? words : c.action + ": " + words;
}

void finalize_threads(Corpus& corpus, std::vector<Draft> drafts, const FeatureTable& f,
                      const Rules& rules, int jobs, ComparisonMemo* memo) {
  Where where = locate(corpus);
  std::vector<Thread> threads(drafts.size());
  // Word diffs per worker, kept while the threads are built.
  std::vector<diff::WordDiffReuse> reuse(static_cast<std::size_t>(std::max(jobs, 1)));
  parallel_for(drafts.size(), jobs, [&](int worker, std::size_t k) {
    threads[k] = build(corpus, where, std::move(drafts[k]), f, rules, memo,
                       reuse[static_cast<std::size_t>(worker)]);
  });
  auto first_key = [&](const Thread& t) {
    std::size_t c = t.members.front().clause;
    return std::tie(corpus.documents[corpus.clauses[c].doc].date, t.members.front().clause);
  };
  std::stable_sort(threads.begin(), threads.end(),
                   [&](const Thread& a, const Thread& b) { return first_key(a) < first_key(b); });
  assign_thread_ids(threads, corpus.clauses);
  corpus.threads = std::move(threads);
}

}  // namespace ct::align

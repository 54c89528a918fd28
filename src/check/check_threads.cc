// thread.dropped: a demand (an operative clause with a lead verb) present in
// every earlier session of its series (or in each of the `window` sessions
// before the newest, for long series) and absent from the newest.
// thread.weakened: a demand whose lead verb is weaker than in the version it
// was aligned with (Clause::strength from the rules, "demands" -> "urges").
// Both are informational, for drafters.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "check/families.h"
#include "model/session_index.h"
#include "text/utf8.h"

namespace ct::check {

namespace {

std::string excerpt(const std::string& s) {
  return text::clip_bytes(s, 80, 80);
}

}  // namespace

void check_threads(const Corpus& corpus, const Rules&, FindingSink& sink) {
  const RuleConfig* dropped = sink.active("thread.dropped");
  const RuleConfig* weakened = sink.active("thread.weakened");
  if (!dropped && !weakened) return;
  const SessionIndex where(corpus);
  std::size_t min_docs =
      dropped ? static_cast<std::size_t>(dropped->number("min_documents", 3)) : 3;
  int min_drop = weakened ? static_cast<int>(weakened->number("min_drop", 1)) : 1;
  std::size_t window = dropped ? static_cast<std::size_t>(dropped->number("window", 0)) : 0;

  std::set<std::size_t> weakened_at;  // clauses reported (a merged clause is in several threads)
  for (const Thread& t : corpus.threads) {
    if (t.members.empty()) continue;
    if (weakened)
      for (const ThreadMember& m : t.members) {
        if (!m.against || weakened_at.count(m.clause)) continue;
        const Clause& now = corpus.clauses[m.clause];
        const Clause& before = corpus.clauses[*m.against];
        if (now.strength <= 0 || before.strength <= 0 || before.strength - now.strength < min_drop)
          continue;
        if (now.doc == before.doc) continue;
        // A translation renders a verb, and another series words its own
        // text: only a series' own earlier text in the same language counts.
        const Document& dn = corpus.document_of(now);
        const Document& db = corpus.document_of(before);
        if (m.change == Change::Translated || dn.language != db.language || dn.series != db.series)
          continue;
        Location rel = sink.at(before);
        rel.message = fmt::format("earlier: '{}' ({})", before.lead, corpus.document_of(before).id);
        sink.add("thread.weakened", sink.at(now),
                 fmt::format("demand weakened: '{}' ({}) where {} said '{}' ({}): {}", now.lead,
                             now.action, corpus.document_of(before).id, before.lead, before.action,
                             excerpt(now.text)),
                 now.action + "|" + before.action + "|" + excerpt(now.text), {rel});
        weakened_at.insert(m.clause);
      }
    if (!dropped) continue;
    const Clause& last = corpus.clauses[t.members.back().clause];
    if (last.role != Role::Operative && last.role != Role::ListItem) continue;
    if (last.action.empty()) continue;
    if (where.session_of(last.doc) == SessionIndex::npos) continue;
    const std::size_t home = where.series_of(last.doc);
    const Series& series = corpus.series[home];
    std::size_t n = series.sessions.size();
    if (n < min_docs || where.session_of(last.doc) + 2 != n)
      continue;  // last seen just before the newest
    const std::size_t earlier = window ? std::min(window, n - 1) : n - 1;
    std::set<std::size_t> present;
    for (const ThreadMember& m : t.members) {
      std::size_t doc = corpus.clauses[m.clause].doc;
      if (where.series_of(doc) == home && where.session_of(doc) != SessionIndex::npos &&
          where.session_of(doc) + 1 + earlier >= n)
        present.insert(where.session_of(doc));
    }
    if (present.size() != earlier) continue;  // in every earlier session (of the window)
    const Session& newest = series.sessions.back();
    if (newest.documents.empty()) continue;
    const Document& nd = corpus.documents[newest.documents.front()];
    Location rel = sink.at(last);
    rel.message = fmt::format("last in {}", corpus.document_of(last).id);
    sink.add("thread.dropped", sink.at_line(nd, nd.line),
             fmt::format("demand present in every earlier session ({} sessions) is absent from "
                         "{}: '{}'",
                         earlier, nd.id, excerpt(last.text)),
             last.action + "|" + excerpt(last.text), {rel});
  }
}

}  // namespace ct::check

// thread.dropped: a demand (an operative clause with a lead verb) present in
// every earlier session of its series (or in each of the `window` sessions
// before the newest, for long series) and absent from the newest. In an
// agenda item of several strands (two missions renewed in turn), the
// sessions of the demand's own text only, and only when the newest is one.
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
    const std::size_t n = series.sessions.size();
    // The sessions it is measured against: those of its strands (an agenda
    // item may interleave two missions' renewals, align/strands.h), or the
    // whole series. The newest must be one of its own text's.
    std::vector<std::size_t> seen;
    std::vector<int> strands;
    for (const ThreadMember& m : t.members) {
      const std::size_t doc = corpus.clauses[m.clause].doc;
      if (where.series_of(doc) != home || where.session_of(doc) == SessionIndex::npos) continue;
      seen.push_back(where.session_of(doc));
      if (const int st = series.sessions[seen.back()].strand; st >= 0) strands.push_back(st);
    }
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    std::vector<std::size_t> counted = counted_sessions(series, seen);
    if (!strands.empty() &&
        std::find(strands.begin(), strands.end(), series.sessions[n - 1].strand) == strands.end())
      continue;  // the newest is another text of the agenda item
    if (counted.size() < min_docs || counted.back() != n - 1) continue;
    counted.pop_back();  // the sessions before the newest
    if (counted.empty() || where.session_of(last.doc) != counted.back())
      continue;  // last seen just before it
    const std::size_t earlier = window ? std::min(window, counted.size()) : counted.size();
    bool everywhere = true;  // in every earlier session (of the window)
    for (std::size_t i = counted.size() - earlier; i < counted.size(); ++i)
      everywhere = everywhere && std::binary_search(seen.begin(), seen.end(), counted[i]);
    if (!everywhere) continue;
    const Session& newest = series.sessions.back();
    if (newest.documents.empty()) continue;
    const Document& nd = corpus.documents[newest.documents.front()];
    Location rel = sink.at(last);
    rel.message = fmt::format("last in {}", corpus.document_of(last).id);
    sink.add("thread.dropped", sink.at_line(nd, nd.line),
             fmt::format("demand present in every earlier session ({} sessions{}) is absent from "
                         "{}: '{}'",
                         earlier, strands.empty() ? "" : " of its text", nd.id, excerpt(last.text)),
             last.action + "|" + excerpt(last.text), {rel});
  }
}

}  // namespace ct::check

// Building the report's lookups.
#include "report/html_index.h"

#include <algorithm>
#include <tuple>

#include "util/hash.h"
#include "util/unique_names.h"

namespace ct::report {

namespace {

const std::vector<std::vector<std::size_t>> kNoPresence;
const std::vector<char> kNoCounted;

constexpr std::size_t kFindingAnchorDigits = 8;

// The anchors of `findings` (see finding_anchor).
std::vector<std::string> finding_anchors(const std::vector<Finding>& findings) {
  std::vector<std::string> out(findings.size());
  for (std::size_t f = 0; f < findings.size(); ++f) {
    const Finding& x = findings[f];
    // The checks give every finding a fingerprint; one made elsewhere may not.
    const std::string print = x.fingerprint.empty()
                                  ? hex_hash(x.rule + "|" + x.where.file + "|" + x.message)
                                  : x.fingerprint;
    out[f] = "finding-" + print.substr(0, kFindingAnchorDigits);
  }
  make_unique_names(
      out,
      [&](std::size_t a, std::size_t b) {
        return std::tie(findings[a].fingerprint, a) < std::tie(findings[b].fingerprint, b);
      },
      [](std::size_t k) { return "-" + std::to_string(k + 1); });
  return out;
}

}  // namespace

ReportIndex::ReportIndex(const Corpus& corpus)
    : corpus_(corpus),
      sessions_(corpus),
      memberships_(corpus.clauses.size()),
      successors_(corpus.clauses.size()),
      findings_at_(corpus.clauses.size()),
      thread_series_(corpus.threads.size()),
      series_threads_(corpus.series.size()),
      home_(corpus.threads.size(), npos),
      presence_(corpus.threads.size()),
      finding_anchors_(finding_anchors(corpus.findings)) {
  for (std::size_t i = 0; i < corpus.clauses.size(); ++i)
    clause_ids_.emplace(corpus.clauses[i].id, i);
  for (std::size_t i = 0; i < corpus.documents.size(); ++i)
    doc_ids_.emplace(corpus.documents[i].id, i);

  for (std::size_t t = 0; t < corpus.threads.size(); ++t) {
    const Thread& thread = corpus.threads[t];
    auto& pres = presence_[t];
    for (std::size_t m = 0; m < thread.members.size(); ++m) {
      const ThreadMember& member = thread.members[m];
      if (member.clause >= corpus.clauses.size()) continue;
      memberships_[member.clause].push_back({t, m});
      if (member.against && *member.against < corpus.clauses.size())
        successors_[*member.against].push_back({t, m});
      std::size_t doc = corpus.clauses[member.clause].doc;
      std::size_t s = sessions_.series_of(doc), k = sessions_.session_of(doc);
      if (s == npos || k == npos) continue;
      auto it =
          std::find_if(pres.begin(), pres.end(), [&](const auto& p) { return p.series == s; });
      if (it == pres.end()) {
        pres.push_back(
            {s, std::vector<std::vector<std::size_t>>(corpus.series[s].sessions.size()), {}});
        it = pres.end() - 1;
      }
      it->cells[k].push_back(m);
    }
    std::sort(pres.begin(), pres.end(),
              [](const auto& a, const auto& b) { return a.series < b.series; });
    for (auto& p : pres) {
      thread_series_[t].push_back(p.series);
      series_threads_[p.series].push_back(t);
      std::vector<std::size_t> seen;
      for (std::size_t k = 0; k < p.cells.size(); ++k)
        if (!p.cells[k].empty()) seen.push_back(k);
      p.counted.assign(p.cells.size(), 0);
      for (std::size_t k : counted_sessions(corpus.series[p.series], seen)) p.counted[k] = 1;
    }
    for (std::size_t s = 0; s < corpus.series.size(); ++s)
      if (corpus.series[s].id == thread.series) home_[t] = s;
    if (home_[t] == npos && !thread_series_[t].empty()) home_[t] = thread_series_[t].front();
  }

  for (std::size_t f = 0; f < corpus.findings.size(); ++f) {
    std::size_t c = clause(corpus.findings[f].where.clause);
    if (c != npos) findings_at_[c].push_back(f);
  }
}

std::size_t ReportIndex::clause(std::string_view id) const {
  auto it = clause_ids_.find(id);
  return it == clause_ids_.end() ? npos : it->second;
}

std::size_t ReportIndex::document(std::string_view id) const {
  auto it = doc_ids_.find(id);
  return it == doc_ids_.end() ? npos : it->second;
}

bool ReportIndex::anchored_here(std::size_t clause, MemberRef at) const {
  const auto& m = memberships_[clause];
  return !m.empty() && m.front().thread == at.thread && m.front().member == at.member;
}

const std::vector<std::vector<std::size_t>>& ReportIndex::presence(std::size_t t,
                                                                   std::size_t s) const {
  for (const auto& p : presence_[t])
    if (p.series == s) return p.cells;
  return kNoPresence;
}

const std::vector<char>& ReportIndex::counted(std::size_t t, std::size_t s) const {
  for (const auto& p : presence_[t])
    if (p.series == s) return p.counted;
  return kNoCounted;
}

std::string ReportIndex::clause_anchor(std::size_t clause) const {
  return "clause-" + corpus_.clauses[clause].id;
}

std::string ReportIndex::clause_href(std::size_t clause) const {
  if (has_anchor(clause)) return "#" + clause_anchor(clause);
  return "#" + document_anchor(corpus_.documents[corpus_.clauses[clause].doc].id);
}

std::string ReportIndex::document_anchor(std::string_view doc_id) {
  return "doc-" + std::string(doc_id);
}

std::string ReportIndex::series_anchor(std::string_view part, std::string_view series_id) {
  return std::string(part) + "-" + std::string(series_id);
}

}  // namespace ct::report

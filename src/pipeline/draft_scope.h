// What a pre-publication check analyses, and how deep. Every document of the
// corpus feeds what the corpus knows (check/knowledge.h: symbols, adoption
// dates, meetings, citations), but only the documents a draft is compared
// with are analysed whole: the newest sessions of its series (aligned with
// it) and the documents that cite one of the reports it cites. The others are
// cut to their opening lines (symbol, title, adoption line), which is where a
// document's own facts are printed.
//
//   auto symbols = cited_symbols(corpus, rules, draft_docs);
//   DraftScope s = draft_scope(corpus, series, draft_docs, kHistory, symbols);
//   for (std::size_t i : s.opening_only) cut_to_opening(corpus.documents[i]);
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "model/corpus.h"
#include "rules/rules.h"

namespace ct::pipeline {

struct DraftScope {
  std::vector<std::size_t> aligned;  // drafts and their series' newest sessions
  std::vector<std::size_t> whole;    // other documents analysed whole (cite the drafts' reports)
  std::vector<std::size_t> opening_only;  // the rest, analysed up to their opening
};

// The report and document symbols the drafts cite, as written ("S/2025/613"),
// from an analysis of the drafts alone.
std::vector<std::string> cited_symbols(const Corpus& corpus, const Rules& rules,
                                       const std::set<std::size_t>& drafts);

// Splits the documents: the drafts and the newest `history` sessions of each
// series in `series` are aligned; a document whose text holds one of
// `symbols` is analysed whole; the others only up to their opening.
DraftScope draft_scope(const Corpus& corpus, const std::set<std::string>& series,
                       const std::set<std::size_t>& drafts, std::size_t history,
                       const std::vector<std::string>& symbols);

// Cuts a document to its opening: its first non-blank lines, up to the first
// line as long as a paragraph of the body or a byte limit.
void cut_to_opening(Document& d);

}  // namespace ct::pipeline

// Phrases the diff and history writers share (report/ internal): the counts
// line, how a pair moved, a change with its facts, joined clause labels, and
// a word diff as JSON operations.
#pragma once

#include <string>
#include <vector>

#include "report/diff_view.h"
#include "report/tracker_json.h"

namespace ct::report {

// "kept 1, changed 9, moved 1, merged 3, split 0, added 11, removed 22"
std::string diff_counts(const align::SideBySide& r);
// "renumbered 8 → 9, reordered"
std::string how_moved(const DiffView& v, const align::ClausePair& p);
// "amended: date 2023-09-20 → 2025-09-23; ..."
std::string change_line(const align::ClausePair& p);
// "op.3 + op.4"
std::string joined_labels(const DiffView& v, const std::vector<std::size_t>& clauses);
// [{"op": "equal"|"delete"|"insert", "text": ...}, ...]
Json word_ops_json(const std::vector<WordOp>& ops);

}  // namespace ct::report

// Thread ids that depend on the thread alone (issue 17: a bookmark, a link
// of the report or a per-series output stays valid when other documents
// are added): "t" and `width` base-36 digits of a hash of the thread's
// first member's clause id ("t" + [0-9a-z]+, a valid HTML, DOT and GraphML
// id).
//
// Threads whose bases collide (a split clause is the first member of each
// thread of its parts, or two clause ids hash alike) are ordered by their
// members' clause ids in order, then their place in `threads`: the first
// keeps the base, the k-th (k >= 2) gets the base followed by k - 1 in base
// 36 ("tab3x9k2", "tab3x9k21"). A suffixed id is longer than every base, so
// ids never repeat. Only a thread that joins a collision group before a
// thread of it changes that thread's id.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/corpus.h"

namespace ct::align {

// 36^7 ≈ 7.8e10 bases: among the archive's 19,250 threads a collision of
// two different first clauses is expected about once in 400 corpora.
inline constexpr int kThreadIdWidth = 7;

// "t" followed by `width` (1 to 12) base-36 digits of a hash of `clause_id`.
std::string thread_id_base(std::string_view clause_id, int width = kThreadIdWidth);

// Sets the id of every thread of `threads` (members index `clauses`; a
// thread has at least one member), as above.
void assign_thread_ids(std::vector<Thread>& threads, const std::vector<Clause>& clauses,
                       int width = kThreadIdWidth);

}  // namespace ct::align

// What a reader follows first. A document's furniture (its symbol line,
// title, place-and-date lines, headings, enacting formula and signature:
// clauses whose role is title, heading, signature or other) is tracked apart
// from its substance and never counted among dropped or new demands. Threads
// are listed for reading substance first: persistent demands that changed,
// then dropped, new, intermittent and unchanged ones, furniture last.
//
//   std::vector<std::size_t> ts = ...;  sort_for_reading(corpus, ts);
#pragma once

#include <cstddef>
#include <vector>

#include "model/corpus.h"

namespace ct {

// Whether a clause of this role is furniture of its document.
bool is_furniture(Role r);
// Whether every member of the thread is furniture.
bool is_furniture(const Corpus& corpus, const Thread& t);

// Rank of a thread in reading order (smaller first).
int reading_rank(const Corpus& corpus, const Thread& t);

// Sorts thread indices into reading order; ties keep their order.
void sort_for_reading(const Corpus& corpus, std::vector<std::size_t>& threads);

}  // namespace ct

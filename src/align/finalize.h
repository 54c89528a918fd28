// From drafts to Corpus::threads: members in document date order, each
// compared with the member CONTRACT.md asks for, change classes, word diffs
// and changed facts, thread statuses, labels and ids.
//
// - against: the counterpart of the same session in another language when
//   there is one (change `translated`), else the latest earlier member in the
//   same language, else the latest earlier member (another language:
//   `translated`);
// - a member marked merged or split keeps that change; a member found after
//   one or more sessions without the thread is `reappeared`;
// - sessions are those of every series the thread runs through, in date
//   order; status: `new` (only in the newest), `dropped` (not in the
//   newest), `intermittent` (a gap since it first appeared), `modified`
//   (some member reworded, amended, merged or split), else `persistent`;
// - label: the canonical action and the opening words of the first member
//   in the first of the glossary's label_languages found in the thread;
// - threads in the order of their first members (date, clause index), ids
//   from the first member's clause id (align/thread_ids.h).
#pragma once

#include <vector>

#include "align/align.h"
#include "align/features.h"
#include "align/threading.h"
#include "model/corpus.h"
#include "rules/rules.h"

namespace ct::align {

void finalize_threads(Corpus& corpus, std::vector<Draft> drafts, const FeatureTable& f,
                      const Rules& rules, int jobs, ComparisonMemo* memo = nullptr);

// The label of a thread named after `clause`.
std::string label_of(const Clause& clause);

}  // namespace ct::align

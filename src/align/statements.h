// Statements threaded on their own. A paragraph that says several things (a
// report's "The Secretary-General opened the meeting. He reaffirmed ... .
// Members called for ...") joins a series' threads through one of its
// sentences only; the others, which later texts often carry as paragraphs of
// their own or inside other paragraphs, stay unlinked. After the threads are
// built, each such sentence that no thread of its clause stands for is
// matched with the paragraphs and sentences of related documents (the same
// series, or documents that threads already link across series); a match
// scoring at least Params::statement_same (Params::statement_cross across
// languages) joins the clause to that paragraph's thread, marked merged, or
// starts a thread of the two sentences' clauses. Each sentence joins at
// most one thread, so a clause sits in at most as many threads as it has
// sentences besides its own.
#pragma once

#include <vector>

#include "align/features.h"
#include "align/score.h"
#include "align/threading.h"
#include "model/corpus.h"

namespace ct::align {

void join_statements(const Corpus& corpus, const FeatureTable& f, const Params& p,
                     std::vector<Draft>& drafts, int jobs);

}  // namespace ct::align

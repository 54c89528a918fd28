// The checks of each family, called in turn by run_checks. Each reads the
// corpus and reports into the sink; a disabled rule costs nothing.
#pragma once

#include "check/sink.h"
#include "model/corpus.h"
#include "rules/rules.h"

namespace ct::check {

struct Knowledge;

void check_dates(const Corpus& corpus, const Rules& rules, FindingSink& sink);
void check_meetings(const Corpus& corpus, const Rules& rules, FindingSink& sink);
void check_sessions(const Corpus& corpus, const Rules& rules, FindingSink& sink);
void check_numbering(const Corpus& corpus, const Rules& rules, FindingSink& sink);
void check_toc(const Corpus& corpus, const Rules& rules, FindingSink& sink);
void check_compilation(const Corpus& corpus, const Rules& rules, FindingSink& sink);
void check_references(const Corpus& corpus, const Rules& rules, FindingSink& sink);
void check_scripts(const Corpus& corpus, const Rules& rules, FindingSink& sink);
void check_spacing(const Corpus& corpus, const Rules& rules, FindingSink& sink);
void check_other_language(const Corpus& corpus, const Rules& rules, FindingSink& sink);
void check_language_uncertain(const Corpus& corpus, const Rules& rules, FindingSink& sink);
void check_duplicates(const Corpus& corpus, const Rules& rules, FindingSink& sink);
void check_near_miss(const Corpus& corpus, const Rules& rules, FindingSink& sink);
void check_terms(const Corpus& corpus, const Rules& rules, FindingSink& sink);
void check_threads(const Corpus& corpus, const Rules& rules, FindingSink& sink);
// The cross-document checks: they read what the corpus knows (knowledge.h).
void check_crossref(const Corpus& corpus, const Rules& rules, const Knowledge& knowledge,
                    FindingSink& sink);

}  // namespace ct::check

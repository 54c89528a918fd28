// The checks of each family, called in turn by run_checks. Each reads the
// corpus and reports into the sink; a disabled rule costs nothing.
#pragma once

#include <memory>

#include "check/check.h"
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
// The same with each document's phrases (they read the document alone and
// the rules) asked of `memo` first and given to it when made.
void check_other_language(const Corpus& corpus, const Rules& rules, FindingSink& sink,
                          WordDiffMemo* memo);
void check_language_uncertain(const Corpus& corpus, const Rules& rules, FindingSink& sink);
void check_duplicates(const Corpus& corpus, const Rules& rules, FindingSink& sink);
// The same with each document's repeated paragraphs (they read the document
// alone and the rules) asked of `memo` first and given to it when made.
void check_duplicates(const Corpus& corpus, const Rules& rules, FindingSink& sink,
                      WordDiffMemo* memo);
void check_near_miss(const Corpus& corpus, const Rules& rules, FindingSink& sink);
// check_near_miss in parts that may run on separate threads (the costliest
// check of a large corpus): run(p) for every p < parts() (in any order, at
// once), then report(sink) gives the same findings as check_near_miss.
class NearMissCheck {
 public:
  // `sink` says what the check wants (focus, rule), and is read by run().
  // `memo`: word diffs kept from an earlier run (may be null).
  NearMissCheck(const Corpus& corpus, const Rules& rules, const FindingSink& sink,
                std::size_t parts, WordDiffMemo* memo = nullptr);
  ~NearMissCheck();
  std::size_t parts() const;  // 0 when the rule is off
  void run(std::size_t part);
  void report(FindingSink& sink);

 private:
  struct Work;
  std::unique_ptr<Work> work_;
};
void check_terms(const Corpus& corpus, const Rules& rules, FindingSink& sink);
void check_threads(const Corpus& corpus, const Rules& rules, FindingSink& sink);
// The cross-document checks: they read what the corpus knows (knowledge.h).
void check_crossref(const Corpus& corpus, const Rules& rules, const Knowledge& knowledge,
                    FindingSink& sink);

}  // namespace ct::check

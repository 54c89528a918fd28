// A small corpus for the report tests, written by the test and analysed by
// the pipeline, whose threads and findings are then set by hand so every
// section of the report has content whatever the aligner and the checks do:
// a thread translated, amended (with a word diff and facts) and unchanged; a
// reworded thread dropped from the newest session; two clauses merged into
// one (the merged clause in both threads); a clause quoting
// <script>alert(1)</script>; findings of each severity, with related
// locations.
#pragma once

#include <memory>
#include <string>

#include "model/corpus.h"
#include "support/test_support.h"

namespace ct::test {

struct ReportCorpus {
  std::unique_ptr<TempDir> dir;
  Corpus corpus;
  // Clause ids of interest.
  std::string demand_fr, demand_en, demand_amended, demand_last;
  std::string merged_a, merged_b, merged_into;
  std::string dropped_first, dropped_reworded;
  std::string script_clause;
};

// The injected text one clause of the corpus carries.
inline constexpr const char* kInjected = "<script>alert(1)</script>";

ReportCorpus report_corpus();

}  // namespace ct::test

// The series pages of a split report (report/html_site) kept in the
// analysis cache folder under pages/, one file per page named for a hash of
// everything the page is made from (report::PageInputs: its series'
// documents, its threads with their clauses, its findings, entities and
// drawing, and every link it prints), of the rules folder's files and of the
// tool's build (its version and the bytes of the running executable: the
// templates and the code that fill them are compiled in, and change without
// a version's bump while the tool is developed). A page whose name is found
// is not made again: its bytes are put in OUT. An entry is the page's bytes
// as written to OUT, named KEY.SUM.page (summed_entries.h, which also tells
// how entries are carried, swept and put in OUT): one whose bytes do not
// match SUM is made again, never an error, and never put in OUT.
#pragma once

#include <string>

#include "pipeline/analysis_cache.h"
#include "pipeline/summed_entries.h"
#include "report/html_report.h"
#include "rules/rules.h"

namespace ct::pipeline {

class PageCache final : public report::PageMemo {
 public:
  // `out_dir`: the report's folder, made by this run.
  PageCache(const CacheOptions& cache, const Rules& rules, std::string out_dir);
  bool enabled() const { return entries_.enabled(); }
  bool put_kept(const std::string& input, const std::string& file) override;
  void put_made(const std::string& input, const std::string& file, std::string html) override;

 private:
  std::string key(const std::string& input) const;

  SummedEntries entries_;  // KEY.SUM.page under pages/
  std::string out_dir_;
  std::string build_;  // what every page depends on besides its input
};

}  // namespace ct::pipeline

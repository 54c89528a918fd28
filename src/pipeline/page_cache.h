// The series pages of a split report (report/html_site) kept in the
// analysis cache folder under pages/, one file per page named for a hash of
// everything the page is made from (report::PageInputs: its series'
// documents, its threads with their clauses, its findings, entities and
// drawing, and every link it prints), of the rules folder's files and of the
// tool's build (its version and the bytes of the running executable: the
// templates and the code that fill them are compiled in, and change without
// a version's bump while the tool is developed). A page whose name is found
// is not made again: its bytes are put in OUT. An entry is the page's bytes
// as written to OUT, its name ending with their hash: one that does not
// match is made again, never an error, and never put in OUT.
//
// With track's default cache (a folder of OUT, written into the staged
// output folder), a page is put in OUT as a hard link to its entry: a kept
// page costs no write, a made one one write. An entry changed in place
// through such a link (an output edited in place) no longer matches its
// name and is made again. With a cache elsewhere (--cache), pages are
// written into OUT as files of their own.
#pragma once

#include <string>
#include <unordered_map>

#include "pipeline/analysis_cache.h"
#include "report/html_report.h"
#include "rules/rules.h"

namespace ct::pipeline {

class PageCache final : public report::PageMemo {
 public:
  // `out_dir`: the report's folder, made by this run.
  PageCache(const CacheOptions& cache, const Rules& rules, std::string out_dir);
  bool enabled() const { return !dir_.empty(); }
  bool put_kept(const std::string& input, const std::string& file) override;
  void put_made(const std::string& input, const std::string& file, std::string html) override;

 private:
  std::string key(const std::string& input) const;

  std::string dir_, write_dir_, out_dir_;  // "" without a cache
  bool link_out_ = false;                  // kept pages are linked into OUT
  std::string build_;                      // what every page depends on besides its input
  std::unordered_map<std::string, std::string> kept_;  // key -> entry file name in dir_
};

}  // namespace ct::pipeline

// The report's Graphviz drawings (report::SeriesDrawing) kept in the
// analysis cache folder under svg/, one file per drawing named for a hash of
// everything `dot -Tsvg` reads: the DOT text, and what of the machine it
// runs on can change its output (the `dot` executable found on PATH, by
// path, size and time; the fontconfig cache's time, which fc-cache touches
// when fonts are installed; the environment variables Graphviz and
// fontconfig read), with the tool's version. A run starts `dot` only for the
// drawings it has not kept. An entry is the SVG, named KEY.SUM.svg
// (summed_entries.h): one whose bytes do not match SUM is drawn again,
// never an error.
#pragma once

#include <string>

#include "pipeline/analysis_cache.h"
#include "pipeline/summed_entries.h"
#include "report/html_graph.h"

namespace ct::pipeline {

class SvgCache final : public report::SvgMemo {
 public:
  explicit SvgCache(const CacheOptions& cache);
  bool find(const std::string& dot, std::string& svg) const override;
  void keep(const std::string& dot, const std::string& svg) override;

 private:
  std::string key(const std::string& dot) const;

  SummedEntries entries_;  // KEY.SUM.svg under svg/
  std::string machine_;    // what of the machine the drawings depend on
};

}  // namespace ct::pipeline

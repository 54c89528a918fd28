// The per-series graph files of a large corpus (graphs/SERIES.dot and
// .graphml, track_outputs.h) kept in the analysis cache folder under graphs/,
// named for a hash of everything report::graph_dot and graph_graphml read of
// the series' part of the graph: each vertex's item (document, clause,
// thread or entity: ids, texts, dates, the lifecycle as computed in this
// run), each edge, the series' columns, and the tool's version. Lifecycles
// and alignment are corpus-wide (thread ids are not: align/thread_ids.h), so
// the key is made from them as computed, never from the members' analysis
// entries alone. An entry is the file's bytes (valid UTF-8), named
// KEY.SUM.dot or .graphml (summed_entries.h, which also tells how entries
// are carried, swept and put in OUT): one found whose bytes match SUM is put
// in OUT, else the file is made, kept and put in OUT. Outputs equal the
// uncached ones.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "graph/persistence_graph.h"
#include "model/corpus.h"
#include "pipeline/analysis_cache.h"
#include "pipeline/summed_entries.h"

namespace ct::pipeline {

class GraphFilesCache {
 public:
  // `whole`: the corpus graph the parts are views of (its catalogue is theirs).
  GraphFilesCache(const Corpus& corpus, const graph::PersistenceGraph& whole,
                  const CacheOptions& cache);
  // Writes OUT/graphs/STEM.dot and .graphml of `part` into `out_dir` (a
  // folder made by this run), by `put` when made by `make` (dot, then
  // graphml, valid UTF-8), copied from the cache when found there.
  using Make = std::function<std::string(const graph::PersistenceGraph&, bool dot)>;
  using Put = std::function<void(const std::string& name, std::string content)>;
  void write(const graph::PersistenceGraph& part, const std::string& out_dir,
             const std::string& stem, const Make& make, const Put& put) const;

 private:
  std::string key(const graph::PersistenceGraph& part) const;

  const Corpus& corpus_;
  SummedEntries entries_;  // KEY.SUM.dot and .graphml under graphs/
  // Per item, a hash of what the writers read of it.
  std::vector<std::uint64_t> documents_, clauses_, threads_, entities_;
};

}  // namespace ct::pipeline

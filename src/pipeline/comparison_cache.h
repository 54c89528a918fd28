// The comparison cache of `track` (issue 17): the comparison of each thread
// member with its earlier version (diff::compare: change class, word diff,
// changed facts), kept in one binary file of the cache folder and named per
// pair by a hash of the two clauses' analysis entry keys and places in their
// documents. An entry key covers everything the analysis of a document read
// (its text, metadata, the rules, the tool's version), and a comparison reads
// only the two analysed clauses, their languages and the rules, so a kept
// comparison is the one a fresh one would make: a run after adding a
// document compares only the pairs it has not seen. The file holds this
// run's pairs only; one that does not decode is ignored.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "align/align.h"
#include "model/corpus.h"
#include "pipeline/analysis_cache.h"

namespace ct::pipeline {

class ComparisonCache final : public align::ComparisonMemo {
 public:
  // Reads the file of `cache.dir`. `doc_keys`: each document's analysis
  // entry key (segment_and_extract_cached).
  ComparisonCache(const Corpus& corpus, std::vector<std::string> doc_keys,
                  const CacheOptions& cache);

  bool find(std::size_t older, std::size_t newer, diff::Comparison& out) const override;
  void keep(std::size_t older, std::size_t newer, const diff::Comparison& c) override;

  // Writes the pairs of this run (found or made) into the write folder.
  void save() const;

 private:
  using Key = std::array<std::uint64_t, 2>;
  struct KeyHash {
    std::size_t operator()(const Key& k) const { return k[0] ^ (k[1] * 31); }
  };
  Key key(std::size_t older, std::size_t newer) const;

  const Corpus& corpus_;
  std::vector<std::string> doc_keys_;
  std::string write_dir_;
  std::unordered_map<Key, std::string, KeyHash> kept_;  // encoded comparisons read
  mutable std::mutex mutex_;
  mutable std::map<Key, std::string> used_;  // this run's, encoded
};

}  // namespace ct::pipeline

// The comparison caches of `track` (issue 17), each one binary file of the
// cache folder holding an entry per pair of clauses, named by a hash of the
// two clauses' analysis entry keys and places in their documents:
// - ComparisonCache (comparisons.bin): the comparison of each thread member
//   with its earlier version (diff::compare: change class, word diff,
//   changed facts), made by alignment;
// - WordDiffCache (word-diffs.bin): the word diffs the near-miss check makes
//   of a member against its further earlier versions (diff::word_diff); and
//   (vocabulary-swaps.bin) each series' swaps against its own vocabulary,
//   named by a hash of the series' documents' entry keys in order and of the
//   spelling dictionaries' bytes (the near-miss check reads nothing else).
//   Alignment does not enter: a series whose documents are the same gets
//   the same swaps whatever the rest of the corpus holds. Likewise
//   (thread-swaps.bin) the swaps found along each thread, named by a hash of
//   its members in order (entry key and place of each member's clause and
//   of the clause it was compared with, and its word diff, whole): a thread
//   whose members did not change gets them back whatever its id. And
//   (documents.bin) what a check made of one document alone (the knowledge's
//   extensions of mandates, check/knowledge.h), named by a hash of the
//   document's entry key and the check's name for it.
// An entry key covers everything the analysis of a document read (its text,
// metadata, the rules, the tool's version), and a comparison or a word diff
// reads only the two analysed clauses, their languages and the rules, so a
// kept one is the one a fresh one would make: a run after adding a document
// compares only the pairs it has not seen. Each file holds this run's pairs
// only; one that does not decode is ignored.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "align/align.h"
#include "check/check.h"
#include "model/corpus.h"
#include "pipeline/analysis_cache.h"

namespace ct::pipeline {

// One cache file of encoded entries per pair of clauses: read whole at
// construction, this run's entries written by save(). Thread-safe.
class PairFile {
 public:
  PairFile(const Corpus& corpus, std::vector<std::string> doc_keys, const CacheOptions& cache,
           std::string_view file, std::string_view magic);

  // The entry kept for the pair (clause indices), or nullptr; marks it used.
  const std::string* find(std::size_t older, std::size_t newer) const;
  void keep(std::size_t older, std::size_t newer, std::string entry);
  bool writes() const { return !write_dir_.empty() && valid(); }
  void save() const;

  // The same by a key of the caller's (a hash of everything the entry reads).
  using Key = std::array<std::uint64_t, 2>;
  static Key key_of(std::string_view material);
  const std::string* find(const Key& k) const;
  void keep(const Key& k, std::string entry);
  bool valid() const { return doc_keys_.size() == corpus_.documents.size(); }
  const std::vector<std::string>& doc_keys() const { return doc_keys_; }

 private:
  struct KeyHash {
    std::size_t operator()(const Key& k) const { return k[0] ^ (k[1] * 31); }
  };
  Key key(std::size_t older, std::size_t newer) const;

  const Corpus& corpus_;
  std::vector<std::string> doc_keys_;
  std::string write_dir_;
  std::string file_, magic_;
  std::unordered_map<Key, std::string, KeyHash> kept_;  // encoded entries read
  mutable std::mutex mutex_;
  mutable std::map<Key, std::string> used_;  // this run's, encoded
};

class ComparisonCache final : public align::ComparisonMemo {
 public:
  // Reads the file of `cache.dir`. `doc_keys`: each document's analysis
  // entry key (segment_and_extract_cached).
  ComparisonCache(const Corpus& corpus, std::vector<std::string> doc_keys,
                  const CacheOptions& cache);

  bool find(std::size_t older, std::size_t newer, diff::Comparison& out) const override;
  void keep(std::size_t older, std::size_t newer, const diff::Comparison& c) override;

  // Writes the pairs of this run (found or made) into the write folder.
  void save() const { file_.save(); }

 private:
  const Corpus& corpus_;
  PairFile file_;
};

class WordDiffCache final : public check::WordDiffMemo {
 public:
  // `rules`: their languages' spelling dictionaries enter the series' keys.
  WordDiffCache(const Corpus& corpus, std::vector<std::string> doc_keys, const CacheOptions& cache,
                const Rules& rules);

  bool find(std::size_t older, std::size_t newer, std::vector<WordOp>& out) const override;
  void keep(std::size_t older, std::size_t newer, const std::vector<WordOp>& ops) override;
  void carry(std::size_t older, std::size_t newer) override { file_.find(older, newer); }
  bool find_series(std::size_t series, std::vector<check::SeriesSwap>& out) const override;
  void keep_series(std::size_t series, const std::vector<check::SeriesSwap>& swaps) override;
  bool find_thread(std::size_t thread, std::vector<check::SeriesSwap>& out) const override;
  void keep_thread(std::size_t thread, const std::vector<check::SeriesSwap>& swaps) override;
  bool find_document(std::size_t doc, std::string_view kind, std::string& out) const override;
  void keep_document(std::size_t doc, std::string_view kind, std::string entry) override;

  void save() const {
    file_.save();
    series_file_.save();
    thread_file_.save();
    document_file_.save();
  }

 private:
  PairFile::Key series_key(std::size_t series) const;
  PairFile::Key thread_key(std::size_t thread) const;

  const Corpus& corpus_;
  PairFile file_, series_file_, thread_file_, document_file_;
  std::string dictionaries_;  // what of the spelling dictionaries the keys cover
};

}  // namespace ct::pipeline

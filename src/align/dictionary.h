// Word translations, first from the word lexicons learned from parallel texts
// (rules/lexicon/, GlossaryRules::lexicons), then, for the stems they lack,
// from bilingual dictionaries in the dictd format (the
// FreeDict files Debian ships in dict-freedict-*): `NAME.index` lists each
// headword with the base64 offset and length of its entry in `NAME.dict.dz`
// (gzip, read with zlib) or `NAME.dict`. Entries are reduced to stems:
// source-language stem -> target-language stems, both directions of each
// dictionary, so a French clause can be compared with an English one word by
// word where the glossary has no phrase. A pair of languages with no table of
// its own is translated through a third language both reach (English, with
// the shipped lexicons).
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "rules/rules.h"

namespace ct::align {

class Translations {
 public:
  using Table = std::unordered_map<std::string, std::vector<std::string>>;
  // Target-language stems of a source-language stem (possibly none).
  const std::vector<std::string>* find(const std::string& from, const std::string& to,
                                       const std::string& stem) const;
  // The whole table from one language to another, or null.
  const Table* table(const std::string& from, const std::string& to) const;
  // Language pairs this holds, as (from, to).
  std::vector<std::pair<std::string, std::string>> pairs() const;
  bool empty() const { return by_pair_.empty(); }

  // The table from one language to another, made when missing.
  Table& table_for(const std::string& from, const std::string& to) { return by_pair_[{from, to}]; }
  static void add(Table& table, const std::string& stem, const std::string& translation);
  // Keeps at most `limit` translations per stem (the first ones read) and
  // drops stems with more than `ambiguous` distinct translations.
  void prune(std::size_t limit, std::size_t ambiguous);

 private:
  friend Translations load_translations(const Rules& rules, int jobs);
  std::map<std::pair<std::string, std::string>, Table> by_pair_;
};

// Reads the glossary's lexicons, then its dictionaries, one per thread (a
// missing dictionary is skipped silently: the dictionaries only refine the
// glossary). Never throws
// for a missing or malformed dictionary. The result does not depend on `jobs`.
Translations load_translations(const Rules& rules, int jobs = 1);

// Parses one dictd index + data pair into `out` (exposed for tests); lines
// it cannot read are skipped.
void read_dictd(const std::string& index_text, const std::string& data, const std::string& from,
                const std::string& to, const Rules& rules, Translations& out);

}  // namespace ct::align

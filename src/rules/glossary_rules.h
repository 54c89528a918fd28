// The multilingual glossary (rules/glossary.yaml): recurring terms and phrases
// of resolutions and communiqués, each entry naming one concept in several
// languages ("Conseil de sécurité" / "Security Council"), or synonyms in one
// language (an acronym and its expansion). The aligner turns
// every phrase it finds in a clause into the entry's concept, so clauses in
// different languages share features. Optional bilingual dictionaries in the
// dictd format (FreeDict) extend it word by word.
//
//   entries:
//     - en: [political prisoners]
//       fr: [prisonniers politiques, détenus politiques]
//   dictionaries:
//     - {from: fr, to: en, path: /usr/share/dictd/freedict-fra-eng}
//   label_languages: [en]
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "rules/language_rules.h"

namespace ct {

struct GlossaryEntry {
  int line = 0;                                             // in the rules file
  std::map<std::string, std::vector<std::string>> phrases;  // by language, as written
};

// One phrase of an entry, as the folded Snowball stems of its words and
// numbers (punctuation such as hyphens and apostrophes dropped).
struct GlossaryPhrase {
  std::vector<std::string> stems;
  std::size_t entry = 0;
};

// A dictd dictionary (`path`.index and `path`.dict.dz or `path`.dict)
// translating words of `from` into words of `to`. Optional: a missing file
// is skipped.
struct DictionarySource {
  std::string from, to, path;
};

struct GlossaryRules {
  std::string file;
  std::vector<GlossaryEntry> entries;
  // Per language: phrases by their first stem, longest first.
  std::map<std::string, std::unordered_map<std::string, std::vector<GlossaryPhrase>>> phrases;
  std::vector<DictionarySource> dictionaries;
  // Languages whose wording names a thread, in order of preference.
  std::vector<std::string> label_languages;
};

// Loads rules/glossary.yaml (absent: an empty glossary). Phrases are stemmed
// with each language's rules; a language without rules, an unknown key, an
// entry with fewer than two phrases or a phrase without words is an
// InputError with the file, line and column.
GlossaryRules load_glossary_rules(const std::string& dir,
                                  const std::map<std::string, LanguageRules>& languages);

}  // namespace ct

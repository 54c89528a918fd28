// The multilingual glossary (rules/glossary.yaml): recurring terms and phrases
// of resolutions and communiqués, each entry naming one concept in several
// languages ("Conseil de sécurité" / "Security Council"), or synonyms in one
// language (an acronym and its expansion). The aligner turns
// every phrase it finds in a clause into the entry's concept, so clauses in
// different languages share features. Optional bilingual dictionaries in the
// dictd format (FreeDict) extend it word by word, after word lexicons learned
// from parallel texts (scripts/learn-lexicon.py), which come first.
//
//   entries:
//     - en: [political prisoners]
//       fr: [prisonniers politiques, détenus politiques]
//   dictionaries:
//     - {from: fr, to: en, path: /usr/share/dictd/freedict-fra-eng}
//   lexicons:
//     - {from: en, to: fr, file: lexicon/en-fr.tsv}
//   label_languages: [en]
//   cognates: [[en, fr]]
#pragma once

#include <map>
#include <set>
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

// A word lexicon (a TSV file beside the rules, see scripts/learn-lexicon.py):
// one pair a line, `from` word, `to` word, p(to|from), p(from|to); `#`
// starts a comment line.
struct LexiconPair {
  std::string from, to;  // lower-cased words as written
  double p_forward = 0, p_backward = 0;
};

struct Lexicon {
  std::string from, to, file;
  std::vector<LexiconPair> pairs;
};

struct GlossaryRules {
  std::string file;
  std::vector<GlossaryEntry> entries;
  // Per language: phrases by their first stem, longest first.
  std::map<std::string, std::unordered_map<std::string, std::vector<GlossaryPhrase>>> phrases;
  std::vector<DictionarySource> dictionaries;
  std::vector<Lexicon> lexicons;
  // Languages whose wording names a thread, in order of preference.
  std::vector<std::string> label_languages;
  // Pairs of languages whose Snowball stems of one word often agree
  // ("déplorer" and "deplore" are both "deplor"): a stem that no lexicon or
  // dictionary translates stands for itself in the other language of a pair
  // (both directions).
  std::vector<std::pair<std::string, std::string>> cognates;
};

// Loads rules/glossary.yaml (absent: an empty glossary). Phrases are stemmed
// with each language's rules; a language without rules, an unknown key, an
// entry with fewer than two phrases or a phrase without words is an
// InputError with the file, line and column; so is a lexicon file that is
// missing or has a line without four tab-separated fields or with a
// probability outside 0..1 (its own file, line and column).
// With `only`, phrases are stemmed for those languages alone (the others'
// are kept as written in `entries`), and the lexicons are read only for two
// languages or more (what translations need).
GlossaryRules load_glossary_rules(const std::string& dir,
                                  const std::map<std::string, LanguageRules>& languages,
                                  const std::set<std::string>* only = nullptr);

}  // namespace ct

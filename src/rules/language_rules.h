// Per-language knowledge, one file per language under rules/lang/: stop words,
// words that identify the language, month names, number and ordinal words,
// abbreviations that do not end a sentence, the verbs that open preambular
// and operative paragraphs (with a canonical action and strength shared by
// all languages, e.g. "exige" / "demands" -> demand, 5), and adverbs that may
// stand next to such a verb.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/variants.h"

namespace ct {

struct OperativeVerb {
  std::string action;  // canonical action, the same across languages
  int strength = 0;    // higher is stronger ("demand" 5 > "urge" 4 > "invite" 2)
};

struct LanguageRules {
  std::string code;                           // "fr"
  std::string name;                           // "français"
  std::vector<std::string> codes;             // other codes naming it ("fra", "fre", "fr-FR")
  std::string stemmer;                        // libstemmer algorithm
  std::string file;                           // rules file it came from
  std::vector<std::string> detect;            // folded frequent words, for detection
  std::unordered_set<std::string> stopwords;  // folded
  std::vector<std::string> abbreviations;     // as written: "M.", "S.E.", "No."
  std::map<std::string, int> months;          // folded month name or abbreviation -> 1..12
  std::map<std::string, int> cardinals;       // folded number words -> value
  std::map<std::string, int> ordinals;        // folded ordinal words -> value
  std::vector<std::string> ordinal_suffixes;  // after digits: "er", "ème", "th", ...
  // Folded words that make the number written just before them a month
  // (Chinese "5月", which the word breaker cuts into "5" and "月": May).
  std::vector<std::string> month_suffixes;
  // Preambular openers as folded word sequences ("ayant", "examine").
  std::vector<std::vector<std::string>> preambular;
  // Operative verbs by folded Snowball stem.
  std::unordered_map<std::string, OperativeVerb> operative;
  std::unordered_set<std::string> adverbs;  // folded
  // The act a clause performs, for alignment (reject, demand, concern...):
  // words signalling each act, by folded Snowball stem. A weak act (reaffirm,
  // express) yields to another act named in the clause's opening words
  // ("reiterated their rejection" rejects).
  std::unordered_map<std::string, std::string> act_stems;  // stem -> act
  // The same words as written (folded), which is what a clause is matched
  // with: a stem joins a verb to nouns that name no act ("authorize" and
  // "authorities").
  std::unordered_map<std::string, std::string> act_words;  // folded word -> act
  std::unordered_set<std::string> weak_acts;
  // Acts (`recitals: false`) whose words name them only in an operative
  // paragraph: a recital opening with one states (Arabic recitals open with
  // "وإذ يقرر", determining, the verb of "يقرر", decides).
  std::unordered_set<std::string> operative_acts;
  std::unordered_set<std::string> negations;  // folded words that negate a clause
  // Folded words after which a negation word does not negate ("لا تزال",
  // still: "does not cease").
  std::unordered_set<std::string> not_negating;
  // Hunspell dictionaries of the language's varieties (paths without
  // .aff/.dic; a missing one is skipped): what is a word of it.
  std::vector<std::string> spelling;
  // Paragraphs may open in lower case (Russian, German resolutions): a
  // lower-case line after a blank line starts a paragraph.
  bool lowercase_openers = false;
  // Words inflect by their endings (Russian aspect pairs, Spanish and German
  // endings): two words parting only in their last N letters are forms of one
  // word, not a slip ("обеспечить" / "обеспечивать"). 0: no such rule.
  std::size_t inflected_endings = 0;
  // Words derive by suffixes: a word whose Snowball stem begins with another
  // word's stem of at least N letters is that word derived or inflected
  // ("West" / "Western", "Sudan" / "Sudanese", "Election" / "Electoral"). 0:
  // no such rule.
  std::size_t derived_stem_prefix = 0;
  // Names of places and bodies (rules/places.yaml, bodies.yaml) in this
  // language are found by their words' stems, so inflected forms count
  // (Russian cases; Arabic article and clitics glued to the name).
  bool names_by_stem = false;
  // One-letter words written glued to the next ("و", and; "ل", for): a name
  // with one of them in front is also indexed by the stems the stemmer gives
  // that form, where it takes the name's own first letters for a prefix.
  std::vector<std::string> glued_prefixes;
  // Words found by a name's stems that are derived from the name, not the
  // name: adjectives of relation and peoples ("الليبية", Libyan, for "ليبيا").
  // Such a word is the name's last word (without `article`, less one of
  // `drop`) followed by one of `suffixes`, or the name with the `article` it
  // does not take. All folded; empty: no such rule.
  struct DerivedNames {
    std::string article;
    std::vector<std::string> drop, suffixes;
  } derived_names;
  // Spelling variants of the varieties and irregular forms ("ise=ize",
  // "um=a"): the same word written two ways, folded.
  std::vector<text::Variant> variants;
};

// Loads rules/lang/*.yaml. Throws InputError on any problem.
std::map<std::string, LanguageRules> load_language_rules(const std::string& dir);

}  // namespace ct

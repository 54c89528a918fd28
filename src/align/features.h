// Features of a clause for alignment, as sparse tf-idf vectors over hashed
// feature ids:
// - stems of its content words, tagged with its language;
// - concepts: glossary phrases found in it (language-independent), which
//   replace the words they cover;
// - shared facts: entity values (dates, symbols, organizations...), numbers,
//   month and number words read through the language rules, acronyms.
// Beside the vectors, the act its opening words name (demand, reject...) and
// whether they negate it: what a clause does weighs in its link.
// For each other language of the corpus that a dictionary reaches, a
// "pivot" vector holds the translations of its stems instead of the stems,
// so a French clause is compared with an English one in English words.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "align/dictionary.h"
#include "model/corpus.h"
#include "rules/rules.h"
#include "text/analyzer.h"

namespace ct::align {

using FeatureId = std::uint64_t;

struct Weighted {
  FeatureId id = 0;
  float w = 0;
};

// A sparse vector sorted by id, with its Euclidean norm and weight sum.
struct Vec {
  std::vector<Weighted> items;
  float norm = 0;
  float sum = 0;
};

// Raw feature counts of a clause before weighting.
struct Terms {
  struct Term {
    FeatureId id;
    float count;
    float kind_weight;
  };
  std::vector<Term> native;                                       // stems, concepts, shared facts
  std::vector<Term> shared;                                       // concepts and shared facts only
  std::vector<std::pair<std::string, std::vector<Term>>> pivots;  // by target language
  std::size_t words = 0;                                          // content words
  bool concepts = false;  // its language has glossary phrases
  FeatureId act = 0;      // the act its opening words name (0: none), see LanguageRules
  bool weak_act = false;  // ... a weak one (reaffirm), which another act overrides
  bool negated = false;   // a negation among its opening words
};

struct ClauseFeatures {
  Vec native, shared;
  std::vector<std::pair<std::string, Vec>> pivots;
  std::size_t words = 0;
  // Its language has glossary phrases: its pivots into a language without
  // them translate the words of its phrases instead of naming concepts.
  bool concepts = false;
  double position = 0;  // relative position of the clause in its document, 0..1
  FeatureId act = 0;    // own act, or its lead-in's for a list item that names none
  bool weak_act = false;
  bool negated = false;

  const Vec* pivot(const std::string& language) const;
};

// Document frequencies of the features over the clauses of a corpus.
class Idf {
 public:
  void add(const Terms& t);
  void finish();  // after all add()
  float operator()(FeatureId id) const;
  std::size_t clauses() const { return n_; }

 private:
  std::unordered_map<FeatureId, std::uint32_t> df_;
  std::size_t n_ = 0;
  float unseen_ = 1;
};

// What reading the clauses of one language needs, prepared once: its
// glossary phrases, number words, and translation tables into `targets`, the
// languages to build pivots for.
struct FeatureContext {
  FeatureContext(const std::string& language, const Rules& rules, const Translations& translations,
                 const std::vector<std::string>& targets);
  std::string language;
  std::vector<std::string> targets;
  const LanguageRules* lang_rules = nullptr;
  const std::unordered_map<std::string, std::vector<GlossaryPhrase>>* glossary = nullptr;
  std::vector<const Translations::Table*> tables;  // by target
  std::vector<bool> target_concepts;               // by target: it has glossary phrases
  std::vector<bool> cognates;  // by target: an untranslated stem stands for itself
  std::unordered_map<std::string, FeatureId> numberish;  // folded month/number word -> feature
};

// Extracts the raw terms of a clause of the context's language.
Terms terms_of(const Clause& c, const FeatureContext& ctx);

ClauseFeatures weigh(const Terms& t, const Idf& idf);

// The features of every clause of a corpus (indexed like Corpus::clauses).
struct FeatureTable {
  std::vector<ClauseFeatures> clauses;
  Idf idf;
  std::vector<std::string> languages;  // languages of the corpus, sorted
};

FeatureTable build_features(const Corpus& corpus, const Rules& rules,
                            const Translations& translations, int jobs);

}  // namespace ct::align

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
#include <string_view>
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

// Document frequencies of the features over the clauses of a corpus: the
// weights when a language of the corpus has no background table (Weights).
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

// The id of a feature key as background tables write it ("s:en:secur").
FeatureId feature_id(std::string_view key);

// A background table of one language (rules/df/LANG.tsv, made by
// scripts/background_df.cc from reference corpora): the share df / N of the
// reference's N clauses that hold each feature held by at least a floor of
// them.
class BackgroundDf {
 public:
  // Reads `file`; throws InputError at the line and column of what is wrong.
  static BackgroundDf load(const std::string& file);
  double share(FeatureId id) const;        // 0 when the table lacks the feature
  double least() const { return least_; }  // the rarest listed feature's share
  std::size_t clauses() const { return n_; }
  std::size_t size() const { return share_.size(); }

 private:
  std::unordered_map<FeatureId, float> share_;
  std::size_t n_ = 0;
  double least_ = 1;
};

// The weights of a corpus's features. When every language of the corpus has
// a background table, a feature weighs log(1 + 1 / p), p its mean share over
// those tables: what the corpus-wide counts give a corpus holding as many
// clauses of each of its languages as the tables do. A stem is one
// language's, so its share is divided by the number of languages, as in a
// corpus of several languages; a fact (a name, a number) is shared by all.
// The weights then depend on the corpus's languages only (as its pivots
// do), not on its documents: adding a document in a language it has changes
// no weight. A feature no table lists weighs as the rarest one listed (it
// is at least that rare in the references; weighing it more would let a
// name unknown to them but in every clause of a corpus outweigh the words).
// Otherwise (a language without a table) the corpus's own counts weigh
// every feature, as `corpus`.
class Weights {
 public:
  // Background weights over `tables` (the corpus's languages', all of them).
  static Weights background(std::vector<BackgroundDf> tables);
  // The corpus's own counts, filled and finished by the caller when no
  // tables are given.
  Idf corpus;
  // The weight, or the negated unseen weight of a feature no table (or, by
  // the corpus's counts, no clause) holds: pivots drop such translations.
  float operator()(FeatureId id) const;
  bool from_tables() const { return !tables_.empty(); }

 private:
  std::vector<BackgroundDf> tables_;
  float unseen_ = 1;
};

// The background tables of `languages` (rules/df/LANG.tsv under `dir`)
// when every one of them has a table; else none. Throws InputError for a
// table that is there but broken, used or not.
std::vector<BackgroundDf> load_background_tables(const std::string& dir,
                                                 const std::vector<std::string>& languages);

// What reading the clauses of one language needs, prepared once: its
// glossary phrases, number words, and translation tables into `targets`, the
// languages to build pivots for.
struct FeatureContext {
  FeatureContext(const std::string& language, const Rules& rules, const Translations& translations,
                 const std::vector<std::string>& targets,
                 std::unordered_map<FeatureId, std::string>* names = nullptr);
  std::string language;
  std::vector<std::string> targets;
  const LanguageRules* lang_rules = nullptr;
  const std::unordered_map<std::string, std::vector<GlossaryPhrase>>* glossary = nullptr;
  std::vector<const Translations::Table*> tables;  // by target
  std::vector<bool> target_concepts;               // by target: it has glossary phrases
  std::vector<bool> cognates;  // by target: an untranslated stem stands for itself
  std::unordered_map<std::string, FeatureId> numberish;  // folded month/number word -> feature
  // When set (scripts/background_df.cc, one thread), terms_of records each
  // native feature's key ("s:en:secur") under its id.
  std::unordered_map<FeatureId, std::string>* names = nullptr;
};

// Extracts the raw terms of a clause of the context's language.
Terms terms_of(const Clause& c, const FeatureContext& ctx);

ClauseFeatures weigh(const Terms& t, const Weights& weights);

// A sentence of a body clause that holds several (segment/statements.h),
// with features of its own: what a later text may carry alone.
struct Statement {
  std::size_t clause = 0;           // index into Corpus::clauses
  std::size_t first = 0, last = 0;  // its tokens in the clause
  ClauseFeatures features;
};

// The features of every clause of a corpus (indexed like Corpus::clauses).
struct FeatureTable {
  std::vector<ClauseFeatures> clauses;
  // The sentences of body clauses of several sentences, in clause order
  // (a clause of one sentence has none: the clause is its statement).
  std::vector<Statement> statements;
  Weights weights;
  std::vector<std::string> languages;  // languages of the corpus, sorted
};

FeatureTable build_features(const Corpus& corpus, const Rules& rules,
                            const Translations& translations, int jobs);

}  // namespace ct::align

// The words that open a clause and tell its role: preambular openers
// ("Recalling", "Ayant examiné", "Deeply concerned", any participle ending
// listed in rules/structure.yaml) and operative verbs ("Demands", "Further
// requests", "Also welcomed", "**EXIGE**", "SE FÉLICITE", "Demandé"), with
// the verb's canonical action and strength from rules/lang/*.yaml.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rules/language_rules.h"
#include "rules/structure_rules.h"
#include "text/analyzer.h"

namespace ct::segment {

struct LeadVerb {
  std::string lead;  // the verb as written ("EXIGE", "Demanded")
  std::string action;
  int strength = 0;
};

class Verbs {
 public:
  // `lang` may be null (a language without rules): nothing is recognized.
  Verbs(const LanguageRules* lang, const StructureRules& structure, text::Analyzer& analyzer);

  // Does `text` open with a preambular phrase? `participles` also accepts a
  // capitalized first word with a participle ending ("Soutenant").
  bool preambular(std::string_view text, bool participles) const;
  // The operative verb opening `text`, after adverbs and a reflexive pronoun
  // ("se"); a verb in capitals among the first three words also counts. With
  // `any_capitals`, an unknown word in capitals is taken as the verb (bold
  // verbs of numbered operative paragraphs), with no action.
  std::optional<LeadVerb> operative(std::string_view text, bool any_capitals) const;
  // Either kind of opener, for deciding whether a line starts a new paragraph.
  bool opener(std::string_view text) const;

  // All of it at once, reading the first words only once.
  struct Opening {
    bool phrase = false;           // preambular(text, false)
    bool participle = false;       // preambular(text, true)
    std::optional<LeadVerb> verb;  // operative(text, false)
  };
  Opening read(std::string_view text) const;
  // The same, with `tokens` the analyzer's tokens of the whole of `text`
  // (their folds are used): the block's tokens are made once and become its
  // clause's tokens, instead of splitting the opening again here.
  Opening read(std::string_view text, const std::vector<Token>& tokens) const;

 private:
  static constexpr std::size_t kWords = 8;  // longer than any opening phrase
  struct Word {
    std::string_view surface;  // in the text being read
    std::string_view fold;     // the token's fold, or in folds_
    bool capitalized = false, capitals = false;
    int letters = 0;
  };
  // The first words of `text`, in words_ (valid until the next call).
  const std::vector<Word>& first_words(std::string_view text, std::size_t n) const;
  // The same from the tokens of the whole of `text`.
  const std::vector<Word>& first_words(std::string_view text, const std::vector<Token>& tokens,
                                       std::size_t n) const;
  // Where the opening is cut: after n + 2 spaces or 240 bytes.
  static std::size_t opening_end(std::string_view text, std::size_t n);
  // Appends the word `t` of `text` to words_, with `fold` its folded form.
  void add_word(std::string_view text, const Token& t, std::string_view fold) const;
  Opening read(const std::vector<Word>& words) const;
  bool preambular(const std::vector<Word>& words, bool participles) const;
  std::optional<LeadVerb> operative(const std::vector<Word>& words, bool any_capitals) const;
  std::optional<LeadVerb> verb(const Word& w) const;

  const LanguageRules* lang_;
  bool clitic(const Word& w) const;

  std::vector<std::string> suffixes_;
  std::vector<std::string> clitics_;
  // The preambular phrases by their first word (sorted), so a word is
  // compared with the phrases it may open only.
  std::vector<std::pair<std::string_view, const std::vector<std::string>*>> phrases_;
  text::Analyzer& analyzer_;
  // Scratch space of first_words, reused: a Verbs reads the openings of one
  // document on one thread, and allocating for each block was a tenth of
  // the segmentation.
  mutable std::vector<Token> tokens_;
  mutable std::vector<Word> words_;
  // The folds of words split here (not from tokens): one per word, never moved.
  mutable std::array<std::string, kWords> folds_;
};

}  // namespace ct::segment

// Analyzer: the per-language word machinery (tokenizer, Snowball stemmer from
// libstemmer, stop words). One Analyzer per language and per worker thread: a
// Snowball stemmer keeps scratch state and must not be shared across threads.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "model/corpus.h"

struct sb_stemmer;

namespace ct::text {

// Splits text into word, number and punctuation tokens (whitespace dropped).
// Apostrophes and hyphens are tokens of their own, so "l'homme" gives "l", "'",
// "homme" and "Saint-et-Marie" gives "Saint", "-", "et", "-", "Marie".
// Letters and digits written together ("74ème") stay one token.
std::vector<Token> split_tokens(std::string_view text);
// The same, appended to `out` (whose storage a caller may reuse).
void split_tokens(std::string_view text, std::vector<Token>& out);

class Analyzer {
 public:
  // `algorithm` is a libstemmer algorithm name ("french", "english"), or ""
  // for none. Stop words are given folded.
  Analyzer(std::string language, const std::string& algorithm,
           std::unordered_set<std::string> stopwords);
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  const std::string& language() const { return language_; }
  // Stem of one word (any case); the result is folded.
  std::string stem(std::string_view word);
  // stem(word) of a word token's surface form, remembered as tokenize()
  // remembers it: held in forms().
  std::string_view word_stem(std::string_view word);
  bool is_stop(const std::string& folded) const { return stopwords_.count(folded) > 0; }
  // Tokens with fold, stem and stop filled in; their forms view forms().
  std::vector<Token> tokenize(std::string_view text);
  // The storage of the forms of the tokens this analyzer made: a clause that
  // keeps such tokens holds it (Clause::forms).
  const std::shared_ptr<const TokenForms>& forms() const { return forms_view_; }

 private:
  // What tokenize() fills in for one surface form.
  struct Analysis {
    std::string_view fold, stem;  // in forms_
    bool stop = false;
  };
  // Fold, stem and stop of the surface forms seen so far: a text repeats a
  // small vocabulary, and lower-casing, stemming and folding each token again
  // cost most of the segmentation. Bounded by kMaxMemo entries. Hand-written
  // open addressing (slots of hash and index into one vector of entries):
  // std::unordered_map's lookups chase two or three pointers to scattered
  // nodes, and those cache misses were most of tokenize()'s time.
  static constexpr std::size_t kMaxMemo = std::size_t{1} << 18;
  struct MemoEntry {
    std::string surface;
    Analysis analysis;
  };
  struct MemoSlot {
    std::uint32_t hash = 0;
    std::uint32_t index = 0;  // into memo_ plus one; 0: empty
  };
  std::vector<MemoEntry> memo_;
  std::vector<MemoSlot> slots_;  // a power of two, at most half full
  // One-byte surface forms (punctuation, most of them: a token in five) by
  // their byte, without a hash: index into memo_ plus one; 0: not yet seen.
  std::array<std::uint32_t, 256> one_byte_{};
  const Analysis* remembered(std::string_view surface, std::uint32_t hash) const;
  void remember(std::string_view surface, std::uint32_t hash, Analysis a);

  Analysis analyse(std::string_view surface, bool word);
  // The analysis of a surface form, from the memo or made (and remembered
  // while the memo has room; else held in spare_).
  const Analysis& analysis(std::string_view surface, bool word);
  Analysis spare_;
  // Every form handed out, each surface form's once (while the memo has
  // room): tokens copy two views, never the bytes.
  std::shared_ptr<TokenForms> forms_ = std::make_shared<TokenForms>();
  std::shared_ptr<const TokenForms> forms_view_ = forms_;

  std::string language_;
  sb_stemmer* stemmer_ = nullptr;
  std::unordered_set<std::string> stopwords_;
};

}  // namespace ct::text

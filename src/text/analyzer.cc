// Tokenizer and the libstemmer wrapper.
#include "text/analyzer.h"

#include <libstemmer.h>

#include "model/error.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace ct::text {

std::vector<Token> split_tokens(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t start = i;
    char32_t c = decode(s, i);
    if (is_space(c) || c == 0xA0 || c == 0x202F) continue;
    Token t;
    t.begin = start;
    if (is_letter(c) || is_digit(c)) {
      bool letters = is_letter(c), digits = is_digit(c);
      std::size_t j = i;
      while (j < s.size()) {
        std::size_t k = j;
        char32_t d = decode(s, k);
        // Combining marks (decomposed accents) stay inside the word.
        bool mark = d >= 0x300 && d <= 0x36F;
        if (!(is_letter(d) || is_digit(d) || mark)) break;
        letters |= is_letter(d);
        digits |= is_digit(d);
        j = k;
      }
      i = j;
      t.word = letters;
      t.number = digits && !letters;
    }
    t.end = i;
    out.push_back(std::move(t));
  }
  return out;
}

Analyzer::Analyzer(std::string language, const std::string& algorithm,
                   std::unordered_set<std::string> stopwords)
    : language_(std::move(language)), stopwords_(std::move(stopwords)) {
  if (!algorithm.empty()) {
    stemmer_ = sb_stemmer_new(algorithm.c_str(), "UTF_8");
    if (!stemmer_) throw InputError("unknown stemmer algorithm '" + algorithm + "'");
  }
}

Analyzer::~Analyzer() {
  if (stemmer_) sb_stemmer_delete(stemmer_);
}

std::string Analyzer::stem(std::string_view word) {
  std::string low = lower(word);
  if (!stemmer_) return fold(low);
  const sb_symbol* r = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(low.data()),
                                       static_cast<int>(low.size()));
  if (!r) return fold(low);
  return fold(std::string_view(reinterpret_cast<const char*>(r),
                               static_cast<std::size_t>(sb_stemmer_length(stemmer_))));
}

Analyzer::Analysis Analyzer::analyse(std::string_view surface, bool word) {
  Analysis a;
  a.fold = fold(surface);
  if (word) {
    a.stem = stem(surface);
    a.stop = is_stop(a.fold);
  } else {
    a.stem = a.fold;
  }
  return a;
}

std::vector<Token> Analyzer::tokenize(std::string_view text) {
  std::vector<Token> tokens = split_tokens(text);
  for (Token& t : tokens) {
    std::string_view surface = text.substr(t.begin, t.end - t.begin);
    // A surface form is a word or not whatever its context (split_tokens),
    // so the memo's key is the surface alone.
    auto it = memo_.find(surface);
    if (it == memo_.end()) {
      Analysis a = analyse(surface, t.word);
      if (memo_.size() >= kMaxMemo) {
        t.fold = std::move(a.fold);
        t.stem = std::move(a.stem);
        t.stop = a.stop;
        continue;
      }
      it = memo_.emplace(std::string(surface), std::move(a)).first;
    }
    t.fold = it->second.fold;
    t.stem = it->second.stem;
    t.stop = it->second.stop;
  }
  return tokens;
}

}  // namespace ct::text

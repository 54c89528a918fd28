// ClauseView: what every finder of the extract stage reads about one clause:
// its text, a folded copy (lower case, no accents) with a map back to the
// text's bytes, its language and the body of its document's series.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/corpus.h"
#include "rules/pattern.h"
#include "rules/rules.h"

namespace ct::extract {

class ClauseView {
 public:
  ClauseView(const Corpus& corpus, const Clause& clause, const Rules& rules);

  const Rules& all_rules;
  const Corpus& corpus;
  const Clause& clause;
  const Document& doc;
  const ExtractRules& rules;
  const std::string& text;  // Clause::text
  // The document's language when the rules know it, else "" (all languages).
  std::string language;
  std::string series_body;   // Series::body of the document's series, or ""
  std::string series_title;  // its title, folded, or ""

  const std::string& folded() const { return folded_; }
  // Byte offset in `text` of a byte offset in `folded()`.
  std::size_t to_text(std::size_t folded_offset) const { return map_[folded_offset]; }
  // Byte offset in `folded()` of a code point boundary of `text`.
  std::size_t to_folded(std::size_t text_offset) const;

  std::string_view slice(std::size_t b, std::size_t e) const {
    return std::string_view(text).substr(b, e - b);
  }
  // Whether `re` may match somewhere in the text (false only when the rules'
  // prefilter says it cannot).
  bool may_match(const re2::RE2& re) const;
  // All matches of `re` in the text (none when the prefilter rules it out).
  std::vector<PatternMatch> scan(const re2::RE2& re) const;
  // All matches of `re` in the folded text, their offsets mapped to the text
  // (the groups' strings stay folded).
  std::vector<PatternMatch> scan_folded(const re2::RE2& re) const;

  // Month number of a month name or abbreviation of the clause's language(s), 0 if none.
  int month_number(std::string_view name) const;

 private:
  std::string folded_;
  std::vector<std::size_t> map_;  // folded byte -> text byte; size folded_.size() + 1
  // The patterns that match somewhere, by prefilter index; null: unknown.
  struct Hits {
    const Prefilter* filter = nullptr;
    std::vector<bool> matched;
    void compute(const Prefilter& f, std::string_view text);
    bool may(const re2::RE2& re) const;
  };
  Hits hits_, folded_hits_;
};

// True when the code point starting at text[i] is a letter or digit.
bool word_char_at(std::string_view text, std::size_t i);
// True when the code point ending just before text[i] is a letter or digit.
bool word_char_before(std::string_view text, std::size_t i);
// True when the code point at text[i] is an upper-case letter.
bool upper_at(std::string_view text, std::size_t i);

}  // namespace ct::extract

// Language detection by counting each language's frequent words (from
// rules/lang/*.yaml `detect`); good enough for whole documents and drafts.
#pragma once

#include <string>
#include <string_view>

#include "rules/rules.h"

namespace ct::ingest {

// The choice is a guess (an Arabic, Chinese or Russian text read as English,
// a Spanish one as French, when only English and French have rules) when
// fewer than kMinFrequentShare of the text's words are frequent words of the
// language chosen, or when fewer than kMinKnownShort of its short lowercase
// words (one to three letters: the articles, prepositions and conjunctions
// of most languages; at least kMinShort of them) are stop words of it.
inline constexpr double kMinFrequentShare = 0.05;
inline constexpr double kMinKnownShort = 0.75;
inline constexpr std::size_t kMinShort = 5;

struct LanguageGuess {
  std::string code;                              // the language whose frequent words occur most
  std::size_t words = 0;                         // words read (of the first 200,000 bytes)
  std::size_t frequent = 0;                      // of them, frequent words of `code`
  std::size_t short_words = 0, known_short = 0;  // short lowercase words; stop words of `code`
  bool confident() const {
    bool frequent_enough = words > 0 && static_cast<double>(frequent) >=
                                            kMinFrequentShare * static_cast<double>(words);
    bool short_known =
        short_words < kMinShort ||
        static_cast<double>(known_short) >= kMinKnownShort * static_cast<double>(short_words);
    return frequent_enough && short_known;
  }
};
LanguageGuess guess_language(std::string_view text, const Rules& rules);

// The code of the language whose frequent words occur most in `text`, or the
// first language of the rules when none occurs.
std::string detect_language(std::string_view text, const Rules& rules);

}  // namespace ct::ingest

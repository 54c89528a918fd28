// Word-count language detection.
#include "ingest/detect_language.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "text/analyzer.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace ct::ingest {

namespace {

// One to three letters, all lowercase: an article, preposition or
// conjunction in most languages with letter case (acronyms and numbers are
// not; in scripts without case, Arabic or Han, short words are as often
// content words, so none counts).
bool short_lowercase(std::string_view word) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < word.size();) {
    char32_t c = text::decode(word, i);
    if (!text::is_letter(c) || !text::is_lower(c) || ++letters > 3) return false;
  }
  return letters > 0;
}

}  // namespace

LanguageGuess guess_language(std::string_view text, const Rules& rules) {
  std::unordered_map<std::string, int> counts, short_counts;
  LanguageGuess guess;
  std::size_t limit = text::char_boundary(text, std::min<std::size_t>(text.size(), 200000));
  // Words counted as written first, then each distinct one folded once.
  std::unordered_map<std::string_view, int> written;
  for (const Token& t : text::split_tokens(text.substr(0, limit)))
    if (t.word) {
      ++written[text.substr(t.begin, t.end - t.begin)];
      ++guess.words;
    }
  for (const auto& [surface, n] : written) {
    std::string folded = text::fold(surface);
    counts[folded] += n;
    if (short_lowercase(surface)) short_counts[folded] += n;
  }
  std::string best;
  int best_score = -1;
  for (const auto& [code, lang] : rules.languages) {
    int score = 0;
    for (const auto& w : lang.detect) {
      auto it = counts.find(w);
      if (it != counts.end()) score += it->second;
    }
    if (score > best_score) {
      best = code;
      best_score = score;
    }
  }
  guess.code = best;
  guess.frequent = static_cast<std::size_t>(std::max(best_score, 0));
  // The script of a word: that of its first letter.
  auto script = [](std::string_view w) {
    for (std::size_t i = 0; i < w.size();) {
      char32_t c = text::decode(w, i);
      if (text::is_letter(c)) return text::script_of(c);
    }
    return text::Script::Common;
  };
  if (const LanguageRules* lang = rules.language(best))
    for (const auto& [word, n] : short_counts) {
      // Only words of the language's own script tell: Latin item letters
      // ("(a)", "(b)") in a Chinese or Russian text are not its words.
      if (lang->detect.empty() || script(word) != script(lang->detect.front())) continue;
      guess.short_words += static_cast<std::size_t>(n);
      if (lang->stopwords.count(word) ||
          std::find(lang->detect.begin(), lang->detect.end(), word) != lang->detect.end())
        guess.known_short += static_cast<std::size_t>(n);
    }
  return guess;
}

std::string detect_language(std::string_view text, const Rules& rules) {
  return guess_language(text, rules).code;
}

}  // namespace ct::ingest

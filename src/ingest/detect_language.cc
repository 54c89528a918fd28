// Word-count language detection.
#include "ingest/detect_language.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

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
  // The script of a word: that of its first letter.
  auto script = [](std::string_view w) {
    for (std::size_t i = 0; i < w.size();) {
      char32_t c = text::decode(w, i);
      if (text::is_letter(c)) return text::script_of(c);
    }
    return text::Script::Common;
  };
  // Frequent words decide.
  std::vector<std::pair<const std::string*, const LanguageRules*>> top;
  int best_score = -1;
  for (const auto& [code, lang] : rules.languages) {
    int score = 0;
    for (const auto& w : lang.detect) {
      auto it = counts.find(w);
      if (it != counts.end()) score += it->second;
    }
    if (score > best_score) top.clear(), best_score = score;
    if (score == best_score) top.emplace_back(&code, &lang);
  }
  std::string best = top.empty() ? std::string() : *top.front().first;
  if (top.size() > 1) {
    // On a tie (a few words typed as a query: "release all political
    // prisoners" holds none), the language's stop words, then being written
    // in the script most of the words are written in.
    std::unordered_map<int, int> by_script;
    for (const auto& [surface, n] : written) by_script[static_cast<int>(script(surface))] += n;
    int main_script = -1, main_count = 0;
    for (const auto& [sc, n] : by_script)
      if (n > main_count || (n == main_count && sc < main_script)) main_script = sc, main_count = n;
    std::pair<int, int> best_tie{-1, -1};
    for (const auto& [code, lang] : top) {
      int stop = 0;
      for (const auto& [w, n] : counts)
        if (lang->stopwords.count(w)) stop += n;
      int own_script =
          !lang->detect.empty() && static_cast<int>(script(lang->detect.front())) == main_script;
      if (std::pair<int, int> key{stop, own_script}; key > best_tie) best = *code, best_tie = key;
    }
  }
  guess.code = best;
  guess.frequent = static_cast<std::size_t>(std::max(best_score, 0));
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

// Word-count language detection.
#include "ingest/detect_language.h"

#include <unordered_map>

#include "text/analyzer.h"
#include "text/fold.h"

namespace ct::ingest {

std::string detect_language(std::string_view text, const Rules& rules) {
  std::unordered_map<std::string, int> counts;
  std::size_t limit = std::min<std::size_t>(text.size(), 200000);
  for (const Token& t : text::split_tokens(text.substr(0, limit)))
    if (t.word) ++counts[text::fold(text.substr(t.begin, t.end - t.begin))];
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
  return best;
}

}  // namespace ct::ingest

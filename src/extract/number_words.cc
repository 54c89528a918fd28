// Spelled-out ordinals composed from the cardinal and ordinal words of the
// language rules: forty-seventh = 40 + 7, sixty-ten-seventh = 60 + 10 + 7
// (additive steps), four-twenty-first = 4 x 20 + 1 (a multiplier of the
// rules), twenty-and-first (a joiner word of the rules). Hand-written: no
// Debian library reads spelled-out numbers from word lists.
#include "extract/finders.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace ct::extract {

namespace {

struct NumberWord {
  std::size_t begin;
  int value;
  bool ordinal;
  bool joiner;
};

std::optional<int> lookup(const ClauseView& view, const std::string& w, bool ordinal) {
  for (const auto& [code, lang] : view.all_rules.languages) {
    if (!view.language.empty() && code != view.language) continue;
    const auto& table = ordinal ? lang.ordinals : lang.cardinals;
    auto it = table.find(w);
    if (it != table.end()) return it->second;
  }
  return std::nullopt;
}

bool is_joiner(const ClauseView& view, const std::string& w) {
  for (const auto& [code, words] : view.rules.dates.number_joiners)
    if ((view.language.empty() || code == view.language) && words.count(w)) return true;
  return false;
}

// A word of a text: where it starts, its text, whether the text ends there.
struct TextWord {
  std::size_t begin;
  std::string word;
  bool at_end;
};

// The words of t[begin, end), folded when `fold` (what lies between words is
// skipped).
std::vector<TextWord> words_of(std::string_view t, std::size_t begin, std::size_t end, bool fold) {
  std::vector<TextWord> out;
  for (std::size_t i = begin; i < end;) {
    if (!word_char_at(t, i)) {
      text::decode(t, i);
      continue;
    }
    std::size_t b = i;
    while (i < end && word_char_at(t, i)) text::decode(t, i);
    std::string_view w = t.substr(b, i - b);
    out.push_back({b, fold ? text::fold(w) : std::string(w), i >= end});
  }
  return out;
}

// Composes words[from..]; nullopt when they do not form one number.
std::optional<int> compose(const ClauseView& view, const std::vector<NumberWord>& words,
                           std::size_t from) {
  const auto& multipliers = view.rules.dates.multipliers;
  int total = 0, current = 0;
  bool any = false;
  for (std::size_t i = from; i < words.size(); ++i) {
    const NumberWord& w = words[i];
    if (w.joiner) {
      if (!any) return std::nullopt;
      continue;
    }
    if (!any) {
      current = w.value;
      any = true;
      continue;
    }
    if (multipliers.count(w.value) && current > 0 && current < w.value) {
      current *= w.value;
      if (w.value >= 1000) {
        total += current;
        current = 0;
      }
    } else if (current % 10 == 0 && current > w.value) {
      current += w.value;
    } else {
      return std::nullopt;
    }
  }
  if (!any) return std::nullopt;
  return total + current;
}

}  // namespace

std::optional<int> spelled_number(const ClauseView& view, std::string_view folded) {
  std::vector<NumberWord> words;
  for (const auto& [b, w, last] : words_of(folded, 0, folded.size(), false)) {
    if (is_joiner(view, w)) {
      words.push_back({b, 0, false, true});
      continue;
    }
    auto v = lookup(view, w, false);
    if (!v && last) v = lookup(view, w, true);
    if (!v) return std::nullopt;
    words.push_back({b, *v, false, false});
  }
  return compose(view, words, 0);
}

std::optional<SpelledNumber> spelled_ordinal(const ClauseView& view, std::size_t begin,
                                             std::size_t end) {
  std::vector<NumberWord> words;
  for (const auto& [b, w, last] : words_of(view.text, begin, end, true)) {
    if (is_joiner(view, w)) {
      words.push_back({b, 0, false, true});
      continue;
    }
    auto v = lookup(view, w, last);
    if (!v) return std::nullopt;
    words.push_back({b, *v, last, false});
  }
  if (words.empty() || !words.back().ordinal) return std::nullopt;
  for (std::size_t from = 0; from < words.size(); ++from) {
    if (words[from].joiner) continue;
    if (auto v = compose(view, words, from)) return SpelledNumber{*v, words[from].begin};
  }
  return std::nullopt;
}

}  // namespace ct::extract

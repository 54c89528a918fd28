// Opening words of clauses.
#include "segment/verbs.h"

#include <algorithm>

#include "text/fold.h"
#include "text/utf8.h"

namespace ct::segment {

Verbs::Verbs(const LanguageRules* lang, const StructureRules& structure, text::Analyzer& analyzer)
    : lang_(lang), analyzer_(analyzer) {
  if (lang) {
    auto it = structure.participle_suffixes.find(lang->code);
    if (it != structure.participle_suffixes.end()) suffixes_ = it->second;
    auto c = structure.clitics.find(lang->code);
    if (c != structure.clitics.end()) clitics_ = c->second;
    phrases_.reserve(lang->preambular.size());
    for (const auto& phrase : lang->preambular) phrases_.emplace_back(phrase.front(), &phrase);
    std::sort(phrases_.begin(), phrases_.end());
  }
}

std::size_t Verbs::opening_end(std::string_view text, std::size_t n) {
  std::size_t cut = 0;
  for (std::size_t spaces = 0; cut < text.size() && cut < 240; ++cut)
    if (text[cut] == ' ' && ++spaces > n + 2) break;
  return cut;
}

void Verbs::add_word(std::string_view text, const Token& t, std::string_view fold) const {
  Word w;
  w.surface = text.substr(t.begin, t.end - t.begin);
  w.fold = fold;
  int upper = 0;
  for (std::size_t i = 0; i < w.surface.size();) {
    auto b = static_cast<unsigned char>(w.surface[i]);
    // ASCII (most words) read as it is; `i` is not handed to decode(), which
    // would keep it in memory through the loop.
    char32_t c = b;
    if (b < 0x80) {
      ++i;
    } else {
      std::size_t next = i;
      c = text::decode(w.surface, next);
      i = next;
    }
    if (!text::is_letter(c)) continue;
    ++w.letters;
    if (!text::is_lower(c)) ++upper;
    if (w.letters == 1) w.capitalized = !text::is_lower(c);
  }
  w.capitals = w.letters >= 2 && upper == w.letters;
  words_.push_back(std::move(w));
}

const std::vector<Verbs::Word>& Verbs::first_words(std::string_view text, std::size_t n) const {
  std::vector<Word>& out = words_;
  out.clear();
  // Only the first words are read.
  text = text.substr(0, opening_end(text, n));
  tokens_.clear();
  text::split_tokens(text, tokens_);
  for (const Token& t : tokens_) {
    if (out.size() >= std::min(n, kWords)) break;
    if (!t.word) {
      if (t.number) break;  // words after a number are not an opening phrase
      continue;
    }
    std::string& fold = folds_[out.size()];
    fold = text::fold(text.substr(t.begin, t.end - t.begin));
    add_word(text, t, fold);
  }
  return out;
}

const std::vector<Verbs::Word>& Verbs::first_words(std::string_view text,
                                                   const std::vector<Token>& tokens,
                                                   std::size_t n) const {
  std::vector<Word>& out = words_;
  out.clear();
  std::size_t cut = opening_end(text, n);
  for (const Token& t : tokens) {
    if (out.size() >= n || t.begin >= cut) break;
    // A token across the cut (240 bytes without spaces) is cut short by
    // the split of the opening alone: read that way, as before.
    if (t.end > cut) return first_words(text, n);
    if (!t.word) {
      if (t.number) break;
      continue;
    }
    add_word(text, t, t.fold);
  }
  return out;
}

bool Verbs::preambular(const std::vector<Word>& words, bool participles) const {
  std::size_t k = 0;
  bool clitic = false;
  for (;;) {
    if (k < words.size()) {
      auto first = std::lower_bound(phrases_.begin(), phrases_.end(), words[k].fold,
                                    [](const auto& p, std::string_view w) { return p.first < w; });
      for (auto it = first; it != phrases_.end() && it->first == words[k].fold; ++it) {
        const std::vector<std::string>& phrase = *it->second;
        if (k + phrase.size() > words.size()) continue;
        bool all = true;
        for (std::size_t j = 1; j < phrase.size() && all; ++j) all = words[k + j].fold == phrase[j];
        if (all) return true;
      }
    }
    if (participles && k < words.size() && words[0].capitalized) {
      std::string_view f = words[k].fold;
      for (const auto& s : suffixes_)
        if (f.size() >= s.size() + 2 && f.compare(f.size() - s.size(), s.size(), s) == 0)
          return true;
    }
    if (k < words.size() && k < 3 && lang_->adverbs.count(std::string(words[k].fold))) {
      ++k;
      continue;
    }
    // A reflexive or elided pronoun before a participle ("S'appuyant", "Se fondant").
    if (!clitic && k == 0 && words.size() > 1 && this->clitic(words[0])) {
      clitic = true;
      ++k;
      continue;
    }
    return false;
  }
}

bool Verbs::clitic(const Word& w) const {
  return std::find(clitics_.begin(), clitics_.end(), w.fold) != clitics_.end();
}

std::optional<LeadVerb> Verbs::verb(const Word& w) const {
  auto it = lang_->operative.find(std::string(analyzer_.word_stem(w.surface)));
  if (it == lang_->operative.end()) return std::nullopt;
  return LeadVerb{std::string(w.surface), it->second.action, it->second.strength};
}

std::optional<LeadVerb> Verbs::operative(const std::vector<Word>& words, bool any_capitals) const {
  // A verb in capitals ("**SE FÉLICITE**", "**l'INVITE**", "Nous **EXPRIMONS**").
  for (std::size_t k = 0; k < words.size() && k < 3; ++k) {
    if (!words[k].capitals) continue;
    if (auto v = verb(words[k])) return v;
    if (any_capitals && words[k].letters >= 4)
      return LeadVerb{std::string(words[k].surface), "", 0};
  }
  // Adverbs and one clitic may precede the verb: "Further requests", "Also welcomed".
  std::size_t k = 0;
  bool clitic = false;
  while (k < words.size()) {
    const Word& w = words[k];
    if (k < 4 && lang_->adverbs.count(std::string(w.fold))) {
      ++k;
      continue;
    }
    if (!clitic && k == 0 && this->clitic(w)) {
      clitic = true;
      ++k;
      continue;
    }
    break;
  }
  if (k < words.size()) return verb(words[k]);
  return std::nullopt;
}

bool Verbs::preambular(std::string_view text, bool participles) const {
  return lang_ && preambular(first_words(text, kWords), participles);
}

std::optional<LeadVerb> Verbs::operative(std::string_view text, bool any_capitals) const {
  if (!lang_) return std::nullopt;
  return operative(first_words(text, kWords), any_capitals);
}

Verbs::Opening Verbs::read(const std::vector<Word>& words) const {
  Opening o;
  o.phrase = preambular(words, false);
  o.participle = o.phrase || preambular(words, true);
  o.verb = operative(words, false);
  return o;
}

Verbs::Opening Verbs::read(std::string_view text) const {
  if (!lang_) return {};
  return read(first_words(text, kWords));
}

Verbs::Opening Verbs::read(std::string_view text, const std::vector<Token>& tokens) const {
  if (!lang_) return {};
  return read(first_words(text, tokens, kWords));
}

bool Verbs::opener(std::string_view text) const {
  if (!lang_) return false;
  const std::vector<Word>& words = first_words(text, kWords);
  if (words.empty() || !words[0].capitalized) return false;
  return preambular(words, false) || operative(words, false).has_value();
}

}  // namespace ct::segment

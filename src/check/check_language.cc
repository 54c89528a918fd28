// text.other-language: a name or phrase left in another language of the
// rules ("the Commission nationale de lutte contre la prolifération" in an
// English text): several of that language's function words (its stop words
// that are none of the text's own) close together, in words not written in
// capitals (acronyms and symbols such as "UN" or "P/IS" are not words).
#include <fmt/format.h>

#include <algorithm>

#include "check/families.h"
#include "text/utf8.h"

namespace ct::check {

namespace {

bool capitals_or_letter(const std::string& surface) {
  std::size_t i = 0, letters = 0;
  bool lower = false;
  while (i < surface.size()) {
    char32_t c = text::decode(surface, i);
    if (!text::is_letter(c)) continue;
    ++letters;
    lower = lower || text::is_lower(c);
  }
  return letters <= 1 || !lower;
}

}  // namespace

void check_other_language(const Corpus& corpus, const Rules& rules, FindingSink& sink) {
  const RuleConfig* rule = sink.active("text.other-language");
  if (!rule || rules.languages.size() < 2) return;
  const auto window = static_cast<std::size_t>(rule->number("window", 4));
  const auto min_words =
      std::max<std::size_t>(1, static_cast<std::size_t>(rule->number("min_words", 2)));
  for (const Clause& c : corpus.clauses) {
    const std::string& lang = corpus.document_of(c).language;
    const LanguageRules* own = rules.language(lang);
    if (!own) continue;
    // Token positions holding a function word of language `other` only.
    for (const auto& [other, rules_other] : rules.languages) {
      if (other == lang) continue;
      std::vector<std::size_t> at;
      for (std::size_t k = 0; k < c.tokens.size(); ++k) {
        const Token& t = c.tokens[k];
        if (!t.word || !rules_other.stopwords.count(t.fold) || own->stopwords.count(t.fold))
          continue;
        if (capitals_or_letter(c.text.substr(t.begin, t.end - t.begin))) continue;
        at.push_back(k);
      }
      bool found = false;
      for (std::size_t i = 0; !found && i + min_words <= at.size(); ++i) {
        if (at[i + min_words - 1] - at[i] >= window) continue;
        // The phrase: from the word before the first to the word after the last.
        std::size_t first = at[i] > 0 ? at[i] - 1 : at[i];
        std::size_t last = std::min(at[i + min_words - 1] + 1, c.tokens.size() - 1);
        std::size_t b = c.tokens[first].begin, e = c.tokens[last].end;
        std::string phrase = c.text.substr(b, e - b);
        sink.add("text.other-language", sink.at(c, b, e),
                 fmt::format("'{}' reads as {} in a text in {}: a name or phrase left "
                             "untranslated?",
                             phrase, other, lang),
                 other + "|" + phrase);
        found = true;
      }
    }
  }
}

// text.language-uncertain: a document whose language was detected from too
// few of that language's frequent words (ingest/detect_language.h): a text in
// a language without rules, read as one that has them.
void check_language_uncertain(const Corpus& corpus, const Rules& rules, FindingSink& sink) {
  if (!sink.active("text.language-uncertain")) return;
  std::string known;
  for (const auto& [code, _] : rules.languages) known += (known.empty() ? "" : ", ") + code;
  for (const Document& d : corpus.documents)
    if (d.language_uncertain && d.parent.empty())
      sink.add("text.language-uncertain", sink.at_line(d, d.line),
               fmt::format("language not detected with confidence: read as '{}' (rules exist for "
                           "{}); give its 'language' in the manifest",
                           d.language, known),
               d.language);
}

}  // namespace ct::check

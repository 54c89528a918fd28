// text.other-language: a name or phrase left in another language of the
// rules ("the Commission nationale de lutte contre la prolifération" in an
// English text): several of that language's function words (its stop words
// that are none of the text's own) close together, in lower-case words
// (acronyms, symbols and the particles of names are not function words).
#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "check/families.h"
#include "text/utf8.h"

namespace ct::check {

namespace {

// A word that cannot be a function word of running text: one letter, or
// written with a capital first letter ("UN", "P/IS"; the particles of names
// such as "Al-Azhar" or "De Mistura": function words inside a phrase left in
// another language are in lower case).
bool capitalised_or_letter(const std::string& surface) {
  std::size_t i = 0, letters = 0;
  bool first_upper = false;
  while (i < surface.size()) {
    char32_t c = text::decode(surface, i);
    if (!text::is_letter(c)) continue;
    if (letters++ == 0) first_upper = text::is_upper(c);
  }
  return letters <= 1 || first_upper;
}

}  // namespace

void check_other_language(const Corpus& corpus, const Rules& rules, FindingSink& sink) {
  const RuleConfig* rule = sink.active("text.other-language");
  if (!rule || rules.languages.size() < 2) return;
  const auto window = static_cast<std::size_t>(rule->number("window", 4));
  const auto min_words =
      std::max<std::size_t>(1, static_cast<std::size_t>(rule->number("min_words", 2)));
  struct Candidate {
    std::size_t b, e, score, clause_score;
    std::string other, phrase;
  };
  for (const Clause& c : corpus.clauses) {
    const std::string& lang = corpus.document_of(c).language;
    const LanguageRules* own = rules.language(lang);
    if (!own) continue;
    // One candidate phrase per other language; where the phrases of several
    // languages overlap (Romance function words are shared), the language
    // with most of its function words there is the one said.
    std::vector<Candidate> found;
    for (const auto& [other, rules_other] : rules.languages) {
      if (other == lang) continue;
      // Token positions holding a function word of language `other` only.
      std::vector<std::size_t> at;
      std::size_t clause_score = 0;
      for (std::size_t k = 0; k < c.tokens.size(); ++k) {
        const Token& t = c.tokens[k];
        if (!t.word || !rules_other.stopwords.count(t.fold)) continue;
        ++clause_score;
        if (own->stopwords.count(t.fold)) continue;
        if (capitalised_or_letter(c.text.substr(t.begin, t.end - t.begin))) continue;
        at.push_back(k);
      }
      for (std::size_t i = 0; i + min_words <= at.size(); ++i) {
        if (at[i + min_words - 1] - at[i] >= window) continue;
        // The phrase: from the word before the first to the word after the last.
        std::size_t first = at[i] > 0 ? at[i] - 1 : at[i];
        std::size_t last = std::min(at[i + min_words - 1] + 1, c.tokens.size() - 1);
        std::size_t score = 0;
        for (std::size_t k = first; k <= last; ++k)
          score += c.tokens[k].word && rules_other.stopwords.count(c.tokens[k].fold);
        std::size_t b = c.tokens[first].begin, e = c.tokens[last].end;
        found.push_back({b, e, score, clause_score, other, c.text.substr(b, e - b)});
        break;
      }
    }
    std::stable_sort(found.begin(), found.end(), [](const Candidate& x, const Candidate& y) {
      return std::tie(x.score, x.clause_score) > std::tie(y.score, y.clause_score);
    });
    std::vector<const Candidate*> said;
    for (const Candidate& f : found) {
      if (std::any_of(said.begin(), said.end(),
                      [&](const Candidate* s) { return f.b < s->e && s->b < f.e; }))
        continue;
      said.push_back(&f);
      sink.add("text.other-language", sink.at(c, f.b, f.e),
               fmt::format("'{}' reads as {} in a text in {}: a name or phrase left "
                           "untranslated?",
                           f.phrase, f.other, lang),
               f.other + "|" + f.phrase);
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

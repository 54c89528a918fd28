// text.other-language: a name or phrase left in another language of the
// rules ("the Commission nationale de lutte contre la prolifération" in an
// English text): several of that language's function words (its stop words
// that are none of the text's own) close together, in lower-case words
// (acronyms, symbols and the particles of names are not function words).
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "check/entry_fields.h"
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

// The phrases of another language a clause holds, one per overlap, as
// check_other_language reports them.
struct Said {
  std::size_t clause, b, e;
  std::string other;
};

// A document's phrases as the memo keeps them: per phrase its clause's
// offset in the document, its byte range and its language's code (length
// first), as decimal numbers each followed by a space.
constexpr std::string_view kSaidKind = "other_language 1";

std::string encode_said(const Corpus& corpus, std::size_t doc, const std::vector<Said>& xs) {
  std::string out;
  for (const Said& x : xs)
    out += std::to_string(x.clause - corpus.documents[doc].first_clause) + ' ' +
           std::to_string(x.b) + ' ' + std::to_string(x.e) + ' ' + std::to_string(x.other.size()) +
           ' ' + x.other;
  return out;
}

// False when `bytes` do not decode into ranges of the document's clauses
// in a language of the rules (then the document is read again).
bool decode_said(const Corpus& corpus, const Rules& rules, std::size_t doc, std::string_view bytes,
                 std::vector<Said>& out) {
  const Document& d = corpus.documents[doc];
  std::vector<Said> xs;
  while (!bytes.empty()) {
    std::size_t offset = 0, b = 0, e = 0, size = 0;
    if (!take_number(bytes, offset) || !take_number(bytes, b) || !take_number(bytes, e) ||
        !take_number(bytes, size) || size > bytes.size() || offset >= d.clause_count)
      return false;
    const std::size_t clause = d.first_clause + offset;
    std::string other(bytes.substr(0, size));
    bytes.remove_prefix(size);
    if (b > e || e > corpus.clauses[clause].text.size() || !rules.language(other)) return false;
    xs.push_back({clause, b, e, std::move(other)});
  }
  out = std::move(xs);
  return true;
}

}  // namespace

void check_other_language(const Corpus& corpus, const Rules& rules, FindingSink& sink) {
  check_other_language(corpus, rules, sink, nullptr);
}

void check_other_language(const Corpus& corpus, const Rules& rules, FindingSink& sink,
                          WordDiffMemo* memo) {
  const RuleConfig* rule = sink.active("text.other-language");
  if (!rule || rules.languages.size() < 2) return;
  const auto window = static_cast<std::size_t>(rule->number("window", 4));
  const auto min_words =
      std::max<std::size_t>(1, static_cast<std::size_t>(rule->number("min_words", 2)));
  struct Candidate {
    std::size_t b, e, score, clause_score;
    std::string other, phrase;
  };
  // Each folded word's languages (a bit per language of the rules, in their
  // order): one lookup per word instead of one per language.
  std::vector<const std::string*> codes;
  std::unordered_map<std::string_view, std::uint64_t> langs_of;
  for (const auto& [code, lr] : rules.languages) {
    if (codes.size() == 64) break;  // more languages than bits: the rest never match
    const std::uint64_t bit = std::uint64_t{1} << codes.size();
    codes.push_back(&code);
    for (const std::string& w : lr.stopwords) langs_of[w] |= bit;
  }
  std::vector<std::uint64_t> in;   // per token of the clause, its bits
  std::vector<signed char> lower;  // per token: -1 not known yet, 0 or 1
  // The phrases of clause `ci`, appended to `out`.
  auto said_in = [&](std::size_t ci, std::vector<Said>& out) {
    const Clause& c = corpus.clauses[ci];
    const std::string& lang = corpus.document_of(c).language;
    const LanguageRules* own = rules.language(lang);
    if (!own) return;
    std::uint64_t own_bit = 0;
    in.assign(c.tokens.size(), 0);
    std::uint64_t any = 0;
    for (std::size_t i = 0; i < codes.size(); ++i)
      if (*codes[i] == lang) own_bit = std::uint64_t{1} << i;
    for (std::size_t k = 0; k < c.tokens.size(); ++k) {
      const Token& t = c.tokens[k];
      if (!t.word) continue;
      if (auto it = langs_of.find(t.fold); it != langs_of.end()) any |= in[k] = it->second;
    }
    if ((any & ~own_bit) == 0) return;  // no function word of another language
    lower.assign(c.tokens.size(), -1);
    // One candidate phrase per other language; where the phrases of several
    // languages overlap (Romance function words are shared), the language
    // with most of its function words there is the one said.
    std::vector<Candidate> found;
    for (std::size_t li = 0; li < codes.size(); ++li) {
      const std::string& other = *codes[li];
      const std::uint64_t bit = std::uint64_t{1} << li;
      if (other == lang || !(any & bit)) continue;
      // Token positions holding a function word of language `other` only.
      std::vector<std::size_t> at;
      std::size_t clause_score = 0;
      for (std::size_t k = 0; k < c.tokens.size(); ++k) {
        if (!(in[k] & bit)) continue;
        ++clause_score;
        if (in[k] & own_bit) continue;
        if (lower[k] < 0) {
          const Token& t = c.tokens[k];
          lower[k] = !capitalised_or_letter(c.text.substr(t.begin, t.end - t.begin));
        }
        if (!lower[k]) continue;
        at.push_back(k);
      }
      for (std::size_t i = 0; i + min_words <= at.size(); ++i) {
        if (at[i + min_words - 1] - at[i] >= window) continue;
        // The phrase: from the word before the first to the word after the last.
        std::size_t first = at[i] > 0 ? at[i] - 1 : at[i];
        std::size_t last = std::min(at[i + min_words - 1] + 1, c.tokens.size() - 1);
        std::size_t score = 0;
        for (std::size_t k = first; k <= last; ++k) score += (in[k] & bit) != 0;
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
      out.push_back({ci, f.b, f.e, f.other});
    }
  };
  auto report = [&](const Said& x) {
    const Clause& c = corpus.clauses[x.clause];
    const std::string phrase = c.text.substr(x.b, x.e - x.b);
    sink.add("text.other-language", sink.at(c, x.b, x.e),
             fmt::format("'{}' reads as {} in a text in {}: a name or phrase left "
                         "untranslated?",
                         phrase, x.other, corpus.document_of(c).language),
             x.other + "|" + phrase);
  };
  std::vector<Said> xs;
  if (!memo) {
    for (std::size_t ci = 0; ci < corpus.clauses.size(); ++ci) {
      xs.clear();
      said_in(ci, xs);
      for (const Said& x : xs) report(x);
    }
    return;
  }
  // With the memo, document by document in the order of their clauses: each
  // document's phrases read only its clauses, its language and the rules.
  const std::vector<std::size_t> docs = documents_in_clause_order(corpus);
  std::string kept;
  for (std::size_t doc : docs) {
    xs.clear();
    if (!memo->find_document(doc, kSaidKind, kept) || !decode_said(corpus, rules, doc, kept, xs)) {
      const Document& d = corpus.documents[doc];
      for (std::size_t ci = d.first_clause; ci < d.first_clause + d.clause_count; ++ci)
        said_in(ci, xs);
      memo->keep_document(doc, kSaidKind, encode_said(corpus, doc, xs));
    }
    for (const Said& x : xs) report(x);
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

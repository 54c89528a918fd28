// ClauseView: the folded copy of a clause's text and its offset map.
#include "extract/clause_view.h"

#include <algorithm>
#include <unordered_map>

#include "text/fold.h"
#include "text/utf8.h"

namespace ct::extract {

namespace {

// Folds of the code points below U+0250 and of the typographic quotes,
// computed once; others are folded on demand.
const std::vector<std::string>& latin_folds() {
  static const std::vector<std::string> table = [] {
    std::vector<std::string> t(0x250);
    for (char32_t c = 0x80; c < 0x250; ++c) {
      std::string s;
      text::append(s, c);
      t[c] = text::fold(s);
    }
    return t;
  }();
  return table;
}

std::string series_body_of(const Corpus& corpus, const Document& doc) {
  const Series* s = corpus.find_series(doc.series);
  return s ? s->body : std::string();
}

std::string series_title_of(const Corpus& corpus, const Document& doc) {
  const Series* s = corpus.find_series(doc.series);
  return s ? text::fold(s->title) : std::string();
}

}  // namespace

ClauseView::ClauseView(const Corpus& corpus_, const Clause& clause_, const Rules& rules_)
    : all_rules(rules_),
      corpus(corpus_),
      clause(clause_),
      doc(corpus_.documents[clause_.doc]),
      rules(rules_.extract),
      text(clause_.text),
      language(rules_.language(doc.language) ? doc.language : std::string()),
      series_body(series_body_of(corpus_, doc)),
      series_title(series_title_of(corpus_, doc)) {
  // Folds code point by code point so each folded byte knows its source byte
  // (text::fold of a whole string has no offset map). ASCII takes a fast path.
  folded_.reserve(text.size());
  map_.reserve(text.size() + 1);
  std::unordered_map<char32_t, std::string> cache;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t start = i;
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      folded_ += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      map_.push_back(start);
      ++i;
      continue;
    }
    char32_t cp = text::decode(text, i);
    const std::vector<std::string>& latin = latin_folds();
    if (cp < latin.size() && (!latin[cp].empty() || !text::is_letter(cp))) {
      for (char ch : latin[cp]) {
        folded_ += ch;
        map_.push_back(start);
      }
      continue;
    }
    auto it = cache.find(cp);
    if (it == cache.end()) {
      std::string f = text::fold(text.substr(start, i - start));
      // A code point that folds to nothing (a lone combining mark) keeps a space
      // so that offsets stay monotonic and words stay apart.
      if (f.empty()) f = text::is_letter(cp) ? text.substr(start, i - start) : std::string();
      it = cache.emplace(cp, std::move(f)).first;
    }
    for (char ch : it->second) {
      folded_ += ch;
      map_.push_back(start);
    }
  }
  map_.push_back(text.size());

  hits_.compute(rules.prefilter.get(language), text);
  folded_hits_.compute(rules.prefilter_folded.get(language), folded_);
}

void ClauseView::Hits::compute(const Prefilter& f, std::string_view s) {
  if (!f.set) return;
  std::vector<int> hits;
  re2::RE2::Set::ErrorInfo error;
  if (f.set->Match(re2::StringPiece(s.data(), s.size()), &hits, &error) ||
      error.kind == re2::RE2::Set::kNoError) {
    filter = &f;
    matched.assign(f.index.size(), false);
    for (int h : hits) matched[static_cast<std::size_t>(h)] = true;
  }
}

bool ClauseView::Hits::may(const re2::RE2& re) const {
  if (!filter) return true;
  auto it = filter->index.find(&re);
  return it == filter->index.end() || matched[static_cast<std::size_t>(it->second)];
}

bool ClauseView::may_match(const re2::RE2& re) const {
  return hits_.may(re);
}

std::vector<PatternMatch> ClauseView::scan(const re2::RE2& re) const {
  if (!hits_.may(re)) return {};
  return find_all(re, text);
}

std::vector<PatternMatch> ClauseView::scan_folded(const re2::RE2& re) const {
  if (!folded_hits_.may(re)) return {};
  std::vector<PatternMatch> out = find_all(re, folded_);
  for (PatternMatch& m : out) {
    m.begin = to_text(m.begin);
    m.end = to_text(m.end);
    for (auto& [name, span] : m.spans) span = {to_text(span.first), to_text(span.second)};
  }
  return out;
}

std::size_t ClauseView::to_folded(std::size_t text_offset) const {
  auto it = std::lower_bound(map_.begin(), map_.end() - 1, text_offset);
  return static_cast<std::size_t>(it - map_.begin());
}

int ClauseView::month_number(std::string_view name) const {
  std::string key = text::fold(name);
  while (!key.empty() && key.back() == '.') key.pop_back();
  for (const auto& [code, lang] : all_rules.languages) {
    if (!language.empty() && code != language) continue;
    auto it = lang.months.find(key);
    if (it != lang.months.end()) return it->second;
  }
  return 0;
}

bool word_char_at(std::string_view text, std::size_t i) {
  if (i >= text.size()) return false;
  char32_t c = text::decode(text, i);
  return text::is_letter(c) || text::is_digit(c);
}

bool word_char_before(std::string_view text, std::size_t i) {
  if (i == 0 || i > text.size()) return false;
  std::size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) --j;
  return word_char_at(text, j);
}

bool upper_at(std::string_view text, std::size_t i) {
  if (i >= text.size()) return false;
  return text::is_upper(text::decode(text, i));
}

}  // namespace ct::extract

// Tokenizer and the libstemmer wrapper.
#include "text/analyzer.h"

#include <libstemmer.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <array>
#include <cstring>
#include <memory>

#include "model/error.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace ct::text {

namespace {

// ICU's word break iterator (dictionary-based for Chinese and Japanese).
// Creating one loads its rules and dictionaries, so each thread keeps one:
// a cache of an immutable service, not state that changes any result.
icu::BreakIterator* word_breaker() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) b.reset();
    return b;
  }();
  return it.get();
}

// Splits the run s[begin, end) of letters and digits that holds Han
// ideographs into ICU's words ("安全理事会决定" -> "安全理事会", "决定").
void split_han(std::string_view s, std::size_t begin, std::size_t end, std::vector<Token>& out) {
  auto push = [&](std::size_t b, std::size_t e) {
    Token t;
    t.begin = b;
    t.end = e;
    bool letters = false, digits = false;
    for (std::size_t i = b; i < e;) {
      char32_t c = decode(s, i);
      letters |= is_letter(c);
      digits |= is_digit(c);
    }
    t.word = letters;
    t.number = digits && !letters;
    out.push_back(std::move(t));
  };
  icu::BreakIterator* bi = word_breaker();
  UErrorCode status = U_ZERO_ERROR;
  UText* ut =
      bi ? utext_openUTF8(nullptr, s.data() + begin, static_cast<int64_t>(end - begin), &status)
         : nullptr;
  if (!bi || U_FAILURE(status)) {
    if (ut) utext_close(ut);
    push(begin, end);
    return;
  }
  bi->setText(ut, status);
  int32_t prev = bi->first();
  for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; prev = b, b = bi->next())
    push(begin + static_cast<std::size_t>(prev), begin + static_cast<std::size_t>(b));
  // The iterator keeps a pointer to the text: detach it before closing.
  UText* empty = utext_openUTF8(nullptr, "", 0, &status);
  bi->setText(empty, status);
  utext_close(ut);
  utext_close(empty);
}

}  // namespace

namespace {

// ASCII letters and digits, for the byte loop over ASCII words: one table
// load per byte (0 for every other byte, those past ASCII included).
enum : unsigned char { kAsciiLetter = 1, kAsciiDigit = 2 };
constexpr auto kAsciiWordByte = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 128; ++c)
    t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? kAsciiLetter
           : (c >= '0' && c <= '9')                         ? kAsciiDigit
                                                            : 0;
  return t;
}();

// split_tokens() appending to `out`.
void split_tokens_into(std::string_view s, std::vector<Token>& out) {
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t start = i;
    // ASCII words, most of most texts: scanned bytewise, without decoding.
    if (unsigned char kinds = kAsciiWordByte[static_cast<unsigned char>(s[i])]) {
      std::size_t j = i + 1;
      for (unsigned char k; j < s.size() && (k = kAsciiWordByte[static_cast<unsigned char>(s[j])]);
           ++j)
        kinds |= k;
      if (j == s.size() || static_cast<unsigned char>(s[j]) < 0x80) {
        bool letters = kinds & kAsciiLetter, digits = kinds & kAsciiDigit;
        Token& t = out.emplace_back();
        t.begin = start;
        t.end = i = j;
        t.word = letters;
        t.number = digits && !letters;
        continue;
      }
      // A non-ASCII character continues the word: the general scan below.
    } else if (static_cast<unsigned char>(s[i]) < 0x80) {
      // Other ASCII: a space is dropped, anything else is a token of one byte.
      char b = s[i++];
      if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v') continue;
      Token& t = out.emplace_back();
      t.begin = start;
      t.end = i;
      continue;
    }
    // (Decoded through a copy of `i`: a reference to `i` itself would keep
    // it in memory through the whole loop.)
    std::size_t next = i;
    char32_t c = decode(s, next);
    i = next;
    if (is_space(c) || c == 0xA0 || c == 0x202F) continue;
    Token t;
    t.begin = start;
    if (is_letter(c) || is_digit(c)) {
      bool letters = is_letter(c), digits = is_digit(c), han = is_han(c);
      std::size_t j = i;
      while (j < s.size()) {
        std::size_t k = j;
        char32_t d = decode(s, k);
        // Combining marks (decomposed accents, Arabic vowel signs) and the
        // Arabic tatweel stay inside the word.
        if (!(is_letter(d) || is_digit(d) || is_mark(d) || d == 0x640)) break;
        letters |= is_letter(d);
        digits |= is_digit(d);
        han |= is_han(d);
        j = k;
      }
      i = j;
      if (han) {
        split_han(s, start, i, out);
        continue;
      }
      t.word = letters;
      t.number = digits && !letters;
    }
    t.end = i;
    out.push_back(std::move(t));
  }
}

}  // namespace

void split_tokens(std::string_view s, std::vector<Token>& out) {
  split_tokens_into(s, out);
}

std::vector<Token> split_tokens(std::string_view s) {
  std::vector<Token> out;
  split_tokens_into(s, out);
  return out;
}

Analyzer::Analyzer(std::string language, const std::string& algorithm,
                   std::unordered_set<std::string> stopwords)
    : language_(std::move(language)), stopwords_(std::move(stopwords)) {
  if (!algorithm.empty()) {
    stemmer_ = sb_stemmer_new(algorithm.c_str(), "UTF_8");
    if (!stemmer_) throw InputError("unknown stemmer algorithm '" + algorithm + "'");
  }
}

Analyzer::~Analyzer() {
  if (stemmer_) sb_stemmer_delete(stemmer_);
}

std::string Analyzer::stem(std::string_view word) {
  std::string low = lower(word);
  if (!stemmer_) return fold(low);
  const sb_symbol* r = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(low.data()),
                                       static_cast<int>(low.size()));
  if (!r) return fold(low);
  return fold(std::string_view(reinterpret_cast<const char*>(r),
                               static_cast<std::size_t>(sb_stemmer_length(stemmer_))));
}

Analyzer::Analysis Analyzer::analyse(std::string_view surface, bool word) {
  Analysis a;
  std::string folded = fold(surface);
  a.fold = forms_->add(folded);
  if (word) {
    std::string stemmed = stem(surface);
    a.stem = stemmed == folded ? a.fold : forms_->add(stemmed);
    a.stop = is_stop(folded);
  } else {
    a.stem = a.fold;
  }
  return a;
}

namespace {

// Surface forms are short, and any spread will do: eight bytes at a time,
// each word multiplied in (a byte-wise FNV-1a cost a tenth of tokenizing);
// a short form is read as two overlapping words (no copy of a variable size).
std::uint64_t load8(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}
std::uint64_t load4(const char* p) {
  std::uint32_t w;
  std::memcpy(&w, p, 4);
  return w;
}
std::uint32_t surface_hash(std::string_view s) {
  const char* p = s.data();
  const std::size_t n = s.size();
  std::uint64_t h = n * 0x9E3779B97F4A7C15ull;
  auto mix = [&](std::uint64_t w) {
    h = (h ^ w) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 29;
  };
  if (n >= 8) {
    for (std::size_t i = 0; i + 8 <= n; i += 8) mix(load8(p + i));
    if (n % 8) mix(load8(p + n - 8));
  } else if (n >= 4) {
    mix(load4(p) | load4(p + n - 4) << 32);
  } else if (n > 0) {
    mix(static_cast<unsigned char>(p[0]) | static_cast<unsigned char>(p[n / 2]) << 8 |
        static_cast<unsigned char>(p[n - 1]) << 16);
  }
  h ^= h >> 32;
  return static_cast<std::uint32_t>(h * 0xC4CEB9FE1A85EC53ull >> 32);
}

}  // namespace

namespace {

// Equal strings; a short one (most surface forms) compared as two
// overlapping words rather than by a call to memcmp, once per token.
bool same_bytes(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  if (n != b.size()) return false;
  const char *p = a.data(), *q = b.data();
  if (n > 16) return std::memcmp(p, q, n) == 0;
  if (n >= 8) return load8(p) == load8(q) && load8(p + n - 8) == load8(q + n - 8);
  if (n >= 4) return load4(p) == load4(q) && load4(p + n - 4) == load4(q + n - 4);
  // One to three bytes: the first, middle and last are all of them.
  return n == 0 || (p[0] == q[0] && p[n / 2] == q[n / 2] && p[n - 1] == q[n - 1]);
}

}  // namespace

const Analyzer::Analysis* Analyzer::remembered(std::string_view surface, std::uint32_t hash) const {
  if (slots_.empty()) return nullptr;
  std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const MemoSlot& slot = slots_[i];
    if (slot.index == 0) return nullptr;
    if (slot.hash != hash) continue;
    const MemoEntry& e = memo_[slot.index - 1];
    if (same_bytes(e.surface, surface)) return &e.analysis;
  }
}

void Analyzer::remember(std::string_view surface, std::uint32_t hash, Analysis a) {
  if (2 * (memo_.size() + 1) > slots_.size()) {
    std::vector<MemoSlot> grown(slots_.empty() ? 1024 : 2 * slots_.size());
    std::size_t mask = grown.size() - 1;
    for (const MemoSlot& slot : slots_) {
      if (slot.index == 0) continue;
      std::size_t i = slot.hash & mask;
      while (grown[i].index != 0) i = (i + 1) & mask;
      grown[i] = slot;
    }
    slots_ = std::move(grown);
  }
  memo_.push_back({std::string(surface), std::move(a)});
  std::size_t mask = slots_.size() - 1;
  std::size_t i = hash & mask;
  while (slots_[i].index != 0) i = (i + 1) & mask;
  slots_[i] = {hash, static_cast<std::uint32_t>(memo_.size())};
}

const Analyzer::Analysis& Analyzer::analysis(std::string_view surface, bool word) {
  // A surface form is a word or not whatever its context (split_tokens), so
  // the memo's key is the surface alone.
  const bool one_byte = surface.size() == 1;
  if (one_byte)
    if (std::uint32_t k = one_byte_[static_cast<unsigned char>(surface[0])])
      return memo_[k - 1].analysis;
  std::uint32_t hash = surface_hash(surface);
  if (const Analysis* known = remembered(surface, hash)) return *known;
  Analysis a = analyse(surface, word);
  if (memo_.size() >= kMaxMemo) {
    spare_ = std::move(a);
    return spare_;
  }
  remember(surface, hash, std::move(a));
  if (one_byte)
    one_byte_[static_cast<unsigned char>(surface[0])] = static_cast<std::uint32_t>(memo_.size());
  return memo_.back().analysis;
}

std::string_view Analyzer::word_stem(std::string_view word) {
  return analysis(word, true).stem;
}

std::vector<Token> Analyzer::tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5 + 1);  // about one token in five bytes, in most texts
  split_tokens_into(text, tokens);
  for (Token& t : tokens) {
    const Analysis& a = analysis(text.substr(t.begin, t.end - t.begin), t.word);
    t.fold = a.fold;
    t.stem = a.stem;
    t.stop = a.stop;
  }
  return tokens;
}

}  // namespace ct::text

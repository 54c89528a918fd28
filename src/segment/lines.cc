// Line splitting and line features.
#include "segment/lines.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <string>
#include <type_traits>

#include "model/error.h"
#include "segment/segment.h"
#include "text/analyzer.h"
#include "text/ascii16.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace ct::segment {

namespace ascii16 = text::ascii16;

namespace {

bool is_closing(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0xBB || c == 0x201D || c == 0x2019 ||
         c == 0x203A;
}

char32_t ascii_punctuation(char32_t c) {
  switch (c) {
    case 0x060C:  // Arabic comma
    case 0xFF0C:  // full-width comma
      return ',';
    case 0x061B:  // Arabic semicolon
    case 0xFF1B:
      return ';';
    case 0xFF1A:
      return ':';
    case 0x3002:  // ideographic full stop
    case 0xFF0E:
      return '.';
    case 0x061F:  // Arabic question mark
    case 0xFF1F:
      return '?';
    case 0xFF01:
      return '!';
    default:
      return c;
  }
}

// Code points of `s` (at most kEndBytes bytes), for scanning backwards: on
// the stack, since every line and block is read this way.
constexpr std::size_t kEndBytes = 96;
struct CodePoints {
  std::array<char32_t, kEndBytes> cp;
  std::size_t n = 0;
  std::size_t size() const { return n; }
  char32_t operator[](std::size_t i) const { return cp[i]; }
};
CodePoints code_points(std::string_view s) {
  CodePoints out;
  for (std::size_t i = 0; i < s.size() && out.n < kEndBytes;) out.cp[out.n++] = text::decode(s, i);
  return out;
}

bool is_abbreviation(std::string_view text, const std::vector<std::string>& abbreviations) {
  std::size_t sp = text.find_last_of(' ');
  std::string_view word = sp == std::string_view::npos ? text : text.substr(sp + 1);
  while (!word.empty() && (word.front() == '(' || word.front() == '"')) word.remove_prefix(1);
  for (const auto& a : abbreviations)
    if (word.size() == a.size() && (word == a || text::lower(word) == text::lower(a))) return true;
  // A single capital initial ("M. A. Khan").
  if (word.size() > 5) return false;  // two code points take at most five bytes
  CodePoints cps = code_points(word);
  return cps.size() == 2 && is_upper_letter(cps[0]) && cps[1] == '.';
}

}  // namespace

bool is_lower_letter(char32_t c) {
  return text::is_letter(c) && text::is_lower(c);
}
bool is_upper_letter(char32_t c) {
  return text::is_letter(c) && !text::is_lower(c);
}
bool is_digit_char(char32_t c) {
  return text::is_digit(c);
}

namespace {

// The bytes of an ASCII text as its code points, without decoding.
struct AsciiPoints {
  std::string_view s;
  std::size_t size() const { return s.size(); }
  char32_t operator[](std::size_t i) const { return static_cast<unsigned char>(s[i]); }
};

// ending_of over the code points `cps` of `text` (decoded, or its bytes when
// all are ASCII: most lines, read without decoding).
template <class Points>
Ending ending_of_points(const Points& cps, std::string_view text,
                        const std::vector<std::string>& abbreviations) {
  std::size_t n = cps.size();
  while (n > 0 && (text::is_space(cps[n - 1]) || cps[n - 1] == '*')) --n;
  // A short word after a semicolon closes a list item ("...; and", "... ; et").
  {
    std::size_t w = n;
    while (w > 0 && text::is_letter(cps[w - 1])) --w;
    std::size_t letters = n - w, p = w;
    while (p > 0 && cps[p - 1] == ' ') --p;
    if (letters >= 1 && letters <= 3 && p < w && p > 0 && cps[p - 1] == ';')
      return Ending::Semicolon;
  }
  std::size_t k = n;
  while (k > 0 && is_closing(cps[k - 1])) --k;
  if (k == 0) return Ending::None;
  // Arabic and full-width (Chinese) punctuation ends a line as its ASCII
  // counterpart: "،" and "，" a comma, "؛" and "；" a semicolon, "。" a period.
  char32_t c = ascii_punctuation(cps[k - 1]);
  // Closing marks count only after punctuation: "(copie jointe)." ends, "Humaine "" does not.
  if (k < n && !(c == '.' || c == ';' || c == ':' || c == ',' || c == '!' || c == '?'))
    return Ending::None;
  switch (c) {
    case ';':
      return Ending::Semicolon;
    case ':':
      return Ending::Colon;
    case ',':
      return Ending::Comma;
    case '!':
    case '?':
    case 0x2026:
      return Ending::Sentence;
    case '.': {
      // Only the text up to the period decides whether it is an abbreviation:
      // its bytes as they are, unless one was not valid UTF-8 (decoded as
      // U+FFFD, and written so here).
      if constexpr (std::is_same_v<Points, AsciiPoints>)
        return is_abbreviation(text.substr(0, k), abbreviations) ? Ending::None : Ending::Sentence;
      std::size_t bytes = 0;
      bool replaced = false;
      for (std::size_t i = 0; i < k; ++i) {
        char32_t c = cps[i];
        replaced |= c == 0xFFFD;
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      }
      std::string replaced_prefix;
      if (replaced)
        for (std::size_t i = 0; i < k; ++i) text::append(replaced_prefix, cps[i]);
      std::string_view prefix =
          replaced ? std::string_view(replaced_prefix) : text.substr(0, bytes);
      return is_abbreviation(prefix, abbreviations) ? Ending::None : Ending::Sentence;
    }
    default:
      return Ending::None;
  }
}

}  // namespace

Ending ending_of(std::string_view text, const std::vector<std::string>& abbreviations) {
  // Only the end matters: the last word and the punctuation after it.
  if (text.size() > kEndBytes) {
    std::size_t from = text.size() - kEndBytes;
    while (from < text.size() && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
    text.remove_prefix(from);
  }
  unsigned char high = 0;
  for (unsigned char b : text) high |= b;
  if (high < 0x80) return ending_of_points(AsciiPoints{text}, text, abbreviations);
  return ending_of_points(code_points(text), text, abbreviations);
}

char32_t first_alnum(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = text::decode(text, i);
    if (text::is_letter(c) || text::is_digit(c)) return c;
    // Opening brackets and quotes are skipped; other punctuation ("?.", "*") is not a start.
    bool opening = c == ' ' || c == '(' || c == '[' || c == '"' || c == '\'' || c == 0xAB ||
                   c == 0x201C || c == 0x2018 || c == 0x201E || c == '{';
    if (!opening) return 0;
  }
  return 0;
}

namespace {
// Classes of ASCII bytes for word_count() and measure(): one table load per
// byte. A letter adds kLetterCount to a packed count of letters (low 16
// bits) and capitals (high 16 bits).
enum : std::uint32_t { kAlnum = 1, kSpace = 2 };
constexpr std::uint32_t kLetterCount = 1, kCapitalCount = std::uint32_t{1} << 16;
struct AsciiClass {
  std::array<std::uint8_t, 128> kind{};
  std::array<std::uint32_t, 128> count{};
};
constexpr AsciiClass kAsciiClass = [] {
  AsciiClass t;
  for (int c = 0; c < 128; ++c) {
    bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z', digit = c >= '0' && c <= '9';
    t.kind[c] = static_cast<std::uint8_t>((lower || upper || digit ? std::uint32_t{kAlnum} : 0u) |
                                          (c == ' ' ? std::uint32_t{kSpace} : 0u));
    t.count[c] = lower ? kLetterCount : upper ? kLetterCount + kCapitalCount : 0;
  }
  return t;
}();

// Mostly capitals, from a packed count of letters and capitals (the first
// 400 letters, or as many as were counted before more than 120 without
// capitals decided it): at least two letters, 70% of them capitals.
bool mostly_capitals_of(std::uint32_t counts) {
  const int letters = static_cast<int>(counts & 0xFFFF);
  const int lower = letters - static_cast<int>(counts >> 16);
  return lower <= 120 && letters >= 2 && (letters - lower) * 10 >= letters * 7;
}

// The packed letter and capital count of sixteen ASCII bytes' classes.
std::uint32_t ascii_counts(const ascii16::Classes& c) {
  return ascii16::count(c.letter()) * kLetterCount + ascii16::count(c.upper) * kCapitalCount;
}
}  // namespace

int word_count(std::string_view text) {
  int words = 0;
  bool in_word = false, has_alnum = false, han = false;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size() && words < kManyWords;) {
    if (i == text.size() || text[i] == ' ') {
      if (han) {
        // Text without spaces between words (Chinese): ICU's words of the chunk.
        for (const auto& t : text::split_tokens(text.substr(start, i - start)))
          words += t.word || t.number;
      } else if (in_word && has_alnum) {
        ++words;
      }
      in_word = has_alnum = han = false;
      start = ++i;
      continue;
    }
    in_word = true;
    unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {  // ASCII without a Unicode lookup, up to the next space
      do {
        has_alnum |= (kAsciiClass.kind[b] & kAlnum) != 0;
        ++i;
      } while (i < text.size() && (b = static_cast<unsigned char>(text[i])) < 0x80 && b != ' ');
    } else {
      char32_t c = text::decode(text, i);
      has_alnum |= text::is_letter(c) || text::is_digit(c);
      han |= text::is_han(c);
    }
  }
  return std::min(words, kManyWords);
}

bool mostly_capitals(std::string_view text) {
  // As measure() counts them: letters and capitals packed in one count, and
  // "more than 120 letters without capitals" (which only grows) checked at
  // word ends.
  std::uint32_t counts = 0;  // letters | capitals << 16
  auto lower = [&] { return static_cast<int>(counts & 0xFFFF) - static_cast<int>(counts >> 16); };
  for (std::size_t i = 0; i < text.size() && (counts & 0xFFFF) < 400;) {
    // Sixteen bytes at a time while no sixteen letters can reach the
    // 400th: their ASCII start counted at once (stopping at a word end or
    // at the end of a run changes no answer: "lower" only grows).
    if (text.size() - i >= ascii16::kWidth && (counts & 0xFFFF) <= 400 - ascii16::kWidth) {
      ascii16::Classes c = ascii16::classes(text.data() + i);
      if (c.ascii) {
        counts += ascii_counts(c);
        i += c.ascii;
        if (lower() > 120) break;
        continue;
      }
    }
    auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      counts += kAsciiClass.count[b];
      ++i;
      if (b == ' ' && lower() > 120) break;
      continue;
    }
    char32_t c = text::decode(text, i);
    // Only letters with case count: Arabic or Chinese text has no capitals.
    if (text::is_upper(c))
      counts += kLetterCount + kCapitalCount;
    else if (text::is_lower(c))
      counts += kLetterCount;
  }
  return mostly_capitals_of(counts);
}

Measure measure(std::string_view text) {
  // One pass for what word_count and mostly_capitals each find (with their
  // rules unchanged), the length apart (a loop the compiler vectorizes):
  // every line goes through here. Letters are counted while fewer than 400
  // were seen, so the pass has two loops, with and without counting them;
  // more than 120 letters without capitals decide "not mostly capitals"
  // already (70% of at most 400), and only grow, so that is checked at
  // word ends and after each run of ASCII bytes. Runs of ASCII bytes are
  // read sixteen at a time (text/ascii16.h), one byte at a time near the end.
  Measure m;
  for (unsigned char c : text) m.length += (c & 0xC0) != 0x80;
  std::uint32_t counts = 0;  // letters | capitals << 16
  int words = 0;
  std::uint32_t has_alnum = 0;
  bool han = false;
  std::size_t start = 0;
  auto end_word = [&](std::size_t at) {
    if (han) {
      if (words < kManyWords)
        for (const auto& t : text::split_tokens(text.substr(start, at - start)))
          words += t.word || t.number;
    } else {
      words += static_cast<int>(has_alnum);
    }
    has_alnum = 0;
    han = false;
    start = at + 1;
  };
  // Another character than ASCII at `at`: decoded, its classes asked; the
  // offset after it.
  auto other = [&](std::size_t at, bool count) {
    char32_t c = text::decode(text, at);
    has_alnum |= text::is_letter(c) || text::is_digit(c);
    han |= text::is_han(c);
    if (count) {
      if (text::is_upper(c))
        counts += kLetterCount + kCapitalCount;
      else if (text::is_lower(c))
        counts += kLetterCount;
    }
    return at;
  };
  auto letters = [&] { return static_cast<int>(counts & 0xFFFF); };
  auto lower = [&] { return letters() - static_cast<int>(counts >> 16); };
  // The ASCII bytes at `at` (c.ascii of them, at least one): the words
  // they end, whether the open word has a letter or digit, and (`count`)
  // their letters and capitals.
  auto ascii_run = [&](const ascii16::Classes& c, std::size_t at, bool count) {
    std::uint32_t alnum = c.alnum();
    if (count) counts += ascii_counts(c);
    if (!c.space) {
      has_alnum |= alnum != 0;
      return;
    }
    // The first space ends the open word (which may have begun before
    // these bytes); the words between it and the last space are ASCII and
    // counted at once; the last opens a word.
    unsigned first = static_cast<unsigned>(std::countr_zero(c.space));
    unsigned last = static_cast<unsigned>(31 - std::countl_zero(c.space));
    has_alnum |= (alnum & ((std::uint32_t{1} << first) - 1)) != 0;
    end_word(at + first);
    std::uint32_t after_first = ~((std::uint32_t{2} << first) - 1);
    words += static_cast<int>(
        ascii16::count(ascii16::runs_ending_marked(c.space | ~after_first, alnum & after_first)));
    has_alnum = (alnum >> (last + 1)) != 0;
    start = at + last + 1;
  };
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n && letters() < 400) {
    // Sixteen bytes at a time while no sixteen letters can reach the 400th
    // (stopping the count at a word end or at the end of a run changes no
    // answer: "lower" only grows).
    if (n - i >= ascii16::kWidth && letters() <= static_cast<int>(400 - ascii16::kWidth)) {
      ascii16::Classes c = ascii16::classes(text.data() + i);
      if (!c.ascii) {
        i = other(i, true);
        continue;
      }
      ascii_run(c, i, true);
      i += c.ascii;
      if (lower() > 120) break;
      continue;
    }
    auto b = static_cast<unsigned char>(text[i]);
    if (b >= 0x80) {
      i = other(i, true);
      continue;
    }
    std::uint32_t k = kAsciiClass.kind[b];
    if (k & kSpace) {
      end_word(i);
      if (lower() > 120) {
        ++i;
        break;
      }
    }
    has_alnum |= k & kAlnum;
    counts += kAsciiClass.count[b];
    ++i;
  }
  while (i < n) {
    if (n - i >= ascii16::kWidth) {
      ascii16::Classes c = ascii16::classes(text.data() + i);
      if (!c.ascii) {
        i = other(i, false);
        continue;
      }
      ascii_run(c, i, false);
      i += c.ascii;
      continue;
    }
    auto b = static_cast<unsigned char>(text[i]);
    if (b >= 0x80) {
      i = other(i, false);
      continue;
    }
    std::uint32_t k = kAsciiClass.kind[b];
    if (k & kSpace) end_word(i);
    has_alnum |= k & kAlnum;
    ++i;
  }
  end_word(n);
  m.words = std::min(words, kManyWords);
  m.caps = mostly_capitals_of(counts);
  return m;
}

std::vector<Line> split_lines(const Document& doc, const std::vector<std::string>& abbreviations) {
  std::vector<Line> out;
  std::string_view s = doc.text->view();
  std::size_t end = std::min(doc.end, s.size());
  int number = doc.text->position(doc.begin).line;
  for (std::size_t at = doc.begin; at < end; ++number) {
    std::size_t nl = s.find('\n', at);
    std::size_t stop = (nl == std::string_view::npos || nl > end) ? end : nl;
    // A line as long as a clause may be is refused before any work on it.
    if (stop - at > kMaxClauseBytes)
      throw InputError("line of " + std::to_string(stop - at) +
                           " bytes is longer than the limit of " +
                           std::to_string(kMaxClauseBytes >> 20) +
                           " MiB for one clause: is the file missing its line breaks?",
                       doc.text->path(), number);
    Line line;
    line.number = number;
    line.clean = clean(s, at, stop);
    line.blank = line.clean.text.empty();
    // Content range: the first and last source bytes that reach the clean text.
    if (!line.blank) {
      line.begin = line.clean.runs.front().source_begin;
      const TextRun& last = line.clean.runs.back();
      line.end = last.source_begin + std::max<std::size_t>(last.length, 1);
      // Trailing markup closing the line ("**") stays in the range.
      while (line.end < stop && s[line.end] != ' ' && s[line.end] != '\t' && s[line.end] != '\r')
        ++line.end;
    } else {
      line.begin = line.end = at;
    }
    std::string_view raw = s.substr(at, stop - at);
    std::size_t rb = raw.find_first_not_of(" \t\r");
    std::size_t re = raw.find_last_not_of(" \t\r");
    if (rb != std::string_view::npos) {
      std::string_view core = raw.substr(rb, re - rb + 1);
      line.raw = core;
      line.bold_start = core.substr(0, 2) == "**" || core.substr(0, 2) == "__";
      line.bold_end = core.size() >= 2 && (core.substr(core.size() - 2) == "**" ||
                                           core.substr(core.size() - 2) == "__");
      for (std::size_t p = core.find("**"); p != std::string_view::npos; p = core.find("**", p + 2))
        ++line.bold_marks;
      line.hard_break = raw.size() >= 2 && raw.substr(raw.size() - 2) == "  ";
      std::string_view t = core;
      while (!t.empty() && t.back() == '*') t.remove_suffix(1);
      if (t.size() >= 2 && t.back() == '-') {
        std::size_t i = t.size() - 2;
        while (i > 0 && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) --i;
        std::size_t j = i;
        line.hyphen_end = text::is_letter(text::decode(t, j));
      }
      line.soft_hyphen_end = t.size() >= 2 && t.substr(t.size() - 2) == "\xC2\xAD";
    }
    if (!line.blank) {
      const std::string& t = line.clean.text;
      line.ending = ending_of(t, abbreviations);
      line.first = first_alnum(t);
      Measure m = measure(t);
      line.length = m.length;
      line.words = m.words;
      line.caps = m.caps;
      std::size_t sp = t.find_last_of(' ');
      line.last_word = text::fold(sp == std::string::npos ? std::string_view(t)
                                                          : std::string_view(t).substr(sp + 1));
    }
    out.push_back(std::move(line));
    at = stop + 1;
  }
  return out;
}

}  // namespace ct::segment

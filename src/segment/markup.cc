// Conversion markup removal with a byte map back to the source. Hand-written:
// Markdown libraries (cmark) render to HTML and do not report where each
// output byte came from, which entity and diff locations need.
#include "segment/markup.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#include "text/ascii16.h"
#include "text/utf8.h"

namespace ct::segment {

namespace {

bool is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// End of an HTML tag ("<sup>", "</i>", "<span class=x>") starting at `i`, or 0.
std::size_t tag_end(std::string_view s, std::size_t i, std::size_t end) {
  std::size_t j = i + 1;
  if (j < end && s[j] == '/') ++j;
  std::size_t name = j;
  while (j < end && j - name < 12 && is_ascii_letter(s[j])) ++j;
  if (j == name) return 0;
  if (j < end && (s[j] == ' ' || s[j] == '/')) {
    std::size_t k = j;
    while (k < end && k - j < 200 && s[k] != '>' && s[k] != '<') ++k;
    j = k;
  }
  if (j < end && s[j] == '>') return j + 1;
  return 0;
}

// An HTML entity at `i`: its length in the source and its text, or 0.
std::size_t entity(std::string_view s, std::size_t i, std::size_t end, std::string& out) {
  static const std::pair<std::string_view, std::string_view> kNamed[] = {
      {"&amp;", "&"},        {"&lt;", "<"},         {"&gt;", ">"},         {"&quot;", "\""},
      {"&apos;", "'"},       {"&nbsp;", " "},       {"&rsquo;", "\u2019"}, {"&lsquo;", "\u2018"},
      {"&laquo;", "\u00AB"}, {"&raquo;", "\u00BB"}, {"&ndash;", "\u2013"}, {"&mdash;", "\u2014"}};
  std::string_view rest = s.substr(i, std::min<std::size_t>(end - i, 10));
  for (const auto& [name, value] : kNamed)
    if (rest.substr(0, name.size()) == name) {
      out = value;
      return name.size();
    }
  if (rest.size() >= 4 && rest[1] == '#') {
    std::size_t j = 2;
    int base = 10;
    if (rest[j] == 'x' || rest[j] == 'X') {
      base = 16;
      ++j;
    }
    char32_t cp = 0;
    std::size_t digits = 0;
    for (; j < rest.size(); ++j, ++digits) {
      char c = rest[j];
      int v = c >= '0' && c <= '9'                 ? c - '0'
              : base == 16 && c >= 'a' && c <= 'f' ? c - 'a' + 10
              : base == 16 && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                   : -1;
      if (v < 0) break;
      cp = cp * static_cast<char32_t>(base) + static_cast<char32_t>(v);
    }
    if (digits > 0 && j < rest.size() && rest[j] == ';') {
      // NUL, surrogates and values past U+10FFFF are no characters: U+FFFD,
      // as HTML reads them.
      bool scalar = cp > 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
      out.clear();
      text::append(out, scalar ? cp : 0xFFFD);
      return j + 1;
    }
  }
  return 0;
}

bool is_escapable(char c) {
  return std::strchr("*_[](){}#.!-+`\\<>|~^", c) != nullptr && c != '\0';
}

// An ASCII byte that append_source copies as it is, whatever follows it.
bool is_plain(char c) {
  static constexpr auto kPlain = [] {
    std::array<bool, 256> t{};
    for (int b = 0x21; b < 0x7F; ++b) t[b] = true;
    for (char m : {'\\', '*', '_', '<', '^', '&'}) t[static_cast<unsigned char>(m)] = false;
    return t;
  }();
  return kPlain[static_cast<unsigned char>(c)];
}

// is_plain for the sixteen bytes at `p` (bit k: byte k).
std::uint32_t plain16(const char* p) {
  return text::ascii16::between_except<'\\', '*', '_', '<', '^', '&'>(p, 0x21, 0x7E);
}

bool is_space_like(char32_t c) {
  return text::is_space(c) || c == 0xA0 || c == 0x202F || c == 0x2007 || c == 0x3000;
}

bool is_invisible(char32_t c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0xAD;
}

}  // namespace

void CleanText::copy(std::string_view source, std::size_t at, std::size_t n) {
  if (!runs.empty()) {
    TextRun& last = runs.back();
    if (last.length > 0 && last.source_begin + last.length == at &&
        last.text_begin + last.length == text.size()) {
      last.length += n;
      text.append(source.substr(at, n));
      return;
    }
  }
  runs.push_back({text.size(), at, n});
  text.append(source.substr(at, n));
}

bool CleanText::continues_run(std::size_t at) const {
  if (runs.empty() || text.empty() || text.back() == ' ') return false;
  const TextRun& last = runs.back();
  return last.length > 0 && last.source_begin + last.length == at &&
         last.text_begin + last.length == text.size();
}

void CleanText::synthetic(std::string_view s, std::size_t source_at) {
  runs.push_back({text.size(), source_at, 0});
  text.append(s);
}

void CleanText::space() {
  if (!text.empty() && text.back() != ' ') text += ' ';
}

void CleanText::trim_end() {
  while (!text.empty() && text.back() == ' ') text.pop_back();
  while (!runs.empty() && runs.back().text_begin >= text.size() && runs.back().text_begin > 0)
    runs.pop_back();
  if (!runs.empty() && runs.back().text_begin + runs.back().length > text.size())
    runs.back().length = text.size() - runs.back().text_begin;
}

void CleanText::append_source(std::string_view s, std::size_t begin, std::size_t end) {
  std::size_t i = begin;
  while (i < end) {
    char c = s[i];
    if (c == '\\' && i + 1 < end && is_escapable(s[i + 1])) {
      copy(s, i + 1, 1);
      i += 2;
      continue;
    }
    if (c == '*') {  // bold and italic markers
      ++i;
      continue;
    }
    if (c == '_' && i + 1 < end && s[i + 1] == '_') {
      i += 2;
      continue;
    }
    if (c == '<') {
      if (std::size_t t = tag_end(s, i, end)) {
        i = t;
        continue;
      }
    }
    if (c == '^' && i + 1 < end && s[i + 1] == '{') {
      std::size_t close = s.find('}', i + 2);
      if (close != std::string_view::npos && close < end && close - i <= 20) {
        if (close > i + 2) copy(s, i + 2, close - (i + 2));
        i = close + 1;
        continue;
      }
    }
    if (c == '&') {
      std::string value;
      if (std::size_t n = entity(s, i, end, value)) {
        if (value == " ")
          space();
        else
          synthetic(value, i);
        i += n;
        continue;
      }
    }
    if (static_cast<unsigned char>(c) < 0x80) {  // ASCII: no decoding needed
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
        if (c == ' ' && continues_run(i)) {
          // One space where the source has one: the run goes on through it
          // (it maps every byte as a space of its own would), so a line is
          // one run, not one per word.
          copy(s, i, 1);
        } else if (!text.empty()) {
          space();
        }
        ++i;
      } else {
        // The run of plain ASCII bytes from here, copied at once, through
        // single spaces between them (kept as they are, as above).
        std::size_t j = i + 1;
        // Sixteen bytes at a time while the byte after them is in range
        // (text/ascii16.h), then one at a time.
        while (j + 17 <= end) {
          const char* p = s.data() + j;
          std::uint32_t plain = plain16(p);
          std::uint32_t plain_next = plain >> 1 | std::uint32_t{is_plain(p[16])} << 15;
          std::uint32_t ok = plain | (text::ascii16::equal(p, ' ') & plain_next);
          if (ok != 0xFFFF) {
            j += static_cast<std::size_t>(std::countr_one(ok));
            break;
          }
          j += 16;
        }
        while (j < end && (is_plain(s[j]) || (s[j] == ' ' && j + 1 < end && is_plain(s[j + 1]))))
          ++j;
        copy(s, i, j - i);
        i = j;
      }
      continue;
    }
    std::size_t next = i;
    char32_t cp = text::decode(s, next);
    if (is_space_like(cp)) {
      if (!text.empty()) space();
    } else if (!is_invisible(cp)) {
      copy(s, i, next - i);
    }
    i = next;
  }
}

void CleanText::append(const CleanText& other, std::size_t from, std::size_t to) {
  to = std::min(to, other.text.size());
  if (from >= to) return;
  std::size_t base = text.size();
  for (const TextRun& r : other.runs) {
    std::size_t rb = r.text_begin, re = r.text_begin + std::max<std::size_t>(r.length, 1);
    if (re <= from || rb >= to) continue;
    std::size_t cut = from > rb ? from - rb : 0;
    TextRun n;
    n.text_begin = base + (rb + cut) - from;
    n.source_begin = r.source_begin + (r.length ? cut : 0);
    n.length = r.length ? std::min(r.length - cut, to - (rb + cut)) : 0;
    if (!runs.empty() && n.length > 0) {
      TextRun& last = runs.back();
      if (last.length > 0 && last.source_begin + last.length == n.source_begin &&
          last.text_begin + last.length == n.text_begin) {
        last.length += n.length;
        continue;
      }
    }
    runs.push_back(n);
  }
  text.append(other.text, from, to - from);
}

std::size_t CleanText::source_offset(std::size_t text_offset) const {
  if (runs.empty()) return 0;
  auto it = std::upper_bound(runs.begin(), runs.end(), text_offset,
                             [](std::size_t off, const TextRun& r) { return off < r.text_begin; });
  if (it == runs.begin()) return runs.front().source_begin;
  --it;
  return it->source_begin + std::min(text_offset - it->text_begin, it->length);
}

CleanText clean(std::string_view source, std::size_t begin, std::size_t end) {
  CleanText t;
  // Markup removed and spaces collapsed, the text is at most its source.
  t.text.reserve(end > begin ? end - begin : 0);
  t.append_source(source, begin, end);
  t.trim_end();
  return t;
}

}  // namespace ct::segment

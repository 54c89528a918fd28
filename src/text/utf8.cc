// UTF-8 decoding and character classes (utf8proc for categories).
#include "text/utf8.h"

#include <utf8proc.h>

#include <cstdint>
#include <cstring>

namespace ct::text {

std::size_t invalid_utf8_offset(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    // ASCII, most bytes of most texts, eight at a time without the library
    // call (a whole report is checked before it is written).
    while (i + 8 <= s.size()) {
      std::uint64_t word;
      std::memcpy(&word, s.data() + i, 8);
      if (word & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    if (i >= s.size()) break;
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                              static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) return i;
    i += static_cast<std::size_t>(n);
  }
  return kValid;
}

char32_t decode_multibyte(std::string_view s, std::size_t& i) {
  utf8proc_int32_t cp = 0;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                            static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0) {
    ++i;
    return 0xFFFD;
  }
  i += static_cast<std::size_t>(n);
  return static_cast<char32_t>(cp);
}

void append_multibyte(std::string& out, char32_t cp) {
  // Surrogates and values past U+10FFFF are no characters: U+FFFD instead,
  // so what is appended is always valid UTF-8.
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
  utf8proc_uint8_t buf[4];
  auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
  out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

void make_valid_utf8(std::string& s) {
  std::size_t bad = invalid_utf8_offset(s);
  if (bad == kValid) return;
  std::string out(s, 0, bad);
  out.reserve(s.size() + 16);
  for (std::size_t i = bad; i < s.size();) append(out, decode(s, i));
  s = std::move(out);
}

std::size_t length(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

bool all_upper(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size())
    if (!is_upper(decode(s, i))) return false;
  return true;
}

std::size_t char_boundary(std::string_view s, std::size_t at) {
  if (at >= s.size()) return s.size();
  while (at > 0 && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;
  return at;
}

std::string clip_bytes(std::string_view s, std::size_t max, std::size_t keep) {
  if (s.size() <= max) return std::string(s);
  return std::string(s.substr(0, char_boundary(s, keep))) + "\xE2\x80\xA6";
}

namespace {
utf8proc_category_t cat(char32_t c) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(c));
}
}  // namespace

// The classes beyond ASCII (utf8.h answers ASCII inline).
bool is_letter_other(char32_t c) {
  auto k = cat(c);
  return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO;
}
bool is_digit_other(char32_t c) {
  return cat(c) == UTF8PROC_CATEGORY_ND;
}
bool is_upper_other(char32_t c) {
  return cat(c) == UTF8PROC_CATEGORY_LU || cat(c) == UTF8PROC_CATEGORY_LT;
}
bool is_lower_other(char32_t c) {
  return cat(c) == UTF8PROC_CATEGORY_LL;
}
bool is_space_other(char32_t c) {
  return cat(c) == UTF8PROC_CATEGORY_ZS;
}
bool is_mark(char32_t c) {
  if (c < 0x300) return false;
  auto k = cat(c);
  return k == UTF8PROC_CATEGORY_MN || k == UTF8PROC_CATEGORY_MC || k == UTF8PROC_CATEGORY_ME;
}
Script script_of(char32_t c) {
  if (!is_letter(c)) return Script::Common;
  if (c < 0x0250 || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2C60 && c <= 0x2C7F) ||
      (c >= 0xA720 && c <= 0xA7FF) || (c >= 0xFF21 && c <= 0xFF5A))
    return Script::Latin;
  if ((c >= 0x0370 && c <= 0x03FF) || (c >= 0x1F00 && c <= 0x1FFF)) return Script::Greek;
  if ((c >= 0x0400 && c <= 0x052F) || (c >= 0x1C80 && c <= 0x1C8F) ||
      (c >= 0x2DE0 && c <= 0x2DFF) || (c >= 0xA640 && c <= 0xA69F))
    return Script::Cyrillic;
  return Script::Other;
}

std::string_view name(Script s) {
  switch (s) {
    case Script::Latin:
      return "Latin";
    case Script::Greek:
      return "Greek";
    case Script::Cyrillic:
      return "Cyrillic";
    case Script::Other:
      return "other";
    case Script::Common:
      break;
  }
  return "common";
}

}  // namespace ct::text

// UTF-8 decoding, validation and the few character classes the pipeline needs.
// Code-point classes come from utf8proc; scripts (Latin, Greek, Cyrillic) are
// told by Unicode block ranges, since utf8proc has no script property.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ct::text {

constexpr std::size_t kValid = std::string_view::npos;

// Offset of the first byte that is not valid UTF-8, or kValid.
std::size_t invalid_utf8_offset(std::string_view s);

// Decodes the code point at s[i] and advances i; invalid bytes decode as U+FFFD.
// ASCII (most bytes of most texts) inline, without the library call: these
// run once per character of every text.
char32_t decode_multibyte(std::string_view s, std::size_t& i);
inline char32_t decode(std::string_view s, std::size_t& i) {
  if (static_cast<unsigned char>(s[i]) < 0x80) return static_cast<char32_t>(s[i++]);
  return decode_multibyte(s, i);
}
// Appends `cp` as UTF-8; a surrogate or a value past U+10FFFF as U+FFFD.
// Inline for ASCII, most characters of most texts.
void append_multibyte(std::string& out, char32_t cp);
inline void append(std::string& out, char32_t cp) {
  if (cp < 0x80)
    out += static_cast<char>(cp);
  else
    append_multibyte(out, cp);
}
// Replaces each byte of `s` that is not part of well-formed UTF-8 by U+FFFD
// (a no-op, without a copy, for valid text): the last step before output.
void make_valid_utf8(std::string& s);
// Number of code points in s.
std::size_t length(std::string_view s);

// The largest offset <= `at` that starts a UTF-8 character of `s` (or is its
// end): where `s` may be cut without splitting a character.
std::size_t char_boundary(std::string_view s, std::size_t at);
// `s` when it has at most `max` bytes; else its first `keep` bytes (cut on a
// character boundary) followed by "…".
std::string clip_bytes(std::string_view s, std::size_t max, std::size_t keep);

// The classes answer ASCII from its ranges (inline) and ask utf8proc otherwise.
bool is_letter_other(char32_t c);
bool is_digit_other(char32_t c);
bool is_upper_other(char32_t c);
bool is_lower_other(char32_t c);
bool is_space_other(char32_t c);
inline bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return is_letter_other(c);
}
inline bool is_digit(char32_t c) {  // decimal digit
  if (c < 0x80) return c >= '0' && c <= '9';
  return is_digit_other(c);
}
inline bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return is_upper_other(c);
}
inline bool is_lower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return is_lower_other(c);
}
inline bool is_space(char32_t c) {  // any Unicode space separator, tab, line end
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return is_space_other(c);
}
// Every character of `s` an upper-case letter ("UNISFA"; true for "").
bool all_upper(std::string_view s);
// A combining mark (Unicode Mn, Mc, Me: accents, Arabic vowel signs), part of its word.
bool is_mark(char32_t c);
// A Han ideograph (CJK unified ideographs and their extensions, compatibility ideographs).
inline bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x20000 && c <= 0x3134F) || (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007;
}

enum class Script { Common, Latin, Greek, Cyrillic, Other };
Script script_of(char32_t c);
std::string_view name(Script s);

}  // namespace ct::text

// Folding through utf8proc (NFKD + case fold + strip marks).
#include "text/fold.h"

#include <utf8proc.h>

#include <cstdlib>

#include "text/utf8.h"

namespace ct::text {

namespace {
std::string map(std::string_view s, int options) {
  if (s.empty()) return {};
  utf8proc_uint8_t* out = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                        static_cast<utf8proc_ssize_t>(s.size()), &out,
                        static_cast<utf8proc_option_t>(options));
  if (n < 0) return std::string(s);
  std::string r(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
  std::free(out);
  return r;
}

// Plain ASCII folds to its lower case: most words of most texts take this
// path and skip utf8proc's decomposition (the tokenizer's main cost).
bool ascii_lower(std::string_view s, std::string& out) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  out.assign(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return true;
}
}  // namespace

std::string lower(std::string_view s) {
  if (std::string fast; ascii_lower(s, fast)) return fast;
  return map(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
}

namespace {
// fold() of a text through utf8proc whole.
std::string fold_mapped(std::string_view s) {
  std::string m = map(s, UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE |
                             UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
  // Ligatures that NFKD keeps as one letter, and typographic apostrophes.
  std::string r;
  r.reserve(m.size());
  for (std::size_t i = 0; i < m.size();) {
    char32_t c = decode(m, i);
    switch (c) {
      case U'œ':
        r += "oe";
        break;
      case U'æ':
        r += "ae";
        break;
      case U'ß':
        r += "ss";
        break;
      case U'’':
      case U'ʼ':
        r += '\'';
        break;
      // Arabic: tatweel (a stretch of the line) is dropped; alef wasla, alef
      // maksura and teh marbuta are written as plain alef, yeh and heh, as
      // Arabic search engines fold them (the hamza and madda of the other
      // alef and yeh forms are marks NFKD has already stripped).
      case 0x640:
        break;
      case 0x671:
        append(r, 0x627);
        break;
      case 0x649:
        append(r, 0x64A);
        break;
      case 0x629:
        append(r, 0x647);
        break;
      default:
        // Arabic-Indic and Eastern Arabic-Indic digits read as ASCII digits.
        if (c >= 0x660 && c <= 0x669)
          r += static_cast<char>('0' + (c - 0x660));
        else if (c >= 0x6F0 && c <= 0x6F9)
          r += static_cast<char>('0' + (c - 0x6F0));
        else
          append(r, c);
    }
  }
  return r;
}
}  // namespace

std::string fold(std::string_view s) {
  if (std::string fast; ascii_lower(s, fast)) return fast;
  // utf8proc maps each character alone but for the order of combining marks,
  // which never crosses an ASCII character (a starter, mapped to its lower
  // case): valid UTF-8 folds run by run, each run of other characters
  // through utf8proc alone. Most texts hold a few (a typographic apostrophe,
  // an accent); one call over the whole text cost more than the rest.
  if (invalid_utf8_offset(s) != kValid) return fold_mapped(s);
  std::string r;
  r.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      r += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < s.size() && static_cast<unsigned char>(s[end]) >= 0x80) ++end;
    r += fold_mapped(s.substr(i, end - i));
    i = end;
  }
  return r;
}

}  // namespace ct::text

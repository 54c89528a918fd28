// Detection of a leading list marker by token shape (no words involved).
#include "diff/marker.h"

#include "text/utf8.h"

namespace ct::diff {

namespace {

bool roman(std::string_view s, std::string_view digits) {
  if (s.empty() || s.size() > 6) return false;
  for (char c : s)
    if (digits.find(c) == std::string_view::npos) return false;
  return true;
}

// A marker's label: digits, a roman numeral or one lower-case letter (ASCII);
// an upper-case letter only in parentheses ("M." is an abbreviation); in
// parentheses, one letter of any script too ("(أ)", "(б)").
bool label(std::string_view s, const Token& t, bool paren) {
  if (t.number) return s.size() <= 4;
  if (!t.word) return false;
  if (s.size() == 1 && ((s[0] >= 'a' && s[0] <= 'z') || (paren && s[0] >= 'A' && s[0] <= 'Z')))
    return true;
  if (paren && static_cast<unsigned char>(s[0]) >= 0x80) {
    std::size_t i = 0;
    char32_t c = text::decode(s, i);
    if (i == s.size() && text::is_letter(c)) return true;
  }
  return roman(s, "ivxl") || (s.size() > 1 && roman(s, "IVXL"));
}

}  // namespace

std::size_t marker_tokens(std::string_view text, const std::vector<Token>& tokens) {
  auto tok = [&](std::size_t k) {
    return text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
  };
  std::size_t n = tokens.size();
  if (n == 0) return 0;
  std::string_view first = tok(0);
  if (first == "-" || first == "\xE2\x80\xA2" || first == "\xE2\x80\x93" || first == "*")
    return n > 1 ? 1 : 0;
  std::size_t k = 0;
  bool paren = first == "(";
  if (paren) ++k;
  bool any = false;
  // label ( "." label )*
  while (k < n && label(tok(k), tokens[k], paren)) {
    any = true;
    ++k;
    if (k + 1 < n && tok(k) == "." && label(tok(k + 1), tokens[k + 1], paren) &&
        tokens[k + 1].begin == tokens[k].end)
      ++k;
    else
      break;
  }
  if (!any) return 0;
  if (k < n && (tok(k) == "." || tok(k) == ")")) {
    ++k;
  } else if (!paren) {
    return 0;  // "2019 was..." or "a country": a word, not a marker
  }
  return k < n ? k : 0;
}

}  // namespace ct::diff

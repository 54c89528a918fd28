// Marker reading.
#include "segment/markers.h"

#include <cctype>
#include <vector>

#include "text/fold.h"
#include "text/roman.h"

namespace ct::segment {

namespace {

std::optional<Marker> match_form(const MarkerForm& form, std::string_view text, std::size_t at,
                                 const StructureRules& rules) {
  if (!form.first.admits(text, at)) return std::nullopt;
  const re2::RE2& re = *form.pattern;
  // Submatches up to the marker's group (on the stack: every line is read).
  const int subs = form.group + 1;
  constexpr int kOnStack = 8;
  re2::StringPiece stack[kOnStack];
  std::vector<re2::StringPiece> heap(subs > kOnStack ? static_cast<std::size_t>(subs) : 0);
  re2::StringPiece* sub = subs > kOnStack ? heap.data() : stack;
  re2::StringPiece input(text.data(), text.size());
  if (!re.Match(input, at, text.size(), re2::RE2::ANCHOR_START, sub, subs)) return std::nullopt;
  const re2::StringPiece& g = sub[form.group];
  if (g.data() == nullptr) return std::nullopt;
  Marker m;
  m.bullet = form.bullet;
  m.numeral = std::string(g.data(), g.size());
  m.style = form.style;
  m.end = static_cast<std::size_t>(sub[0].data() - text.data()) + sub[0].size();
  // Spaces after the marker belong to it.
  while (m.end < text.size() && text[m.end] == ' ') ++m.end;
  if (m.bullet) return m;
  // A letter of another script standing for the Latin one it looks like.
  if (auto l = rules.lookalikes.find(m.numeral); l != rules.lookalikes.end()) m.numeral = l->second;
  const std::string& n = m.numeral;
  bool digits = !n.empty();
  for (char c : n) digits &= std::isdigit(static_cast<unsigned char>(c)) != 0;
  if (digits) {
    if (n.size() > 4) return std::nullopt;
    m.arabic = std::stoi(n);
    return m;
  }
  // A numeral of another alphabet (rules: numerals): lower case, one sign.
  if (auto a = rules.alpha_numerals.find(n); a != rules.alpha_numerals.end()) {
    m.alpha = a->second;
    return m;
  }
  if (auto r = rules.roman_numerals.find(n); r != rules.roman_numerals.end()) {
    m.roman = r->second;
    return m;
  }
  bool letters = !n.empty();
  for (char c : n) letters &= std::isalpha(static_cast<unsigned char>(c)) != 0;
  if (!letters) return std::nullopt;
  m.upper = std::isupper(static_cast<unsigned char>(n[0])) != 0;
  if (n.size() == 1) m.alpha = std::tolower(static_cast<unsigned char>(n[0])) - 'a' + 1;
  m.roman = text::roman_value(n);
  if (m.alpha == 0 && m.roman == 0) return std::nullopt;
  return m;
}

}  // namespace

std::optional<Marker> read_marker(std::string_view text, const StructureRules& rules,
                                  const std::vector<std::string>& abbreviations) {
  if (rules.markers.empty()) return std::nullopt;
  // A bullet before a numbered marker ("- 1-", "- a.") is decoration.
  std::size_t after_decoration = 0;
  if (rules.decoration && rules.decoration_first.admits(text, 0)) {
    const re2::RE2& re = *rules.decoration;
    re2::StringPiece input(text.data(), text.size()), whole;
    if (re.Match(input, 0, text.size(), re2::RE2::ANCHOR_START, &whole, 1))
      after_decoration = whole.size();
  }
  std::optional<Marker> found;
  if (after_decoration > 0)
    for (const MarkerForm& form : rules.markers)
      if (!form.bullet && (found = match_form(form, text, after_decoration, rules))) break;
  if (!found) {
    after_decoration = 0;
    for (const MarkerForm& form : rules.markers)
      if ((found = match_form(form, text, 0, rules))) break;
  }
  if (!found) return std::nullopt;
  Marker& m = *found;
  if (!m.bullet) {
    if (m.alpha || m.roman) m.style += m.upper ? ":upper" : ":lower";
    // "M." or "No." opening a line is an abbreviation, not an item.
    std::string_view printed = text.substr(after_decoration);
    for (const auto& a : abbreviations)
      if (printed.substr(0, a.size()) == a &&
          (printed.size() == a.size() || printed[a.size()] == ' ') &&
          a.size() <= m.numeral.size() + 1 && a.find(m.numeral) == 0)
        return std::nullopt;
  }
  return found;
}

}  // namespace ct::segment

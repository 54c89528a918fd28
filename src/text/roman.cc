// Roman numerals read as numbers (list markers, "Chapter VII").
#include "text/roman.h"

#include <cctype>
#include <string>

namespace ct::text {

// Hand-written: ICU formats Roman numerals but has no parser for them.
int roman_value(std::string_view s) {
  if (s.empty() || s.size() > 8) return 0;
  auto v = [](char c) {
    switch (std::tolower(static_cast<unsigned char>(c))) {
      case 'i':
        return 1;
      case 'v':
        return 5;
      case 'x':
        return 10;
      case 'l':
        return 50;
      case 'c':
        return 100;
      case 'd':
        return 500;
      case 'm':
        return 1000;
      default:
        return 0;
    }
  };
  bool lower = std::islower(static_cast<unsigned char>(s[0])) != 0;
  int total = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((std::islower(static_cast<unsigned char>(s[i])) != 0) != lower) return 0;
    int a = v(s[i]);
    if (a == 0) return 0;
    int b = i + 1 < s.size() ? v(s[i + 1]) : 0;
    total += a < b ? -a : a;
  }
  if (total <= 0 || total > 3999) return 0;
  // Only the canonical spelling counts ("iiii" or "vx" are not numerals).
  static const char* const kOnes[] = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
  static const char* const kTens[] = {"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"};
  static const char* const kHundreds[] = {"",  "c",  "cc",  "ccc",  "cd",
                                          "d", "dc", "dcc", "dccc", "cm"};
  std::string canon(static_cast<std::size_t>(total / 1000), 'm');
  canon += kHundreds[(total / 100) % 10];
  canon += kTens[(total / 10) % 10];
  canon += kOnes[total % 10];
  std::string low;
  for (char c : s) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return low == canon ? total : 0;
}

}  // namespace ct::text

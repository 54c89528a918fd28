// Hunspell dictionaries of one language.
#include "text/spelling.h"

#include <algorithm>
#include <filesystem>
#include <hunspell/hunspell.hxx>

#include "text/fold.h"

namespace ct::text {

Spelling::Spelling(const std::vector<std::string>& dictionaries) {
  std::error_code ec;
  for (const std::string& base : dictionaries) {
    std::string aff = base + ".aff", dic = base + ".dic";
    if (!std::filesystem::is_regular_file(aff, ec) || !std::filesystem::is_regular_file(dic, ec))
      continue;
    dictionaries_.push_back(std::make_unique<Hunspell>(aff.c_str(), dic.c_str()));
  }
}

Spelling::~Spelling() = default;

bool Spelling::known(std::string_view word) {
  if (dictionaries_.empty()) return true;
  std::string w(word), low = lower(word);
  for (auto& d : dictionaries_)
    if (d->spell(w) || (low != w && d->spell(low))) return true;
  return false;
}

std::vector<std::string> Spelling::stems(std::string_view word) {
  std::vector<std::string> out;
  std::string w(word);
  for (auto& d : dictionaries_)
    for (const std::string& s : d->stem(w)) {
      std::string l = lower(s);
      if (std::find(out.begin(), out.end(), l) == out.end()) out.push_back(l);
    }
  return out;
}

}  // namespace ct::text

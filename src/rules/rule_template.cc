// Template expansion and word alternations for rule patterns.
#include "rules/rule_template.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "text/fold.h"
#include "text/utf8.h"

namespace ct {

namespace {

// Letters that fold to one ASCII letter ("é" -> "e") or to two ("œ" -> "oe"),
// computed once from utf8proc's folding over the Latin blocks. Hand-written
// because RE2 has no accent-insensitive mode.
struct FoldVariants {
  std::map<char, std::string> single;       // 'e' -> "éèêëÉÈÊË..."
  std::map<std::string, std::string> pair;  // "oe" -> "œŒ"
};

const FoldVariants& variants() {
  static const FoldVariants v = [] {
    FoldVariants out;
    for (char32_t c = 0xC0; c <= 0x24F; ++c) {
      std::string s;
      text::append(s, c);
      std::string f = text::fold(s);
      bool ascii = !f.empty() &&
                   std::all_of(f.begin(), f.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
      if (!ascii || f == s) continue;
      if (f.size() == 1)
        out.single[f[0]] += s;
      else if (f.size() == 2)
        out.pair[f] += s;
    }
    return out;
  }();
  return v;
}

std::string quote(const std::string& s) {
  return re2::RE2::QuoteMeta(s);
}

std::vector<std::string> longest_first(std::vector<std::string> words) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  std::stable_sort(words.begin(), words.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return words;
}

std::string join(const std::vector<std::string>& alts, const std::string& open) {
  if (alts.empty()) return R"((?:\b\B))";
  std::string out = open;
  for (std::size_t i = 0; i < alts.size(); ++i) out += (i ? "|" : "") + alts[i];
  return out + ")";
}

// A space or an apostrophe inside a word of a list.
bool special(const std::string& w, std::size_t i, std::string& out) {
  if (w[i] == ' ') {
    out += R"(\s+)";
    return true;
  }
  if (w[i] == '\'') {
    out += "['’]";
    return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> expand_template(const std::string& pattern, const Placeholders& words,
                                           std::string& unknown) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      out += c;
      out += pattern[++i];
      continue;
    }
    if (c == '{') {
      std::size_t j = i + 1;
      while (j < pattern.size() &&
             (std::islower(static_cast<unsigned char>(pattern[j])) || pattern[j] == '_'))
        ++j;
      if (j > i + 1 && j < pattern.size() && pattern[j] == '}') {
        std::string name = pattern.substr(i + 1, j - i - 1);
        auto it = words.find(name);
        if (it == words.end()) {
          unknown = name;
          return std::nullopt;
        }
        out += it->second;
        i = j;
        continue;
      }
    }
    out += c;
  }
  return out;
}

std::string folded_alternation(const std::vector<std::string>& folded_words) {
  const FoldVariants& v = variants();
  std::vector<std::string> alts;
  for (const auto& w : longest_first(folded_words)) {
    std::string p;
    for (std::size_t i = 0; i < w.size(); ++i) {
      if (special(w, i, p)) continue;
      if (i + 1 < w.size()) {
        auto pi = v.pair.find(w.substr(i, 2));
        if (pi != v.pair.end()) {
          p += "(?:" + quote(w.substr(i, 2)) + "|[" + pi->second + "])";
          ++i;
          continue;
        }
      }
      auto si = v.single.find(w[i]);
      if (si != v.single.end())
        p += "[" + std::string(1, w[i]) + si->second + "]";
      else
        p += quote(std::string(1, w[i]));
    }
    alts.push_back(p);
  }
  return join(alts, "(?i:");
}

std::string plain_alternation(const std::vector<std::string>& folded_words) {
  std::vector<std::string> alts;
  for (const auto& w : longest_first(folded_words)) {
    std::string p;
    for (std::size_t i = 0; i < w.size(); ++i)
      if (!special(w, i, p)) p += quote(std::string(1, w[i]));
    alts.push_back(p);
  }
  return join(alts, "(?:");
}

std::string literal_alternation(const std::vector<std::string>& words) {
  std::vector<std::string> alts;
  for (const auto& w : longest_first(words)) {
    std::string p;
    for (std::size_t i = 0; i < w.size();) {
      if (special(w, i, p)) {
        ++i;
        continue;
      }
      if (w.compare(i, 3, "’") == 0) {
        p += "['’]";
        i += 3;
        continue;
      }
      std::size_t j = i;
      while (j < w.size() && w[j] != ' ' && w[j] != '\'' && w.compare(j, 3, "’") != 0) ++j;
      p += quote(w.substr(i, j - i));
      i = j;
    }
    alts.push_back(p);
  }
  return join(alts, "(?:");
}

}  // namespace ct

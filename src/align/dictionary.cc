// dictd (FreeDict) reading: index parsing, gzip data through zlib, and
// reduction of entries to stem translations. Hand-written because Debian has
// no C++ library for the dictd format; it is three fields per line.
#include "align/dictionary.h"

#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "text/analyzer.h"

namespace ct::align {

const std::vector<std::string>* Translations::find(const std::string& from, const std::string& to,
                                                   const std::string& stem) const {
  auto p = by_pair_.find({from, to});
  if (p == by_pair_.end()) return nullptr;
  auto it = p->second.find(stem);
  return it == p->second.end() ? nullptr : &it->second;
}

std::vector<std::pair<std::string, std::string>> Translations::pairs() const {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& [k, v] : by_pair_) out.push_back(k);
  return out;
}

void Translations::add(const std::string& from, const std::string& to, const std::string& stem,
                       const std::string& translation) {
  auto& list = by_pair_[{from, to}][stem];
  if (std::find(list.begin(), list.end(), translation) == list.end()) list.push_back(translation);
}

void Translations::prune(std::size_t limit, std::size_t ambiguous) {
  for (auto& [pair, map] : by_pair_)
    for (auto it = map.begin(); it != map.end();) {
      if (it->second.size() > ambiguous) {
        it = map.erase(it);
        continue;
      }
      if (it->second.size() > limit) it->second.resize(limit);
      ++it;
    }
}

namespace {

// dictd's base64 numbers: digits A-Z a-z 0-9 + /, most significant first.
bool b64(std::string_view s, std::size_t& value) {
  static const std::string digits =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  value = 0;
  if (s.empty()) return false;
  for (char c : s) {
    std::size_t d = digits.find(c);
    if (d == std::string::npos) return false;
    value = value * 64 + d;
  }
  return true;
}

bool read_all(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

bool read_gzip(const std::string& path, std::string& out) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return false;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
  bool ok = n == 0;
  gzclose(f);
  return ok;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// Content-word stems of a short phrase (at most `max_words` words).
std::vector<std::string> stems_of(text::Analyzer& a, std::string_view phrase,
                                  std::size_t max_words) {
  std::vector<std::string> out;
  std::size_t words = 0;
  for (const Token& t : a.tokenize(phrase)) {
    if (!t.word) continue;
    if (++words > max_words) return {};
    if (!t.stop && t.fold.size() > 1) out.push_back(t.stem);
  }
  return out;
}

}  // namespace

void read_dictd(const std::string& index_text, const std::string& data, const std::string& from,
                const std::string& to, const Rules& rules, Translations& out) {
  auto analyzer = [&](const std::string& lang) {
    const LanguageRules* lr = rules.language(lang);
    return std::make_unique<text::Analyzer>(lang, lr ? lr->stemmer : "",
                                            lr ? lr->stopwords : std::unordered_set<std::string>{});
  };
  auto src = analyzer(from), dst = analyzer(to);
  std::istringstream lines(index_text);
  std::string line;
  while (std::getline(lines, line)) {
    std::size_t t1 = line.find('\t'), t2 = line.find('\t', t1 == std::string::npos ? t1 : t1 + 1);
    if (t1 == std::string::npos || t2 == std::string::npos) continue;
    std::string head = line.substr(0, t1);
    if (head.rfind("00database", 0) == 0 || head.rfind("00-database", 0) == 0) continue;
    std::size_t off, len;
    if (!b64(std::string_view(line).substr(t1 + 1, t2 - t1 - 1), off) ||
        !b64(std::string_view(line).substr(t2 + 1), len) || off > data.size() ||
        len > data.size() - off)
      continue;
    std::vector<std::string> head_stems = stems_of(*src, head, 1);
    if (head_stems.size() != 1) continue;
    std::string_view entry = std::string_view(data).substr(off, len);
    // Line 1: headword, pronunciation, part of speech. Then senses:
    // "1. a, b, c" or "a, b".
    std::size_t nl = entry.find('\n');
    if (nl == std::string_view::npos) continue;
    entry.remove_prefix(nl + 1);
    while (!entry.empty()) {
      nl = entry.find('\n');
      std::string_view sense = trim(entry.substr(0, nl));
      entry.remove_prefix(nl == std::string_view::npos ? entry.size() : nl + 1);
      std::size_t dot = sense.find(". ");
      if (dot != std::string_view::npos && dot <= 3 &&
          std::all_of(sense.begin(), sense.begin() + dot,
                      [](char c) { return c >= '0' && c <= '9'; }))
        sense.remove_prefix(dot + 2);
      while (!sense.empty()) {
        std::size_t comma = sense.find_first_of(",;");
        std::string_view tr = trim(sense.substr(0, comma));
        sense.remove_prefix(comma == std::string_view::npos ? sense.size() : comma + 1);
        for (const std::string& s : stems_of(*dst, tr, 2)) {
          out.add(from, to, head_stems[0], s);
          out.add(to, from, s, head_stems[0]);
        }
      }
    }
  }
}

Translations load_translations(const Rules& rules) {
  Translations out;
  for (const DictionarySource& d : rules.glossary.dictionaries) {
    std::string index, data;
    if (!read_all(d.path + ".index", index)) continue;
    if (!(std::filesystem::exists(d.path + ".dict.dz") ? read_gzip(d.path + ".dict.dz", data)
                                                       : read_all(d.path + ".dict", data)))
      continue;
    read_dictd(index, data, d.from, d.to, rules, out);
  }
  out.prune(4, 12);
  return out;
}

}  // namespace ct::align

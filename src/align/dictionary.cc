// dictd (FreeDict) reading: index parsing, gzip data through zlib, and
// reduction of entries to stem translations. Hand-written because Debian has
// no C++ library for the dictd format; it is three fields per line.
#include "align/dictionary.h"

#include <libstemmer.h>
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>

#include "text/analyzer.h"
#include "text/fold.h"
#include "util/parallel.h"

namespace ct::align {

const std::vector<std::string>* Translations::find(const std::string& from, const std::string& to,
                                                   const std::string& stem) const {
  auto p = by_pair_.find({from, to});
  if (p == by_pair_.end()) return nullptr;
  auto it = p->second.find(stem);
  return it == p->second.end() ? nullptr : &it->second;
}

const Translations::Table* Translations::table(const std::string& from,
                                               const std::string& to) const {
  auto p = by_pair_.find({from, to});
  return p == by_pair_.end() ? nullptr : &p->second;
}

std::vector<std::pair<std::string, std::string>> Translations::pairs() const {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& [k, v] : by_pair_) out.push_back(k);
  return out;
}

void Translations::add(Table& table, const std::string& stem, const std::string& translation) {
  auto& list = table[stem];
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

// Content-word stems of short phrases (at most `max_words` words), with the
// stem of each word remembered: dictionaries repeat their words a lot. Pure
// ASCII words, most of a dictionary, are lowered and stemmed here directly
// with libstemmer, which gives what Analyzer::stem gives (lower case, then
// Snowball, then folding, all identity-preserving on ASCII) without its
// Unicode normalization; other words go through the Analyzer.
class Stems {
 public:
  Stems(text::Analyzer& a, const std::string& algorithm) : a_(a) {
    if (!algorithm.empty()) sb_ = sb_stemmer_new(algorithm.c_str(), "UTF_8");
  }
  ~Stems() {
    if (sb_) sb_stemmer_delete(sb_);
  }
  Stems(const Stems&) = delete;
  Stems& operator=(const Stems&) = delete;

  std::vector<std::string> of(std::string_view phrase, std::size_t max_words) {
    std::vector<std::string> out;
    std::size_t words = 0;
    for (const Token& t : text::split_tokens(phrase)) {
      if (!t.word) continue;
      if (++words > max_words) return {};
      std::string_view w = phrase.substr(t.begin, t.end - t.begin);
      auto it = memo_.find(std::string(w));
      if (it == memo_.end()) it = memo_.emplace(std::string(w), stem(w)).first;
      if (!it->second.empty()) out.push_back(it->second);
    }
    return out;
  }

 private:
  // The stem of a content word, "" for a stop word or a single letter.
  std::string stem(std::string_view w) {
    bool ascii = sb_ != nullptr;
    for (char c : w) ascii &= static_cast<unsigned char>(c) < 0x80;
    if (!ascii) {
      std::string folded = text::fold(w);
      return a_.is_stop(folded) || folded.size() < 2 ? std::string() : a_.stem(w);
    }
    std::string low(w);
    for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (a_.is_stop(low) || low.size() < 2) return {};
    const sb_symbol* r = sb_stemmer_stem(sb_, reinterpret_cast<const sb_symbol*>(low.data()),
                                         static_cast<int>(low.size()));
    if (!r) return low;
    return std::string(reinterpret_cast<const char*>(r),
                       static_cast<std::size_t>(sb_stemmer_length(sb_)));
  }

  text::Analyzer& a_;
  sb_stemmer* sb_ = nullptr;
  std::unordered_map<std::string, std::string> memo_;
};

}  // namespace

void read_dictd(const std::string& index_text, const std::string& data, const std::string& from,
                const std::string& to, const Rules& rules, Translations& out) {
  auto analyzer = [&](const std::string& lang) {
    const LanguageRules* lr = rules.language(lang);
    return std::make_unique<text::Analyzer>(lang, lr ? lr->stemmer : "",
                                            lr ? lr->stopwords : std::unordered_set<std::string>{});
  };
  auto algorithm = [&](const std::string& lang) {
    const LanguageRules* lr = rules.language(lang);
    return lr ? lr->stemmer : std::string();
  };
  auto src = analyzer(from), dst = analyzer(to);
  Stems src_stems(*src, algorithm(from)), dst_stems(*dst, algorithm(to));
  Translations::Table& forward = out.table_for(from, to);
  Translations::Table& inverse = out.table_for(to, from);
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
    std::vector<std::string> head_stems = src_stems.of(head, 1);
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
        for (const std::string& s : dst_stems.of(tr, 2)) {
          Translations::add(forward, head_stems[0], s);
          Translations::add(inverse, s, head_stems[0]);
        }
      }
    }
  }
}

namespace {

// The lexicons' pairs as stems, both directions: each stem keeps its likeliest
// translations (at least kLexiconMin, at most kLexiconTop), best first.
constexpr double kLexiconMin = 0.1;
constexpr std::size_t kLexiconTop = 3;

void add_lexicon(const Lexicon& lex, const Rules& rules, Translations& out) {
  auto analyzer = [&](const std::string& lang) {
    const LanguageRules* lr = rules.language(lang);
    return std::make_unique<text::Analyzer>(lang, lr ? lr->stemmer : "",
                                            lr ? lr->stopwords : std::unordered_set<std::string>{});
  };
  auto algorithm = [&](const std::string& lang) {
    const LanguageRules* lr = rules.language(lang);
    return lr ? lr->stemmer : std::string();
  };
  auto src = analyzer(lex.from), dst = analyzer(lex.to);
  Stems src_stems(*src, algorithm(lex.from)), dst_stems(*dst, algorithm(lex.to));
  // stem -> translation stem -> best probability, in each direction.
  std::map<std::string, std::map<std::string, double>> forward, backward;
  for (const LexiconPair& p : lex.pairs) {
    auto a = src_stems.of(p.from, 1), b = dst_stems.of(p.to, 1);
    if (a.size() != 1 || b.size() != 1) continue;
    double& f = forward[a[0]][b[0]];
    f = std::max(f, p.p_forward);
    double& r = backward[b[0]][a[0]];
    r = std::max(r, p.p_backward);
  }
  auto fill = [](const auto& by_stem, Translations::Table& table) {
    for (const auto& [stem, tr] : by_stem) {
      std::vector<std::pair<double, std::string>> ranked;
      for (const auto& [t, p] : tr)
        if (p >= kLexiconMin) ranked.emplace_back(-p, t);
      std::sort(ranked.begin(), ranked.end());
      if (ranked.size() > kLexiconTop) ranked.resize(kLexiconTop);
      for (const auto& [p, t] : ranked) Translations::add(table, stem, t);
    }
  };
  fill(forward, out.table_for(lex.from, lex.to));
  fill(backward, out.table_for(lex.to, lex.from));
}

// For each pair (a, b) without a table, the composition a -> c -> b through
// the language c that has the largest table from a among those with a table
// to b. Only the tables read from files compose (no pivot of pivots).
void add_pivots(Translations& out) {
  std::set<std::string> languages;
  const auto direct = out.pairs();
  for (const auto& [from, to] : direct) languages.insert({from, to});
  for (const std::string& a : languages)
    for (const std::string& b : languages) {
      if (a == b || out.table(a, b)) continue;
      const Translations::Table* first = nullptr;
      const Translations::Table* second = nullptr;
      for (const std::string& c : languages) {
        if (c == a || c == b) continue;
        if (std::find(direct.begin(), direct.end(), std::pair{a, c}) == direct.end() ||
            std::find(direct.begin(), direct.end(), std::pair{c, b}) == direct.end())
          continue;
        const Translations::Table* ac = out.table(a, c);
        if (!first || ac->size() > first->size()) {
          first = ac;
          second = out.table(c, b);
        }
      }
      if (!first) continue;
      std::vector<const std::string*> stems;
      for (const auto& [stem, list] : *first) stems.push_back(&stem);
      std::sort(stems.begin(), stems.end(),
                [](const std::string* x, const std::string* y) { return *x < *y; });
      Translations::Table composed;
      for (const std::string* stem : stems)
        for (const std::string& via : first->at(*stem))
          if (auto it = second->find(via); it != second->end())
            for (const std::string& t : it->second) Translations::add(composed, *stem, t);
      out.table_for(a, b) = std::move(composed);
    }
}

}  // namespace

Translations load_translations(const Rules& rules, int jobs) {
  const auto& sources = rules.glossary.dictionaries;
  std::vector<Translations> parts(sources.size());
  parallel_for(sources.size(), jobs, [&](int, std::size_t k) {
    const DictionarySource& d = sources[k];
    std::string index, data;
    if (!read_all(d.path + ".index", index)) return;
    if (!(std::filesystem::exists(d.path + ".dict.dz") ? read_gzip(d.path + ".dict.dz", data)
                                                       : read_all(d.path + ".dict", data)))
      return;
    read_dictd(index, data, d.from, d.to, rules, parts[k]);
  });
  // The lexicons first; the dictionaries only for the stems they lack.
  Translations out;
  for (const Lexicon& lex : rules.glossary.lexicons) add_lexicon(lex, rules, out);
  const Translations learned = out;
  // Merged in the order of the rules, whatever thread read what.
  for (const Translations& part : parts)
    for (const auto& [pair, table] : part.by_pair_) {
      Translations::Table& into = out.table_for(pair.first, pair.second);
      const Translations::Table* known = learned.table(pair.first, pair.second);
      std::vector<const std::string*> stems;
      for (const auto& [stem, list] : table) stems.push_back(&stem);
      std::sort(stems.begin(), stems.end(),
                [](const std::string* a, const std::string* b) { return *a < *b; });
      for (const std::string* stem : stems) {
        if (known && known->count(*stem)) continue;
        for (const std::string& t : table.at(*stem)) Translations::add(into, *stem, t);
      }
    }
  // Pairs without a table of their own go through a third language (the
  // one with the largest table from the source, English with the shipped
  // lexicons): a stem's translations into it, then theirs, best first.
  out.prune(4, 12);
  add_pivots(out);
  out.prune(4, 12);
  return out;
}

}  // namespace ct::align

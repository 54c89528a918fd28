// Gazetteer: name and acronym tables, compiled into RE2 alternations.
#include "rules/gazetteer.h"

#include <algorithm>
#include <array>
#include <functional>

#include "text/fold.h"
#include "text/utf8.h"

namespace ct {

namespace {

bool word_char(char32_t c) {
  return text::is_letter(c) || text::is_digit(c);
}

// Words of letters and digits of an already folded string.
std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t c = text::decode(s, i);
    if (word_char(c)) {
      cur.append(s.substr(start, i - start));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// True when no letter or digit touches [b, e) in s.
bool at_boundaries(std::string_view s, std::size_t b, std::size_t e) {
  if (b > 0) {
    std::size_t i = b - 1;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    std::size_t j = i;
    if (word_char(text::decode(s, j))) return false;
  }
  if (e < s.size()) {
    std::size_t j = e;
    if (word_char(text::decode(s, j))) return false;
  }
  return true;
}

// ASCII letters and digits (what word_char says of an ASCII byte), by byte.
constexpr auto kAsciiWord = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 128; ++c)
    t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return t;
}();

// Where the run of letters and digits from `from` ends (`from` when none).
std::size_t word_end(std::string_view s, std::size_t from) {
  std::size_t end = from;
  for (std::size_t k = from; k < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[k]);
    if (b < 0x80) {  // ASCII: what word_char says of it, without decoding
      if (!kAsciiWord[b]) break;
      end = ++k;
      continue;
    }
    if (!word_char(text::decode(s, k))) break;
    end = k;
  }
  return end;
}

// The letters and digits `s` starts with ("" when it starts otherwise).
std::string leading_word(std::string_view s) {
  return std::string(s.substr(0, word_end(s, 0)));
}

std::size_t next_char(std::string_view s, std::size_t i) {
  ++i;
  while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  return i;
}

// What separates the words of a name in the text: RE2's [\s\-'().,/&]
// (\s: tab, newline, form feed, carriage return, space).
bool name_separator(char c) {
  switch (c) {
    case '\t':
    case '\n':
    case '\f':
    case '\r':
    case ' ':
    case '-':
    case '\'':
    case '(':
    case ')':
    case '.':
    case ',':
    case '/':
    case '&':
      return true;
    default:
      return false;
  }
}

// A word's joint between two words of a name in the alternation.
constexpr std::string_view kNameJoint = R"([\s\-'().,/&]+)";

}  // namespace

const re2::RE2* Gazetteer::LazyAlternation::get() const {
  std::call_once(once_, [this] {
    re2::RE2::Options opt;
    opt.set_encoding(re2::RE2::Options::EncodingUTF8);
    opt.set_longest_match(true);
    opt.set_log_errors(false);
    opt.set_max_mem(64 << 20);
    auto re = std::make_unique<const re2::RE2>(pattern_, opt);
    if (re->ok()) re_ = std::move(re);
  });
  return re_.get();
}

// The longest alternative at a word start, found without the alternation
// (compiling it cost `diff` about 50 M instructions, more than its
// searches): the RE2 match anchored there, leftmost-longest, would be one
// of these. A name's word before a joint must be the text's whole word
// there (a joint is no letter or digit), its last word a prefix of the
// text's word; an acronym starts with its first word (letters and digits),
// which is the text's whole word when more follows it, else a prefix of the
// text's word: a prefix ending inside the word is refused by the word
// boundary test whatever else matched, so only acronyms filed under the
// text's word are tried.
std::size_t Gazetteer::Table::longest_at(std::string_view s, std::size_t i, std::size_t end) const {
  if (!words.empty()) return longest_words(s, 0, i);
  std::size_t best = i;
  auto it = by_first.find(s.substr(i, end - i));
  if (it == by_first.end()) return best;
  for (const std::string& a : it->second)
    if (s.substr(i).starts_with(a)) best = std::max(best, i + a.size());
  return best;
}

std::size_t Gazetteer::Table::longest_words(std::string_view s, std::size_t node,
                                            std::size_t pos) const {
  const WordNode& n = words[node];
  std::size_t end = word_end(s, pos), best = pos;
  if (end == pos) return best;
  if (auto it = n.next.find(s.substr(pos, end - pos)); it != n.next.end()) {
    const WordNode& w = words[it->second];
    if (w.name_ends) best = end;
    if (!w.next.empty()) {
      std::size_t r = end;
      while (r < s.size() && name_separator(s[r])) ++r;
      if (r > end)
        if (std::size_t deeper = longest_words(s, it->second, r); deeper > r)
          best = std::max(best, deeper);
    }
    if (best > pos) return best;
  }
  // Else the longest name whose last word is a shorter prefix of the
  // text's word (ending inside it; from the first word, a match the
  // boundary test refuses like no match, so not looked for).
  if (node == 0) return best;
  for (std::size_t q = next_char(s, pos); q < end; q = next_char(s, q))
    if (auto it = n.next.find(s.substr(pos, q - pos));
        it != n.next.end() && words[it->second].name_ends)
      best = q;
  return best;
}

std::size_t Gazetteer::add(GazetteerEntry e) {
  entries_.push_back(std::move(e));
  return entries_.size() - 1;
}

namespace {
std::string join_words(std::string_view folded) {
  std::string k;
  for (const auto& w : words_of(folded)) k += (k.empty() ? "" : " ") + w;
  return k;
}
}  // namespace

std::string Gazetteer::key(std::string_view name) {
  return join_words(text::fold(name));
}

std::string Gazetteer::add_name(std::size_t entry, const std::string& name,
                                const std::string& language) {
  std::string k = key(name);
  if (k.empty()) return "";
  if (!language.empty()) {
    first_name_.emplace(std::pair{entry, language}, name);
    lang_names_.push_back({language, {name, entry}});
  }
  auto [it, inserted] = names_.emplace(k, entry);
  if (!inserted && it->second != entry) return entries_[it->second].id;
  return "";
}

std::string Gazetteer::name_of(std::size_t entry, const std::string& language) const {
  auto it = first_name_.find({entry, language});
  return it == first_name_.end() ? std::string() : it->second;
}

std::vector<std::string> Gazetteer::names_of(std::size_t entry, const std::string& language) const {
  std::vector<std::string> out;
  for (const auto& [lang, named] : lang_names_)
    if (lang == language && named.second == entry) out.push_back(named.first);
  return out;
}

std::string Gazetteer::add_acronym(std::size_t entry, const std::string& language,
                                   const std::string& acronym) {
  auto [it, inserted] = acronyms_[language].emplace(acronym, entry);
  if (!inserted && it->second != entry) return entries_[it->second].id;
  return "";
}

Gazetteer::Table Gazetteer::table(const std::vector<std::string>& alternatives,
                                  const std::vector<std::string>& first_words) {
  Table t;
  if (!alternatives.empty()) {
    std::string p = "(?:";
    for (std::size_t i = 0; i < alternatives.size(); ++i) p += (i ? "|" : "") + alternatives[i];
    p += ")";
    t.re = std::make_shared<const LazyAlternation>(std::move(p));
  }
  for (const std::string& w : first_words) {
    t.any_start |= w.empty();
    t.first_words.insert(w);
    if (!w.empty()) t.starts.set(Table::start_bit(w));
  }
  return t;
}

// Leftmost-longest matches of the table's alternation in `s` whose ends
// touch no letter or digit (when `bounded`) and that `accept` takes; a
// refused match lets a later start be tried. Bounded, a match counts only
// from the start of a word of `s` that is the first word of an alternative
// (one starting elsewhere touches a letter or digit; one from another word
// ends inside it, or fails), so only those starts are tried, anchored: the
// same matches as the unanchored search, which built a far larger automaton
// (names after any text) and ran back to find each match's start.
void Gazetteer::find(const Table& t, std::string_view s,
                     const std::function<bool(std::size_t, std::size_t)>& accept, bool bounded) {
  re2::StringPiece input(s.data(), s.size());
  re2::StringPiece m;
  if (!bounded || t.any_start) {
    const re2::RE2* re = t.re ? t.re->get() : nullptr;
    if (!re) return;
    std::size_t from = 0;
    while (from < s.size() && re->Match(input, from, s.size(), re2::RE2::UNANCHORED, &m, 1)) {
      std::size_t b = static_cast<std::size_t>(m.data() - s.data()), e = b + m.size();
      if (e > b && (!bounded || at_boundaries(s, b, e)) && accept(b, e))
        from = e;
      else
        from = next_char(s, b);
    }
    return;
  }
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n;) {
    std::size_t end = i;
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      // ASCII, most of most texts: classified bytewise, without decoding.
      while (end < n && kAsciiWord[static_cast<unsigned char>(s[end])]) ++end;
      if (end == i) {
        ++i;
        continue;
      }
      if (end < n && static_cast<unsigned char>(s[end]) >= 0x80) end = word_end(s, end);
    } else {
      if (!word_char(text::decode(s, end))) {
        i = end;
        continue;
      }
      end = word_end(s, i);
    }
    // A word starts at i: what precedes is no letter or digit.
    if (!t.may_start(s.substr(i, end - i))) {
      i = end;
      continue;
    }
    std::size_t e = t.longest_at(s, i, end);
    if (e > i && at_boundaries(s, i, e) && accept(i, e)) {
      i = e;
      continue;
    }
    i = end;
  }
}

void Gazetteer::build(const std::vector<std::string>& languages) {
  std::vector<std::string> alts, firsts;
  std::vector<WordNode> nodes(1);
  for (const auto& [k, _] : names_) {
    std::string alt;
    std::vector<std::string> words = words_of(k);
    std::uint32_t at = 0;
    for (const auto& w : words) {
      if (!alt.empty()) alt += kNameJoint;
      alt += re2::RE2::QuoteMeta(w);
      auto [it, fresh] = nodes[at].next.emplace(w, static_cast<std::uint32_t>(nodes.size()));
      if (fresh) nodes.emplace_back();
      at = it->second;
    }
    nodes[at].name_ends = true;
    alts.push_back(alt);
    firsts.push_back(words.empty() ? "" : words.front());
  }
  names_table_ = table(alts, firsts);
  names_table_.words = std::move(nodes);

  auto add_lang = [&](const std::string& code, bool all) {
    auto& index = acronym_index_[code];
    for (const auto& [lang, table] : acronyms_)
      if (all || lang == "any" || lang == code)
        for (const auto& [acr, e] : table) index.emplace(acr, e);
    std::vector<std::string> a, first;
    WordMap<std::vector<std::string>> by_first;
    for (const auto& [acr, _] : index) {
      a.push_back(re2::RE2::QuoteMeta(acr));
      first.push_back(leading_word(acr));
      by_first[first.back()].push_back(acr);
    }
    Table& t = acronym_tables_[code] = table(a, first);
    t.by_first = std::move(by_first);
  };
  for (const auto& code : languages) add_lang(code, false);
  add_lang("", true);
}

void Gazetteer::index_stems(
    const std::string& language,
    const std::function<std::vector<std::string>(std::string_view)>& stems) {
  auto& index = stem_names_[language];
  std::size_t& most = stem_words_[language];
  for (const auto& [lang, named] : lang_names_) {
    if (lang != language) continue;
    std::vector<std::string> s = stems(named.first);
    if (s.empty()) continue;
    std::string joined;
    for (const auto& w : s) joined += (joined.empty() ? "" : " ") + w;
    index.emplace(joined, named.second);  // the first entry read keeps a shared stem
    most = std::max(most, s.size());
  }
}

std::optional<std::size_t> Gazetteer::lookup_stems(const std::string& language,
                                                   const std::string& joined) const {
  auto l = stem_names_.find(language);
  if (l == stem_names_.end()) return std::nullopt;
  auto it = l->second.find(joined);
  if (it == l->second.end()) return std::nullopt;
  return it->second;
}

std::size_t Gazetteer::stem_words(const std::string& language) const {
  auto it = stem_words_.find(language);
  return it == stem_words_.end() ? 0 : it->second;
}

std::optional<std::size_t> Gazetteer::find_id(const std::string& id) const {
  for (std::size_t i = 0; i < entries_.size(); ++i)
    if (entries_[i].id == id) return i;
  return std::nullopt;
}

std::optional<std::size_t> Gazetteer::lookup_name(std::string_view folded) const {
  auto it = names_.find(join_words(folded));
  if (it == names_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::size_t> Gazetteer::lookup_acronym(const std::string& language,
                                                     std::string_view acronym) const {
  auto li = acronym_index_.find(language);
  if (li == acronym_index_.end()) li = acronym_index_.find("");
  if (li == acronym_index_.end()) return std::nullopt;
  auto it = li->second.find(std::string(acronym));
  if (it == li->second.end()) return std::nullopt;
  return it->second;
}

std::vector<Gazetteer::Match> Gazetteer::find_names(std::string_view folded, const Accept& accept,
                                                    bool bounded) const {
  std::vector<Match> out;
  if (!names_table_.re) return out;
  find(
      names_table_, folded,
      [&](std::size_t b, std::size_t e) {
        auto entry = lookup_name(folded.substr(b, e - b));
        if (!entry) return false;
        Match m{b, e, *entry, false};
        if (accept && !accept(m)) return false;
        out.push_back(m);
        return true;
      },
      bounded);
  return out;
}

std::vector<Gazetteer::Match> Gazetteer::find_acronyms(std::string_view text,
                                                       const std::string& language,
                                                       const Accept& accept, bool bounded) const {
  std::vector<Match> out;
  auto it = acronym_tables_.find(language);
  if (it == acronym_tables_.end()) it = acronym_tables_.find("");
  if (it == acronym_tables_.end() || !it->second.re) return out;
  const auto& index = acronym_index_.at(it->first);
  find(
      it->second, text,
      [&](std::size_t b, std::size_t e) {
        auto f = index.find(std::string(text.substr(b, e - b)));
        if (f == index.end()) return false;
        Match m{b, e, f->second, true};
        if (accept && !accept(m)) return false;
        out.push_back(m);
        return true;
      },
      bounded);
  return out;
}

}  // namespace ct

// Change classes and changed facts of two versions of a clause.
#include "diff/classify.h"

#include <algorithm>
#include <map>
#include <set>

#include "diff/marker.h"
#include "diff/word_diff.h"
#include "text/analyzer.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace ct::diff {

namespace {

const char* kArrow = " \xE2\x86\x92 ";  // " → "

// The folded words and numbers of a clause after its list marker, one at a
// time: compared as they come, nothing copied (every comparison of align
// asks this of both its clauses).
class FoldedWords {
 public:
  explicit FoldedWords(const Clause& c) : c_(c), k_(marker_tokens(c.text, c.tokens)) {}
  // The next one in `w` (valid until the next call), false past the last.
  bool next(std::string_view& w) {
    for (; k_ < c_.tokens.size(); ++k_) {
      const Token& t = c_.tokens[k_];
      if (!(t.word || t.number)) continue;
      ++k_;
      if (!t.fold.empty()) {
        w = t.fold;
      } else {
        folded_ = text::fold(std::string_view(c_.text).substr(t.begin, t.end - t.begin));
        w = folded_;
      }
      return true;
    }
    return false;
  }

 private:
  const Clause& c_;
  std::size_t k_;
  std::string folded_;  // a token whose fold is not stored
};

std::string shorten(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ',' || s.front() == ';'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == ';')) s.remove_suffix(1);
  return text::clip_bytes(s, 60, 57);
}

// A token of a changed region that may carry a fact.
struct FactToken {
  enum Kind { Number, Month, Name } kind;
  std::size_t begin, end;  // in the clause text
  std::string fold;
  bool cancelled = false;
};

bool covered(const Clause& c, std::size_t begin, std::size_t end) {
  for (const Entity& e : c.entities)
    if (begin < e.end && e.begin < end) return true;
  return false;
}

struct Capitals {
  bool upper_first = false, all_upper = false;
  std::size_t letters = 0;
};

Capitals capitals_of(std::string_view w) {
  Capitals out;
  std::size_t i = 0;
  if (w.empty()) return out;
  out.upper_first = text::is_upper(text::decode(w, i));
  out.all_upper = out.upper_first;
  out.letters = 1;
  while (i < w.size()) {
    char32_t ch = text::decode(w, i);
    if (text::is_letter(ch)) {
      ++out.letters;
      if (!text::is_upper(ch)) out.all_upper = false;
    }
  }
  return out;
}

// Where the clause's lead verb written in capitals ends ("SE FÉLICITE",
// "CONDAMNE EN OUTRE": the run of words in capitals right after the marker,
// when one of them is an act or operative verb of the language): those are
// no names. `marker_end` when there is no such run.
std::size_t capital_lead_end(const Clause& c, std::size_t marker_end, const LanguageRules* lang) {
  if (!lang) return marker_end;
  std::size_t end = marker_end;
  bool verb = false;
  auto first = std::lower_bound(c.tokens.begin(), c.tokens.end(), marker_end,
                                [](const Token& t, std::size_t b) { return t.begin < b; });
  for (auto it = first; it != c.tokens.end() && it->word; ++it) {
    std::string_view w = std::string_view(c.text).substr(it->begin, it->end - it->begin);
    Capitals caps = capitals_of(w);
    if (!caps.all_upper) break;
    const std::string f = it->fold.empty() ? text::fold(w) : std::string(it->fold);
    verb |= lang->act_words.count(f) > 0 || lang->operative.count(std::string(it->stem)) > 0;
    end = it->end;
  }
  return verb ? end : marker_end;
}

// The fact tokens of c's bytes [begin, end); those before `lead_end` (the
// marker and a lead verb in capitals, capital_lead_end) are none.
std::vector<FactToken> fact_tokens(const Clause& c, std::size_t begin, std::size_t end,
                                   std::size_t marker_end, std::size_t lead_end,
                                   const LanguageRules* lang) {
  std::vector<FactToken> out;
  auto first = std::lower_bound(c.tokens.begin(), c.tokens.end(), begin,
                                [](const Token& t, std::size_t b) { return t.begin < b; });
  for (auto it = first; it != c.tokens.end() && it->end <= end; ++it) {
    const Token& t = *it;
    if (t.begin < lead_end || covered(c, t.begin, t.end)) continue;
    std::string_view w = std::string_view(c.text).substr(t.begin, t.end - t.begin);
    const std::string f = t.fold.empty() ? text::fold(w) : std::string(t.fold);
    if (t.number) {
      out.push_back({FactToken::Number, t.begin, t.end, f});
      continue;
    }
    if (!t.word) continue;
    if (lang && lang->months.count(f)) {
      out.push_back({FactToken::Month, t.begin, t.end, f});
      continue;
    }
    Capitals caps = capitals_of(w);
    if (!caps.upper_first) continue;  // neither a name nor an acronym
    bool acronym = caps.all_upper && caps.letters >= 2;
    // A capitalized word that does not open the clause: a name.
    if (acronym || t.begin != marker_end) out.push_back({FactToken::Name, t.begin, t.end, f});
  }
  return out;
}

// The span from the first to the last live fact token of one side, widened
// over the numbers and month names right next to it ("31 January 2025" when
// only the year changed); empty when no token is live.
struct Span {
  std::size_t begin = std::string::npos, end = 0;
  bool month = false;
  bool empty() const { return begin == std::string::npos; }
};

Span span_of(const Clause& c, const std::vector<FactToken>& toks, const LanguageRules* lang) {
  Span sp;
  for (const auto& t : toks)
    if (!t.cancelled) sp.begin = std::min(sp.begin, t.begin), sp.end = std::max(sp.end, t.end);
  if (sp.empty()) return sp;
  auto datey = [&](const Token& t) {
    if (t.number) return true;
    if (!t.word) return false;
    std::string f = t.fold.empty()
                        ? text::fold(std::string_view(c.text).substr(t.begin, t.end - t.begin))
                        : std::string(t.fold);
    return lang && lang->months.count(f) > 0;
  };
  std::size_t first = 0, last = 0;
  bool found = false;
  for (std::size_t k = 0; k < c.tokens.size(); ++k) {
    if (c.tokens[k].begin < sp.begin || c.tokens[k].end > sp.end) continue;
    if (!found) first = k;
    last = k, found = true;
  }
  if (!found) return sp;
  for (int n = 0; n < 3 && first > 0 && datey(c.tokens[first - 1]); ++n) --first;
  for (int n = 0; n < 3 && last + 1 < c.tokens.size() && datey(c.tokens[last + 1]); ++n) ++last;
  sp.begin = c.tokens[first].begin;
  sp.end = c.tokens[last].end;
  for (std::size_t k = first; k <= last; ++k)
    if (c.tokens[k].word && datey(c.tokens[k])) sp.month = true;
  return sp;
}

bool has(const std::vector<FactToken>& toks, FactToken::Kind k) {
  for (const auto& t : toks)
    if (!t.cancelled && t.kind == k) return true;
  return false;
}

// Facts read from the word diff where no entity covers the change: digits or
// month names replaced, removed or added; a name replaced by another. A
// value that only moves (removed in one place, added in another) is no fact.
std::vector<std::string> diff_facts(const Clause& older, const Clause& newer,
                                    const std::vector<WordOp>& ops, const LanguageRules* lang) {
  std::size_t old_marker = 0, new_marker = 0;
  if (std::size_t m = marker_tokens(older.text, older.tokens)) old_marker = older.tokens[m - 1].end;
  if (std::size_t m = marker_tokens(newer.text, newer.tokens)) new_marker = newer.tokens[m - 1].end;
  const std::size_t old_lead = capital_lead_end(older, old_marker, lang);
  const std::size_t new_lead = capital_lead_end(newer, new_marker, lang);
  struct Region {
    std::vector<FactToken> o, n;
  };
  std::vector<Region> regions;
  std::size_t op = 0, oi = 0, ni = 0;
  while (op < ops.size()) {
    if (ops[op].kind == WordOp::Kind::Equal) {
      oi += ops[op].text.size();
      ni += ops[op].text.size();
      ++op;
      continue;
    }
    std::size_t ob = oi, nb = ni;
    while (op < ops.size() && ops[op].kind != WordOp::Kind::Equal) {
      (ops[op].kind == WordOp::Kind::Delete ? oi : ni) += ops[op].text.size();
      ++op;
    }
    if (oi > older.text.size() || ni > newer.text.size()) return {};  // not a diff of these texts
    regions.push_back({fact_tokens(older, ob, oi, old_marker, old_lead, lang),
                       fact_tokens(newer, nb, ni, new_marker, new_lead, lang)});
  }
  // Values removed in one place and added in another cancel out.
  for (auto& r : regions)
    for (auto& t : r.o) {
      if (t.cancelled) continue;
      for (auto& r2 : regions) {
        for (auto& u : r2.n)
          if (!u.cancelled && u.fold == t.fold) {
            t.cancelled = u.cancelled = true;
            break;
          }
        if (t.cancelled) break;
      }
    }
  std::vector<std::string> out;
  for (const auto& r : regions) {
    Span so = span_of(older, r.o, lang), sn = span_of(newer, r.n, lang);
    std::string o =
        so.empty() ? "" : shorten(std::string_view(older.text).substr(so.begin, so.end - so.begin));
    std::string n =
        sn.empty() ? "" : shorten(std::string_view(newer.text).substr(sn.begin, sn.end - sn.begin));
    const char* kind = nullptr;
    if (so.month || sn.month)
      kind = "date";
    else if (has(r.o, FactToken::Number) || has(r.n, FactToken::Number))
      kind = "number";
    else if (has(r.o, FactToken::Name) && has(r.n, FactToken::Name))
      kind = "name";
    if (!kind) continue;
    std::string k = kind;
    if (!o.empty() && !n.empty())
      out.push_back(k + " " + o + kArrow + n);
    else if (!o.empty())
      out.push_back(k + " " + o + " removed");
    else
      out.push_back(k + " " + n + " added");
  }
  return out;
}

}  // namespace

bool same_words(const Clause& a, const Clause& b) {
  FoldedWords x(a), y(b);
  std::string_view u, v;
  for (;;) {
    const bool more_a = x.next(u), more_b = y.next(v);
    if (more_a != more_b) return false;
    if (!more_a) return true;
    if (u != v) return false;
  }
}

std::vector<std::string> entity_facts(const Clause& older, const Clause& newer,
                                      bool only_language_neutral) {
  // Across languages only values written the same way in every language
  // are compared: names of places, bodies and persons are translated.
  auto neutral = [](EntityType t) {
    using T = EntityType;
    return t == T::Date || t == T::DateRange || t == T::Number || t == T::Resolution ||
           t == T::Report || t == T::Session || t == T::Meeting;
  };
  std::vector<EntityType> types;
  std::map<EntityType, std::vector<std::string>> o, n;
  // Distinct values: a name said three times is one fact, not three.
  auto add = [&](std::map<EntityType, std::vector<std::string>>& to, const Entity& e) {
    if (only_language_neutral && !neutral(e.type)) return;
    if (!o.count(e.type) && !n.count(e.type)) types.push_back(e.type);
    auto& values = to[e.type];
    if (std::find(values.begin(), values.end(), e.value) == values.end()) values.push_back(e.value);
  };
  for (const Entity& e : older.entities) add(o, e);
  for (const Entity& e : newer.entities) add(n, e);
  std::vector<std::string> out;
  for (EntityType t : types) {
    const std::string type(name(t));
    std::vector<std::string> removed, added;
    std::vector<std::string> pool = n[t];
    for (const std::string& v : o[t]) {
      auto it = std::find(pool.begin(), pool.end(), v);
      if (it != pool.end())
        pool.erase(it);
      else
        removed.push_back(v);
    }
    added = pool;
    std::size_t k = 0;
    for (; k < removed.size() && k < added.size(); ++k)
      out.push_back(type + " " + removed[k] + kArrow + added[k]);
    for (std::size_t r = k; r < removed.size(); ++r)
      out.push_back(type + " " + removed[r] + " removed");
    for (std::size_t a = k; a < added.size(); ++a) out.push_back(type + " " + added[a] + " added");
  }
  return out;
}

Comparison compare(const Clause& older, const std::string& older_language, const Clause& newer,
                   const std::string& newer_language, const Rules& rules, WordDiffReuse* reuse) {
  Comparison c;
  const bool translated = older_language != newer_language;
  if (translated) {
    c.facts = entity_facts(older, newer, true);
    c.change = Change::Translated;
    return c;
  }
  c.diff = reuse ? reuse->get(older.text, older.tokens, newer.text, newer.tokens)
                 : word_diff(older.text, older.tokens, newer.text, newer.tokens);
  if (same_words(older, newer)) return c;  // unchanged: no facts
  c.facts = entity_facts(older, newer);
  for (auto& f : diff_facts(older, newer, c.diff, rules.language(newer_language)))
    c.facts.push_back(std::move(f));
  c.change = c.facts.empty() ? Change::Reworded : Change::Amended;
  return c;
}

}  // namespace ct::diff

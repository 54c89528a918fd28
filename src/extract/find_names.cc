// Organizations, laws and places from the gazetteer (names and acronyms),
// persons after a title, and acronyms defined in the text ("Long Name (ACR)");
// names in Han script are found at ICU word breaks.
#include <algorithm>
#include <iterator>
#include <set>

#include "extract/finders.h"
#include "text/analyzer.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace ct::extract {

namespace {

Entity from_entry(const ClauseView& view, const Gazetteer::Match& m, std::size_t b, std::size_t e) {
  const GazetteerEntry& g = view.rules.gazetteer.entry(m.entry);
  Entity out = make_entity(view, g.type, b, e, g.id);
  if (!g.kind.empty()) out.attrs["kind"] = g.kind;
  if (m.acronym) out.attrs["form"] = "acronym";
  return out;
}

struct Word {
  std::size_t begin, end;
  std::string fold;
};

// Words (letters and digits) of text[from, to), stopping at the last
// punctuation that ends a phrase (, ; : . ( ) and quotes).
std::vector<Word> words_before(const ClauseView& view, std::size_t to, std::size_t max_words) {
  std::vector<Word> out;
  std::string_view t = view.text;
  std::size_t i = to;
  bool stop = false;
  while (i > 0 && out.size() < max_words && !stop) {
    // Skip separators backwards; stop at phrase punctuation.
    while (i > 0 && !word_char_before(t, i)) {
      char c = t[i - 1];
      if (c == ',' || c == ';' || c == ':' || c == '.' || c == '(' || c == ')' || c == '"') {
        stop = true;
        break;
      }
      --i;
    }
    if (stop) break;
    std::size_t e = i;
    while (i > 0 && word_char_before(t, i)) {
      --i;
      while (i > 0 && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) --i;
    }
    if (e > i) out.push_back({i, e, text::fold(t.substr(i, e - i))});
  }
  std::reverse(out.begin(), out.end());
  return out;
}

// Letters of an acronym, folded ("AbC" -> "abc"); digits and symbols dropped.
std::string acronym_letters(std::string_view acr) {
  std::string out;
  for (char c : text::fold(acr))
    if (c >= 'a' && c <= 'z') out += c;
  return out;
}

// Whether letters[li..] can be spelled by words[wi..]: every word not in
// `skip` gives a prefix of at least one letter, a skipped word may give one
// too; the first word must give one. Hand-written (a Schwartz-Hearst-style
// matcher): no library in Debian finds acronym definitions.
bool spells(const std::string& letters, std::size_t li, const std::vector<Word>& words,
            std::size_t wi, const std::set<std::string>& skip, bool first) {
  if (wi == words.size()) return li == letters.size();
  const std::string& w = words[wi].fold;
  bool skippable = skip.count(w) > 0 && !first;
  if (skippable && spells(letters, li, words, wi + 1, skip, false)) return true;
  for (std::size_t n = 1; n <= w.size() && li + n <= letters.size(); ++n) {
    if (w[n - 1] != letters[li + n - 1]) break;
    if (spells(letters, li + n, words, wi + 1, skip, false)) return true;
  }
  return false;
}

// The start of the long form the acronym stands for, before `paren`.
std::optional<std::size_t> long_form(const ClauseView& view, std::size_t paren,
                                     const std::string& letters) {
  if (letters.size() < 2) return std::nullopt;
  const auto& skip = view.rules.definition_skip.get(view.language);
  auto words = words_before(view, paren, letters.size() + 8);
  // The shortest run of words, ending at the bracket, that spells the acronym.
  for (std::size_t k = 1; k <= words.size(); ++k) {
    std::vector<Word> tail(words.end() - static_cast<long>(k), words.end());
    if (skip.count(tail.front().fold)) continue;
    if (spells(letters, 0, tail, 0, skip, true)) return tail.front().begin;
  }
  return std::nullopt;
}

std::vector<Entity> persons(const ClauseView& view) {
  std::vector<Entity> out;
  const Pattern& re = view.rules.persons.pattern.get(view.language);
  if (!re) return out;
  for (const auto& m : view.scan(*re)) {
    // At most six words: a run of capitalized words may go on past the name.
    auto [nb, ne] = m.spans.at("name");
    std::size_t end = nb;
    for (int words = 0; words < 6 && end < ne; ++words) {
      std::size_t sp = view.text.find(' ', end + 1);
      end = (sp == std::string::npos || sp > ne) ? ne : sp;
    }
    std::string name = collapse_spaces(view.slice(nb, end));
    Entity e = make_entity(view, EntityType::Person, m.begin, end, name);
    e.attrs["title"] = m.group("title");
    out.push_back(std::move(e));
  }
  return out;
}

bool has_han(std::string_view t) {
  for (std::size_t i = 0; i < t.size();) {
    if (static_cast<unsigned char>(t[i]) < 0x80) {
      ++i;
      continue;
    }
    if (text::is_han(text::decode(t, i))) return true;
  }
  return false;
}

// Names and acronyms of the gazetteer written in Han script. Chinese puts no
// space between words, so the gazetteer's word boundaries never hold inside
// a Chinese sentence; ICU's word breaks (text::split_tokens) stand in for
// them, the more strictly the shorter the name: a name of two characters
// needs a break at both ends ("海地" is not found in "沿海地区", which ICU
// splits "沿海", "地区"; nor "印度" in "印度洋"), one of three a break at one
// end, a longer one none. ICU's dictionary glues a name's edge to its
// neighbour now and then ("秘书长大湖区" gives "秘书", "长大", "湖区"; "对联海
// 综合办" gives "对联", ...), while a long name inside another word is rare.
// A name followed by its own acronym in brackets ("NAME(ACR)", half- or
// full-width) is one definition, as "Long Name (ACR)" is in English; those go
// to `defined`.
void han_names(const ClauseView& view, std::vector<Entity>& found, std::vector<Entity>& defined) {
  constexpr std::size_t kOneBreak = 3, kNoBreak = 4;  // characters
  const Gazetteer& g = view.rules.gazetteer;
  std::string_view t = view.text;
  std::set<std::size_t> breaks;
  // The clause's tokens when the segmenter made them (the same ICU words).
  std::vector<Token> own;
  const std::vector<Token>* tokens = &view.clause.tokens;
  if (tokens->empty()) {
    own = text::split_tokens(t);
    tokens = &own;
  }
  for (const Token& tok : *tokens) {
    breaks.insert(tok.begin);
    breaks.insert(tok.end);
  }
  auto takes = [&](std::size_t b, std::size_t e) {
    std::size_t han = 0;
    for (std::size_t i = b; i < e;) han += text::is_han(text::decode(t, i));
    if (han == 0) return false;
    bool at_b = breaks.count(b) > 0, at_e = breaks.count(e) > 0;
    return han >= kNoBreak || (at_b && at_e) || ((at_b || at_e) && han >= kOneBreak);
  };
  std::vector<Gazetteer::Match> hits;
  for (auto m : g.find_names(
           view.folded(),
           [&](const Gazetteer::Match& m) {
             return takes(view.to_text(m.begin), view.to_text(m.end));
           },
           false)) {
    m.begin = view.to_text(m.begin);
    m.end = view.to_text(m.end);
    hits.push_back(m);
  }
  for (const auto& m : g.find_acronyms(
           t, view.language, [&](const Gazetteer::Match& m) { return takes(m.begin, m.end); },
           false))
    hits.push_back(m);
  // In text order, the longer of two overlapping hits.
  std::sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<Gazetteer::Match> kept;
  for (const auto& m : hits) {
    if (!kept.empty() && m.begin < kept.back().end) {
      if (m.end - m.begin <= kept.back().end - kept.back().begin) continue;
      kept.pop_back();
    }
    kept.push_back(m);
  }
  auto opens = [&](std::size_t a, std::size_t b) {
    std::string_view gap = t.substr(a, b - a);
    return gap == "(" || gap == "\xEF\xBC\x88";  // "（"
  };
  auto close_after = [&](std::size_t pos) -> std::size_t {
    if (t.substr(pos, 1) == ")") return pos + 1;
    if (t.substr(pos, 3) == "\xEF\xBC\x89") return pos + 3;  // "）"
    return 0;
  };
  for (std::size_t k = 0; k < kept.size(); ++k) {
    const Gazetteer::Match& m = kept[k];
    if (k + 1 < kept.size() && !m.acronym) {
      const Gazetteer::Match& acr = kept[k + 1];
      std::size_t close = close_after(acr.end);
      if (acr.acronym && acr.entry == m.entry && opens(m.end, acr.begin) && close) {
        const GazetteerEntry& entry = g.entry(m.entry);
        Entity e = make_entity(view, entry.type, m.begin, close, entry.id);
        if (!entry.kind.empty()) e.attrs["kind"] = entry.kind;
        e.attrs["definition"] = std::string(t.substr(m.begin, m.end - m.begin));
        e.attrs["acronym"] = std::string(t.substr(acr.begin, acr.end - acr.begin));
        add_flag(e, "defined");
        defined.push_back(std::move(e));
        ++k;
        continue;
      }
    }
    found.push_back(from_entry(view, m, m.begin, m.end));
  }
}

// Whether the letter at text[i] may open a name: a capital, or a letter of a
// script without case (Arabic).
bool name_start(std::string_view text, std::size_t i) {
  if (i >= text.size()) return false;
  char32_t c = text::decode(text, i);
  return text::is_upper(c) || (text::is_letter(c) && !text::is_lower(c));
}

// Whether `word` (folded) is derived from `name` (folded) by the language's
// rule (LanguageRules::DerivedNames) rather than a form of it.
bool derived_from(const LanguageRules::DerivedNames& d, std::string_view word,
                  std::string_view name) {
  if (d.suffixes.empty() && d.article.empty()) return false;
  std::string_view last =
      name.substr(name.rfind(' ') == std::string_view::npos ? 0 : name.rfind(' ') + 1);
  bool has_article = !d.article.empty() && last.substr(0, d.article.size()) == d.article;
  if (word.ends_with(last))
    return !d.article.empty() && !has_article && word.ends_with(d.article + std::string(last));
  std::string_view core = has_article ? last.substr(d.article.size()) : last;
  std::vector<std::string_view> bases{core};
  for (const auto& x : d.drop)
    if (core.ends_with(x) && core.size() > x.size())
      bases.push_back(core.substr(0, core.size() - x.size()));
  for (std::string_view base : bases)
    for (const auto& suffix : d.suffixes)
      if (word.ends_with(std::string(base) + suffix)) return true;
  return false;
}

// Names of a language whose names are indexed by stem (Gazetteer::index_stems):
// runs of words of the clause, longest first, whose stems make a name. Words
// of one name are separated by spaces or hyphens only.
void stemmed_names(const ClauseView& view, std::vector<Entity>& found) {
  const Gazetteer& g = view.rules.gazetteer;
  const std::size_t most = g.stem_words(view.language);
  if (most == 0) return;
  std::vector<Token> own;
  std::shared_ptr<const TokenForms> own_forms;  // what `own`'s forms view
  const std::vector<Token>* tokens = &view.clause.tokens;
  if (tokens->empty()) {
    const LanguageRules* lr = view.all_rules.language(view.language);
    if (!lr) return;
    text::Analyzer analyzer(view.language, lr->stemmer, lr->stopwords);
    own = analyzer.tokenize(view.text);
    own_forms = analyzer.forms();
    tokens = &own;
  }
  const LanguageRules* lang = view.all_rules.language(view.language);
  const LanguageRules::DerivedNames* derived = lang ? &lang->derived_names : nullptr;
  std::vector<std::size_t> words;
  for (std::size_t k = 0; k < tokens->size(); ++k)
    if ((*tokens)[k].word) words.push_back(k);
  auto joined_by_space = [&](std::size_t a, std::size_t b) {  // token indices, a < b
    for (std::size_t k = a + 1; k < b; ++k) {
      std::string_view t = view.slice((*tokens)[k].begin, (*tokens)[k].end);
      if (t != "-") return false;
    }
    return true;
  };
  for (std::size_t i = 0; i < words.size();) {
    const Token& first = (*tokens)[words[i]];
    std::size_t taken = 0;
    if (name_start(view.text, first.begin)) {
      std::string joined;
      std::vector<std::pair<std::size_t, std::string>> candidates;  // words, stems
      for (std::size_t n = 0; n < most && i + n < words.size(); ++n) {
        if (n > 0 && !joined_by_space(words[i + n - 1], words[i + n])) break;
        if (n) joined += ' ';
        joined += (*tokens)[words[i + n]].stem;
        candidates.emplace_back(n + 1, joined);
      }
      for (auto c = candidates.rbegin(); c != candidates.rend() && !taken; ++c)
        if (auto e = g.lookup_stems(view.language, c->second)) {
          const GazetteerEntry& entry = g.entry(*e);
          if (entry.capitalized && !name_start(view.text, first.begin)) continue;
          if (entry.type == EntityType::Place && derived) {
            const Token& last = (*tokens)[words[i + c->first - 1]];
            std::string word = text::fold(view.slice(last.begin, last.end));
            bool is_derived = false;
            for (const auto& name : g.names_of(*e, view.language))
              if (derived_from(*derived, word, text::fold(name))) is_derived = true;
            if (is_derived) continue;
          }
          Gazetteer::Match m{first.begin, (*tokens)[words[i + c->first - 1]].end, *e, false};
          found.push_back(from_entry(view, m, m.begin, m.end));
          taken = c->first;
        }
    }
    i += taken ? taken : 1;
  }
}

}  // namespace

std::vector<Entity> find_names(const ClauseView& view) {
  const Gazetteer& g = view.rules.gazetteer;
  std::vector<Entity> found;
  auto names = g.find_names(view.folded(), [&](const Gazetteer::Match& m) {
    return !g.entry(m.entry).capitalized || name_start(view.text, view.to_text(m.begin));
  });
  for (const auto& m : names)
    found.push_back(from_entry(view, m, view.to_text(m.begin), view.to_text(m.end)));
  for (const auto& m : g.find_acronyms(view.text, view.language))
    found.push_back(from_entry(view, m, m.begin, m.end));
  std::vector<Entity> defined;
  if (has_han(view.text)) han_names(view, found, defined);
  stemmed_names(view, found);
  std::vector<Entity> named = longest_non_overlapping(std::move(found));

  // Definitions: "Long Name (ACR)".
  if (view.rules.acronym_definition) {
    for (const auto& m : view.scan(*view.rules.acronym_definition)) {
      std::string acr = m.group("acronym");
      std::size_t uppers = 0;
      for (char c : acr) uppers += (c >= 'A' && c <= 'Z');
      if (uppers < 2) continue;
      // The name just before the bracket, when the rules know it.
      // `named` do not overlap, so their ends rise with their starts: the
      // last ending by the bracket is the one that may touch it.
      const Entity* before = nullptr;
      auto it = std::upper_bound(named.begin(), named.end(), m.begin,
                                 [](std::size_t v, const Entity& n) { return v < n.end; });
      if (it != named.begin()) {
        const Entity& n = *std::prev(it);
        std::size_t k = m.begin;  // nothing but spaces from n.end to the bracket?
        while (k > n.end && (view.text[k - 1] == ' ' || view.text[k - 1] == '\t')) --k;
        if (k == n.end) before = &n;
      }
      auto known = g.lookup_acronym(view.language, acr);
      Entity e;
      // The name before the bracket defines the acronym when the rules give
      // it that acronym or its words spell it ("African Union (UNOAU)" ends
      // "United Nations Office to the African Union (UNOAU)": it does not).
      auto spelled_by = [&](const Entity& n) {
        if (known) return g.entry(*known).id == n.value;
        auto words = words_before(view, n.end, 64);
        std::vector<Word> inside;
        for (const Word& w : words)
          if (w.begin >= n.begin) inside.push_back(w);
        return !inside.empty() && spells(acronym_letters(acr), 0, inside, 0,
                                         view.rules.definition_skip.get(view.language), true);
      };
      if (before && !before->attrs.count("form") && spelled_by(*before)) {
        e = make_entity(view, before->type, before->begin, m.end, before->value);
        e.attrs = before->attrs;
        e.attrs["definition"] = before->text;
      } else {
        auto start = long_form(view, m.begin, acronym_letters(acr));
        if (!start) continue;
        std::size_t long_end = m.begin;
        while (long_end > *start && view.text[long_end - 1] == ' ') --long_end;
        if (known) {
          const GazetteerEntry& entry = g.entry(*known);
          e = make_entity(view, entry.type, *start, m.end, entry.id);
          if (!entry.kind.empty()) e.attrs["kind"] = entry.kind;
        } else {
          e = make_entity(view, EntityType::Acronym, *start, m.end, acr);
        }
        e.attrs["definition"] = std::string(view.slice(*start, long_end));
      }
      e.attrs["acronym"] = acr;
      add_flag(e, "defined");
      defined.push_back(std::move(e));
    }
  }
  // A definition replaces the names inside it.
  std::vector<Entity> out = without_overlaps(std::move(named), defined);
  out.insert(out.end(), defined.begin(), defined.end());

  // Persons: a person overlapping an organization or law is dropped; a place
  // inside a person's name is dropped.
  std::vector<Entity> institutions, places;
  for (auto& e : out) (e.type == EntityType::Place ? places : institutions).push_back(std::move(e));
  std::vector<Entity> people = without_overlaps(persons(view), institutions);
  people = longest_non_overlapping(std::move(people));
  places = without_overlaps(std::move(places), people);
  out = std::move(institutions);
  out.insert(out.end(), places.begin(), places.end());
  out.insert(out.end(), people.begin(), people.end());
  std::stable_sort(out.begin(), out.end(),
                   [](const Entity& a, const Entity& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace ct::extract

// term.acronym-before-definition: an acronym used before the document
// defines it ("HRCOM" in the first paragraph, "... Commission (HRCOM)"
// later), reported where it begins (not again in the versions that carry it
// over). term.acronym-redefined / term.acronym-wording: one acronym given two
// expansions that differ by a word of substance / only by small words.
// term.undefined-acronym: an acronym a document uses without defining it
// while other documents of its series define it. term.organization-names:
// one organization given two acronyms in one series and language.
// term.acronym-misspelt: an acronym defined nowhere, one slip from one its
// document defines.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

#include "check/acronym_expansions.h"
#include "check/carried_over.h"
#include "check/families.h"
#include "text/fold.h"

namespace ct::check {

namespace {

std::string attr(const Entity& e, const std::string& k) {
  auto it = e.attrs.find(k);
  return it == e.attrs.end() ? std::string() : it->second;
}

// Comparison form of an expansion: folded words separated by one space.
std::string words_of(const std::string& s) {
  std::string f = text::fold(s), out;
  bool space = false;
  for (char ch : f) {
    bool word = std::isalnum(static_cast<unsigned char>(ch)) || (ch & 0x80);
    if (!word) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += ch;
  }
  return out;
}

struct Use {
  const Clause* clause;
  const Entity* entity;
};

// A use that is part of a compound ("AU-UN Hybrid Operation", "UN‑AU")
// or of a quoted title ("'The Joint UN-AU Review'"): a name, not the
// acronym standing for itself, so no definition is due before it.
bool in_compound_or_quote(const Clause& c, const Entity& e) {
  const std::string& t = c.text;
  auto dash_at = [&t](std::size_t i, bool before) {
    static const std::string_view dashes[] = {"-", "\u2010", "\u2011", "\u2013"};
    for (std::string_view d : dashes) {
      if (before && i >= d.size() && t.compare(i - d.size(), d.size(), d) == 0) return true;
      if (!before && t.compare(i, d.size(), d) == 0) return true;
    }
    return false;
  };
  if (dash_at(e.begin, true) || dash_at(e.end, false)) return true;
  // Inside typographic quotes: an opening quote before it, not closed yet.
  std::size_t open = std::max(t.rfind("\u2018", e.begin) + 1, t.rfind("\u201c", e.begin) + 1);
  if (open == 0) return false;
  // A closing single quote is also an apostrophe ("Council\u2019s"): only one
  // not followed by a letter closes the quote.
  std::size_t single = t.find("\u2019", open);
  while (single != std::string::npos && single + 3 < t.size() &&
         std::isalpha(static_cast<unsigned char>(t[single + 3])))
    single = t.find("\u2019", single + 3);
  std::size_t close = std::min(single, t.find("\u201d", open));
  return close == std::string::npos || close > e.begin;
}

// term.acronym-redefined: the expansions of each acronym (one language),
// grouped by their words and ranked by how many documents use them; each
// less used one is compared with those above it and reported, once, at its
// first use when it is the same name with a word changed (a style variant,
// a longer form or an unrelated name is not reported).
void report_redefinitions(
    const std::map<std::pair<std::string, std::string>, std::vector<Use>>& definitions,
    const Rules& rules, FindingSink& sink) {
  auto known = [&definitions](const std::string& lang, const std::string& acr) {
    auto it = definitions.find({lang, acr});
    return it == definitions.end() ? std::string() : attr(*it->second.front().entity, "definition");
  };
  ExpansionComparer comparer(rules, known);
  for (const auto& [key, defs] : definitions) {
    struct Form {
      const Use* first;
      std::set<std::size_t> docs;
    };
    std::vector<Form> forms;
    std::map<std::string, std::size_t> index;
    for (const Use& u : defs) {
      auto [it, added] = index.emplace(words_of(attr(*u.entity, "definition")), forms.size());
      if (added) forms.push_back({&u, {}});
      forms[it->second].docs.insert(u.clause->doc);
    }
    if (forms.size() < 2) continue;
    std::stable_sort(forms.begin(), forms.end(),
                     [](const Form& a, const Form& b) { return a.docs.size() > b.docs.size(); });
    for (std::size_t i = 1; i < forms.size(); ++i) {
      const Use& u = *forms[i].first;
      std::string text = attr(*u.entity, "definition");
      // Judged against the most used form it is related to (any form it is
      // the same name as: nothing to report).
      const Use* against = nullptr;
      ExpansionVerdict verdict = ExpansionVerdict::Unrelated;
      bool same = false;
      for (std::size_t j = 0; j < i && !same; ++j) {
        auto v = comparer.compare(key.first, text, attr(*forms[j].first->entity, "definition"));
        same = v == ExpansionVerdict::Same;
        if (v != ExpansionVerdict::Unrelated && !against) {
          against = forms[j].first;
          verdict = v;
        }
      }
      if (same || !against) continue;
      // A content word changed is a different name; only small words
      // ("of" / "on", "the") or the form of the same words ("Drug" /
      // "Drugs", "Afghan" / "Afghanistan") is the wording of one name (its
      // own rule, a matter of style).
      const char* rule =
          verdict == ExpansionVerdict::Differs ? "term.acronym-redefined" : "term.acronym-wording";
      const Use& other = *against;
      Location rel = sink.at(*other.clause, *other.entity);
      rel.message = fmt::format("defined as '{}'", attr(*other.entity, "definition"));
      sink.add(rule, sink.at(*u.clause, *u.entity),
               fmt::format("acronym '{}' defined as '{}', elsewhere as '{}'", key.second, text,
                           attr(*other.entity, "definition")),
               key.second + "|" + words_of(text), {rel});
    }
  }
}

// One slip of the keyboard apart: one letter swapped with its neighbour,
// replaced (not the first), added or dropped (acronyms are short: compared
// by hand, no distance table needed).
bool one_slip(const std::string& a, const std::string& b) {
  if (a == b) return false;
  if (a.size() == b.size()) {
    std::size_t i = 0;
    while (a[i] == b[i]) ++i;
    // Another first letter is another name ("IFOR", "SFOR"), not a slip.
    if (i > 0 && a.compare(i + 1, std::string::npos, b, i + 1, std::string::npos) == 0) return true;
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
           a.compare(i + 2, std::string::npos, b, i + 2, std::string::npos) == 0;
  }
  const std::string& l = a.size() > b.size() ? a : b;
  const std::string& s = a.size() > b.size() ? b : a;
  if (l.size() != s.size() + 1) return false;
  std::size_t i = 0;
  while (i < s.size() && l[i] == s[i]) ++i;
  return l.compare(i + 1, std::string::npos, s, i, std::string::npos) == 0;
}

// Words in capitals (ASCII letters only) between parentheses in a clause:
// acronyms defined there, whether or not the extractor read the definition.
void parenthesised(const Clause& c, std::size_t min_length, std::set<std::string>& out) {
  for (std::size_t at = c.text.find('('); at != std::string::npos; at = c.text.find('(', at + 1)) {
    std::size_t end = c.text.find(')', at);
    if (end == std::string::npos || end - at - 1 < min_length) continue;
    std::string w = c.text.substr(at + 1, end - at - 1);
    if (std::all_of(w.begin(), w.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }))
      out.insert(w);
  }
}

// term.acronym-misspelt: a word in capitals that no document of the corpus
// defines, one slip from an acronym its own document defines ("CNOARIV"
// where the text defines "(CONARIV)").
void misspelt_acronyms(const Corpus& corpus, const RuleConfig& rule, FindingSink& sink) {
  const std::size_t min_length = static_cast<std::size_t>(rule.number("min_length", 4));
  std::set<std::string> known;  // acronyms defined anywhere
  for (const Clause& c : corpus.clauses) parenthesised(c, min_length, known);
  struct Slip {
    const Clause* clause;
    std::size_t begin, end;
    std::string acronym;
  };
  std::vector<std::map<std::string, Slip>> slips(corpus.documents.size());
  std::vector<std::set<std::string>> words(corpus.documents.size());
  for (std::size_t i = 0; i < corpus.documents.size(); ++i) {
    const Document& d = corpus.documents[i];
    std::set<std::string> defined;
    for (std::size_t k = d.first_clause; k < d.first_clause + d.clause_count; ++k)
      parenthesised(corpus.clauses[k], min_length, defined);
    if (defined.empty()) continue;
    for (std::size_t k = d.first_clause; k < d.first_clause + d.clause_count; ++k) {
      const Clause& c = corpus.clauses[k];
      for (const Token& t : c.tokens) {
        if (!t.word || t.end - t.begin < min_length) continue;
        std::string w = c.text.substr(t.begin, t.end - t.begin);
        if (!std::all_of(w.begin(), w.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }) ||
            known.count(w) || slips[i].count(w))
          continue;
        for (const std::string& acr : defined)
          if (one_slip(w, acr)) {
            slips[i].emplace(w, Slip{&c, t.begin, t.end, acr});
            words[i].insert(w);
            break;
          }
      }
    }
  }
  // Reported where the slip begins, not in the versions that carry it over.
  const auto carried = carried_over(corpus, words);
  for (std::size_t i = 0; i < corpus.documents.size(); ++i) {
    if (!sink.wanted(i)) continue;
    for (const auto& [w, slip] : slips[i]) {
      if (carried[i].count(w)) continue;
      sink.add("term.acronym-misspelt", sink.at(*slip.clause, slip.begin, slip.end),
               fmt::format("'{}' is defined nowhere; this document defines '{}': a typo?", w,
                           slip.acronym),
               w + "|" + slip.acronym);
    }
  }
}

}  // namespace

void check_terms(const Corpus& corpus, const Rules& rules, FindingSink& sink) {
  const RuleConfig* undefined = sink.active("term.undefined-acronym");
  std::set<std::string> ignore;
  if (undefined)
    for (const auto& w : undefined->list("ignore")) ignore.insert(w);
  // Definitions by language and acronym, in corpus order; acronyms by
  // organization and language.
  std::map<std::pair<std::string, std::string>, std::vector<Use>> definitions;
  // (series, organization, language) -> acronym -> first definition.
  std::map<std::tuple<std::string, std::string, std::string>, std::map<std::string, Use>> names;
  std::map<std::string, std::set<std::string>> defined_in_series;  // acronym -> series
  struct Early {
    std::size_t doc;
    Use use, definition;
  };
  std::vector<Early> early;  // acronyms used before their definition
  for (const Document& d : corpus.documents) {
    std::map<std::string, Use> first_definition;
    std::vector<Use> uses;
    for (std::size_t k = d.first_clause; k < d.first_clause + d.clause_count; ++k) {
      const Clause& c = corpus.clauses[k];
      for (const Entity& e : c.entities) {
        std::string acr = attr(e, "acronym");
        if (e.has_flag("defined") && !acr.empty()) {
          first_definition.emplace(acr, Use{&c, &e});
          definitions[{d.language, acr}].push_back({&c, &e});
          // An organization by its entry; a name the rules do not know by
          // the words of its long form.
          if (e.type == EntityType::Organization || e.type == EntityType::Acronym)
            names[{d.series.empty() ? d.id : d.series,
                   e.type == EntityType::Organization ? e.value : words_of(attr(e, "definition")),
                   d.language}]
                .emplace(acr, Use{&c, &e});
          defined_in_series[acr].insert(d.series);
        } else if (attr(e, "form") == "acronym") {
          uses.push_back({&c, &e});
        }
      }
    }
    std::set<std::string> reported;
    for (const Use& u : uses) {
      // Titles and headings name the subject before the text defines it.
      if (u.clause->role == Role::Title || u.clause->role == Role::Heading) continue;
      if (in_compound_or_quote(*u.clause, *u.entity)) continue;
      auto def = first_definition.find(u.entity->text);
      if (def == first_definition.end()) continue;
      const Clause& dc = *def->second.clause;
      bool before = u.clause->line < dc.line ||
                    (u.clause == &dc && u.entity->begin < def->second.entity->begin);
      if (before && reported.insert(u.entity->text).second)
        early.push_back({static_cast<std::size_t>(&d - corpus.documents.data()), u, def->second});
    }
    if (undefined && d.parent.empty())
      for (const Use& u : uses) {
        const std::string& a = u.entity->text;
        if (first_definition.count(a) || ignore.count(a) || !reported.insert(a).second) continue;
        auto s = defined_in_series.find(a);
        if (s == defined_in_series.end() || !s->second.count(d.series)) continue;
        sink.add("term.undefined-acronym", sink.at(*u.clause, *u.entity),
                 fmt::format("acronym '{}' is used without a definition in this document "
                             "(other documents of the series define it)",
                             a),
                 a);
      }
  }
  // An acronym an earlier document of the series (same language) already
  // used early is carried over: reported where it began.
  std::vector<std::set<std::string>> early_in(corpus.documents.size());
  for (const Early& x : early) early_in[x.doc].insert(x.use.entity->text);
  const auto carried = carried_over(corpus, early_in);
  for (const Early& x : early) {
    if (carried[x.doc].count(x.use.entity->text)) continue;
    Location rel = sink.at(*x.definition.clause, *x.definition.entity);
    rel.message = fmt::format("defined here: '{}'", x.definition.entity->text);
    sink.add("term.acronym-before-definition", sink.at(*x.use.clause, *x.use.entity),
             fmt::format("acronym '{}' is used before its definition '{}'", x.use.entity->text,
                         x.definition.entity->text),
             x.use.entity->text, {rel});
  }
  if (const RuleConfig* r = sink.active("term.acronym-misspelt"))
    misspelt_acronyms(corpus, *r, sink);
  if (sink.active("term.acronym-redefined") || sink.active("term.acronym-wording"))
    report_redefinitions(definitions, rules, sink);
  for (const auto& [key, acronyms] : names) {
    if (acronyms.size() < 2) continue;
    auto first = acronyms.begin();
    const Entity& named = *first->second.entity;
    std::string shown =
        named.type == EntityType::Organization ? named.value : attr(named, "definition");
    for (auto it = std::next(first); it != acronyms.end(); ++it) {
      Location rel = sink.at(*first->second.clause, *first->second.entity);
      rel.message = fmt::format("abbreviated '{}' here", first->first);
      sink.add("term.organization-names", sink.at(*it->second.clause, *it->second.entity),
               fmt::format("one organization ({}) abbreviated two ways: '{}' and '{}'", shown,
                           it->first, first->first),
               std::get<1>(key) + "|" + it->first + "|" + first->first, {rel});
    }
  }
}

}  // namespace ct::check

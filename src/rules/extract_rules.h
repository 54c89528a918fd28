// What the extract stage knows, loaded from rules/dates.yaml,
// rules/symbols.yaml, rules/bodies.yaml, rules/entities.yaml and
// rules/places.yaml, with every RE2 pattern compiled once here (never per
// clause). Patterns are templates: {month}, {ord}, {ordinal_words}, {unit},
// {scale}, {title} ... expand from the language rules (rules/lang/*.yaml) and
// these files, so each pattern is compiled once per language and a new
// language needs rules files only.
//
//   const ExtractRules& x = rules.extract;
//   for (const DatePattern& p : x.dates.patterns.get("fr")) ...
//
// Named groups carry the meaning of a match (day, month, year, num, body, ...);
// a group named flag_NAME (optionally ending in _N to repeat it) adds the
// flag NAME to the entity when it takes part in the match.
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "rules/gazetteer.h"
#include "rules/language_rules.h"

namespace ct {

using Pattern = std::shared_ptr<const re2::RE2>;

// Compiled patterns per language code; "" holds those for a document whose
// language has no rules: the language-neutral ("any") patterns, compiled
// with every language's words.
template <typename T>
struct PerLanguage {
  std::map<std::string, T> by_language;
  const T& get(const std::string& language) const {
    auto it = by_language.find(language);
    if (it == by_language.end()) it = by_language.find("");
    static const T empty{};
    return it == by_language.end() ? empty : it->second;
  }
};

// ---- dates.yaml -------------------------------------------------------------

struct DatePattern {
  enum class Kind {
    Date,     // day/month/year groups; *_end groups make a range
    Numeric,  // groups a, b, year read by the language's numeric order
    Pair,     // "D1 and D2 MONTH": a range when the days follow each other, else two dates
  };
  std::string name;
  Kind kind = Kind::Date;
  Pattern re;           // run on the folded text (lower case, no accents)
  bool strict = false;  // uses {month_strict}: a `not_alone` month must be capitalized
};

struct DateRules {
  std::string file;
  PerLanguage<std::vector<DatePattern>> patterns;
  // "dmy" or "mdy" by language, for numeric dates ("01/07/2020").
  std::map<std::string, std::string> numeric_order;
  std::string default_order = "dmy";
  // Month words that count alone (no day or no year) only when capitalized,
  // folded, by language ("" holds all).
  std::map<std::string, std::set<std::string>> not_alone;
  int min_year = 1900, max_year = 2100;
  // A day, a month name and a four-digit year outside [min_year, max_year]
  // are still a date (a treaty of 1899); outside [min_full_year,
  // max_full_year] an impossible one (a placeholder "1 January 0001").
  int min_full_year = 1000, max_full_year = 2999;
  // A bare year ("its reports of YEAR and YEAR"), used where a report or
  // meeting cue makes it a date. Group: year.
  Pattern year;
  // Number words: joiners ("and") and multipliers (a vigesimal 20, 100).
  std::map<std::string, std::set<std::string>> number_joiners;  // folded, by language
  std::set<int> multipliers;

  const std::string& order_for(const std::string& language) const;
};

// ---- symbols.yaml -----------------------------------------------------------

struct SymbolRule {
  std::string name;
  EntityType type = EntityType::Resolution;  // resolution or document
  Pattern re;
  std::string value;    // template: {group} replaced by the group's text
  std::string after;    // applies only after a match of this rule in the clause
  int after_rule = -1;  // `after`'s index in the list of rules (names are unique)
  Pattern context;      // applies only after a match of this pattern in the clause
  std::vector<std::string> body, not_body;  // body ids named right after or before
};

struct SymbolRules {
  std::string file;
  // Words between a symbol and the body named after it ("adopted by the N-th
  // session of the"), and how far (bytes) the body may be.
  PerLanguage<Pattern> link_after;
  int reach = 48;
  PerLanguage<std::vector<SymbolRule>> rules;  // same rules, per language (link words differ)
};

// ---- bodies.yaml ------------------------------------------------------------

struct SessionPattern {
  // Groups: num or words (spelled ordinal); optional body (an acronym) and
  // list (earlier ordinals of a list: "les 39ème, 40ème et 42ème sessions").
  Pattern re;
  bool folded = false;  // run on the folded text
};

struct BodyRules {
  std::string file;
  // Words between a mention (session, resolution) and a body named after it
  // ("of the"), between a body named before and the mention ("at its"),
  // and a possessive right before a session ordinal ("its").
  PerLanguage<Pattern> link_after, link_before, possessive;
  PerLanguage<std::vector<SessionPattern>> sessions;
  // Short names of bodies, used only right after "session of the": folded
  // short name -> body ids in rules order, by language.
  PerLanguage<std::map<std::string, std::vector<std::string>>> short_names;
};

// ---- entities.yaml ----------------------------------------------------------

struct PersonRules {
  PerLanguage<Pattern> pattern;  // titles then a name; groups: title, name
};

struct NumberRules {
  // Groups: the amount as num (digits), words (cardinal or ordinal words of
  // the language), han (Chinese numerals) or roman; scale (optional); unit.
  // Run on the folded text. `unit_first`: the unit before the amount
  // ("Chapter VII", "الفصل السابع").
  PerLanguage<Pattern> pattern, unit_first;
  // A unit in the dual, whose word carries the amount 2 ("سنتين"). Group: unit.
  PerLanguage<Pattern> dual;
  // Canonical units ("year") whose amount, written as a year of the dates'
  // range ("в 2020 году"), is a year, not a count.
  std::set<std::string> not_years;
  // Canonical units written only before their number ("Chapter VII").
  std::set<std::string> unit_first_only;
  std::map<std::string, std::string> decimal_mark;        // by language: "," or "."
  PerLanguage<std::map<std::string, std::string>> units;  // folded unit -> canonical unit
  PerLanguage<std::map<std::string, double>> scales;      // folded scale word -> factor
};

// Meetings recalled in a clause ("its meetings held on ...") and reports
// cited by author and date ("the reports issued by AUTHOR in MONTH YEAR").
struct EventRules {
  PerLanguage<Pattern> cue;         // a word that opens the context
  PerLanguage<Pattern> relay;       // words after the cue from which the window starts again
  PerLanguage<Pattern> link;        // from the cue to the body or author named after it
  PerLanguage<Pattern> owner;       // after the cue, words naming who meets ("meeting of ...")
  PerLanguage<Pattern> possessive;  // right before the cue: "its", "ses"
  PerLanguage<Pattern> self;        // the clause reports its own meeting ("met")
  PerLanguage<Pattern> separator;   // between two items of a list of dates
  PerLanguage<Pattern> lead;        // between the body or author and the first date
  PerLanguage<Pattern> before;      // from a date to the cue after it, when none follows
  int window = 160;                 // bytes from the cue to the first date
  bool years = false;               // bare years count as dates in this context
};

// One RE2::Set per language holding every pattern the extract stage scans a
// whole clause with, so a clause is read once to learn which patterns can
// match in it; the others are skipped. (RE2 reports which patterns of a set
// match, in one pass.)
struct Prefilter {
  std::shared_ptr<const re2::RE2::Set> set;
  std::map<const re2::RE2*, int> index;  // pattern -> its index in `set`
};

// The prefilters of every language, each compiled on first use: a command
// reads texts of one or two languages, and compiling the sets of all of them
// cost a fifth of the start-up. Thread-safe (std::call_once); copies share
// the compiled sets.
class LazyPrefilters {
 public:
  // The prefilter of `language`, else of "" (any language), else none.
  const Prefilter& get(const std::string& language) const;
  void add(const std::string& language, std::vector<const re2::RE2*> patterns);

 private:
  struct Slot {
    std::once_flag once;
    std::vector<const re2::RE2*> patterns;
    Prefilter built;
  };
  std::map<std::string, std::shared_ptr<Slot>> slots_;
};

struct ExtractRules {
  DateRules dates;
  SymbolRules symbols;
  BodyRules bodies;
  PersonRules persons;
  NumberRules numbers;
  EventRules meetings, reports;
  // Organizations, bodies, laws and places with their names and acronyms.
  Gazetteer gazetteer;
  // A definition written in the text: "Long Name (ACR)". Group: acronym.
  Pattern acronym_definition;
  // Words a definition's long form may skip when matching the acronym's letters.
  PerLanguage<std::set<std::string>> definition_skip;
  std::vector<std::string> files;   // the rules files read
  LazyPrefilters prefilter;         // patterns run on the text
  LazyPrefilters prefilter_folded;  // patterns run on the folded text
};

// Loads the extract rules of a rules folder (files that are absent give no
// rules of their kind). Throws InputError naming file, line and column.
// With `only`, the patterns are compiled for those languages (and for
// language "", every language's words at once) and no other: a document in
// another language with rules must not be read with them.
ExtractRules load_extract_rules(const std::string& dir,
                                const std::map<std::string, LanguageRules>& languages,
                                const std::set<std::string>* only = nullptr);

}  // namespace ct

// The finders of the extract stage, one per kind of entity, and the helpers
// they share. extract_clause.cc runs them in order: names (organizations,
// laws, places, persons, acronyms), dates, symbols, sessions, numbers, then
// meetings and reports, which are made from the dates and names already found.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/clause_view.h"
#include "model/corpus.h"
#include "rules/pattern.h"
#include "text/whitespace.h"

namespace ct::extract {

// An entity of `view` over [begin, end), its text taken from the clause.
Entity make_entity(const ClauseView& view, EntityType type, std::size_t begin, std::size_t end,
                   std::string value);
// Adds the flags of the match's flag_NAME groups ("flag_spacing_2" -> "spacing").
void add_match_flags(const PatternMatch& m, Entity& e);
void add_flag(Entity& e, const std::string& flag);

using text::collapse_spaces;

bool overlaps(const Entity& a, const Entity& b);
// Keeps the longest of overlapping entities (then the earliest, then the
// first found), in text order. n log n: the kept spans are looked up in a map.
std::vector<Entity> longest_non_overlapping(std::vector<Entity> found);
// `found` without the entities that overlap one of `taken`, in their order.
// (n + m) log m: a binary search over `taken` sorted by start.
std::vector<Entity> without_overlaps(std::vector<Entity> found, const std::vector<Entity>& taken);

// True when `gap` matches `re` (a pattern anchored by ^...$ in the rules).
bool gap_matches(const Pattern& re, std::string_view gap);

// Whether an organization entity is a body holding sessions.
bool holds_sessions(const ClauseView& view, const Entity& org);

// Lookups in a list of entities in text order (sorted by start):
// the index of the first one starting at or after `pos`;
std::size_t first_from(const std::vector<const Entity*>& list, std::size_t pos);
// the last one (in order) that ends at or before `pos` and starts at or after
// `from`, null when none (those holding `pos` are passed over: a few at most,
// names overlapping only through definitions).
const Entity* last_ending_by(const std::vector<const Entity*>& list, std::size_t pos,
                             std::size_t from = 0);

// The organizations among a clause's names (find_names's output, in text
// order), so that the body next to a mention is found by a binary search
// rather than by a pass over every name (a clause may hold thousands).
class Orgs {
 public:
  Orgs(const ClauseView& view, const std::vector<Entity>& names);
  // All organizations, or those holding sessions, in the order of `names`.
  const std::vector<const Entity*>& all() const { return all_; }
  const std::vector<const Entity*>& holding_sessions() const { return sessions_; }
  // Whether all()[i] holds sessions.
  bool holds_sessions(std::size_t i) const { return holds_[i]; }
  // The first organization (in order) that starts at or before `begin` and
  // ends at or after `end` (holds the span); null when none.
  const Entity* first_holding(std::size_t begin, std::size_t end) const;

 private:
  std::vector<const Entity*> all_, sessions_;
  std::vector<bool> holds_;           // [i]: all_[i] holds sessions
  std::vector<std::size_t> end_max_;  // [i]: the largest end among all_[0..i]
};

// The organization named right after `end` (only link words between) or
// right before `begin`, among `orgs`; nullopt when none.
// `link` and `reach` default to bodies.yaml's link_after and 48 bytes.
const Entity* body_after(const ClauseView& view, const Orgs& orgs, std::size_t end,
                         bool sessions_only, const Pattern* link = nullptr, std::size_t reach = 48);
const Entity* body_before(const ClauseView& view, const Orgs& orgs, std::size_t begin,
                          bool sessions_only);

std::vector<Entity> find_names(const ClauseView& view);
std::vector<Entity> find_dates(const ClauseView& view);
std::vector<Entity> find_symbols(const ClauseView& view, const std::vector<Entity>& names);
std::vector<Entity> find_sessions(const ClauseView& view, const std::vector<Entity>& names);
std::vector<Entity> find_numbers(const ClauseView& view);
// Meetings and reports; may add dates (bare years in a report's context) to `dates`.
std::vector<Entity> find_events(const ClauseView& view, const std::vector<Entity>& names,
                                const std::vector<Entity>& sessions, std::vector<Entity>& dates,
                                const std::vector<Entity>& taken);

// The value of spelled-out ordinal words ("forty-seventh" -> 47) with the
// byte offset where the composed number starts (a leading word that does not
// compose, as in "a second", is left out); nullopt when nothing composes.
struct SpelledNumber {
  int value = 0;
  std::size_t begin = 0;
};
std::optional<SpelledNumber> spelled_ordinal(const ClauseView& view, std::size_t begin,
                                             std::size_t end);
// The value of spelled-out number words, already folded, cardinal or (the
// last word) ordinal: "twenty-five", "six", "السابع"; nullopt unless every
// word is a number word of the language and they compose into one number.
std::optional<int> spelled_number(const ClauseView& view, std::string_view folded);

}  // namespace ct::extract

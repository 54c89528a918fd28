// Entities of one clause: runs the finders in order (names, dates, symbols,
// sessions, numbers, then meetings and reports built on them), settles
// overlaps between kinds, and locates every entity in the source file.
#include <algorithm>

#include "extract/extract.h"
#include "extract/finders.h"

namespace ct::extract {

std::vector<Entity> extract_clause(const Corpus& corpus, const Clause& clause, const Rules& rules) {
  if (clause.text.empty()) return {};
  ClauseView view(corpus, clause, rules);

  std::vector<Entity> names = find_names(view);
  // A symbol wins over a date it overlaps (a symbol may hold a year).
  std::vector<Entity> symbols = find_symbols(view, names);
  std::vector<Entity> dates = without_overlaps(find_dates(view), symbols);
  std::vector<Entity> sessions = find_sessions(view, names);

  std::vector<Entity> taken = symbols;
  taken.insert(taken.end(), sessions.begin(), sessions.end());
  std::vector<Entity> events = find_events(view, names, sessions, dates, taken);

  std::vector<Entity> all = names;
  for (auto* list : {&symbols, &dates, &sessions})
    all.insert(all.end(), list->begin(), list->end());
  // A number with a unit counts only where nothing else was found.
  std::vector<Entity> numbers = without_overlaps(find_numbers(view), all);
  all.insert(all.end(), numbers.begin(), numbers.end());
  all.insert(all.end(), events.begin(), events.end());

  std::stable_sort(all.begin(), all.end(), [](const Entity& a, const Entity& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    // Then by kind, compound kinds first (EntityType's declaration order).
    if (a.type != b.type) return a.type < b.type;
    return a.end > b.end;
  });
  for (Entity& e : all) e.pos = corpus.position(clause, e.begin);
  return all;
}

}  // namespace ct::extract

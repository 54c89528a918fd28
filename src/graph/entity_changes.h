// The entities one version of a clause gained and lost against another: the
// dates, references, meetings, names... that `clausetrack history` shows
// beside each version. Entities are compared by identity (type and
// normalized value), so a translated clause that names the same meeting
// gains and loses nothing.
//
//   auto ch = graph::entity_changes(older_clause, newer_clause);
//   for (const auto& e : ch.lost) std::cout << "- " << e.id << "\n";
#pragma once

#include <string>
#include <vector>

#include "model/corpus.h"

namespace ct::graph {

struct EntityRef {
  std::string id;  // ids.h: "TYPE:VALUE"
  EntityType type = EntityType::Date;
  std::string value;
  std::string text;  // as written in the clause that has it (its first mention)
};

struct EntityChanges {
  std::vector<EntityRef> gained;  // in `after`, not in `before`; sorted by id
  std::vector<EntityRef> lost;    // in `before`, not in `after`; sorted by id
};

// Every entity type counts here, numbers included.
EntityChanges entity_changes(const Clause& before, const Clause& after);

}  // namespace ct::graph

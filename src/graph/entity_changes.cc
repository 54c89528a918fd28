// Entities gained and lost between two versions of a clause.
#include "graph/entity_changes.h"

#include <map>

#include "graph/ids.h"

namespace ct::graph {

namespace {

std::map<std::string, EntityRef> by_id(const Clause& c) {
  std::map<std::string, EntityRef> out;
  for (const Entity& e : c.entities) {
    if (e.value.empty()) continue;
    std::string id = entity_id(e.type, e.value);
    out.emplace(id, EntityRef{id, e.type, e.value, e.text});
  }
  return out;
}

}  // namespace

EntityChanges entity_changes(const Clause& before, const Clause& after) {
  auto a = by_id(before), b = by_id(after);
  EntityChanges ch;
  for (const auto& [id, ref] : b)
    if (!a.count(id)) ch.gained.push_back(ref);
  for (const auto& [id, ref] : a)
    if (!b.count(id)) ch.lost.push_back(ref);
  return ch;
}

}  // namespace ct::graph

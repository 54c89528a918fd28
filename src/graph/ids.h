// Ids of the persistence graph's vertices, stable across runs and usable on
// the command line (`clausetrack graph --entity ID`) and as HTML anchors.
//
// An entity is identified by its contract type and normalized value; its id
// is "TYPE:VALUE" with the value written so the id stays one word:
//   - ASCII letters and digits, non-ASCII UTF-8 and the characters
//     - . @ / : ( ) + , ; = ' are kept as they are;
//   - a space becomes "_";
//   - every other byte ("_" and "%" included, so the id maps back to exactly
//     one value) becomes %XX (upper-case hex).
// Examples: "meeting:GRP@2019-09-25", "resolution:S/RES/2674_(2023)",
// "person:Syed_Tariq_Fatemi", "date:2019-09".
//
// Export ids (DOT node names, GraphML/JSON "id") prefix the vertex kind so the
// four namespaces never collide: "doc:ID", "clause:ID", "thread:ID", and the
// entity id itself ("TYPE:VALUE").
#pragma once

#include <string>
#include <string_view>

#include "model/enums.h"

namespace ct::graph {

std::string entity_id(std::string_view type, std::string_view value);
inline std::string entity_id(EntityType type, std::string_view value) {
  return entity_id(name(type), value);
}

// HTML anchors: "thread-t7qm194w", "entity-meeting:GRP@2019-09-25".
std::string thread_anchor(std::string_view thread_id);
std::string entity_anchor(std::string_view entity_id);

std::string document_node(std::string_view document_id);
std::string clause_node(std::string_view clause_id);
std::string thread_node(std::string_view thread_id);

}  // namespace ct::graph

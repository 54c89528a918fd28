// Small closed vocabularies of the data model (roles, change classes, thread
// statuses, severities) and their contract spellings.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace ct {

// Contract `role` of a clause.
enum class Role { Title, Heading, Preambular, Operative, Narrative, ListItem, Signature, Other };

// Contract `change` of a thread member: how it differs from the member it is
// compared with.
enum class Change { First, Unchanged, Reworded, Amended, Translated, Merged, Split, Reappeared };

// Contract `status` of a thread (and of an entity's lifecycle).
enum class Status { Persistent, Modified, Dropped, New, Intermittent };

enum class Severity { Info, Warning, Error };

// Contract entity `type`, plus two kinds of the extractor's own: `document`
// (the symbol of a document that is not a resolution) and `acronym` (an
// acronym met before the name it stands for). Declared in the order that
// settles entities starting at the same byte: compound kinds (a meeting holds
// a date) before their parts.
enum class EntityType {
  Meeting,
  Report,
  DateRange,
  Date,
  Resolution,
  Document,
  Session,
  Law,
  Organization,
  Acronym,
  Person,
  Place,
  Number,
};
inline constexpr std::size_t kEntityTypes = 13;

std::string_view name(Role r);
std::string_view name(Change c);
std::string_view name(Status s);
std::string_view name(Severity s);
std::string_view name(EntityType t);

std::optional<Severity> parse_severity(std::string_view s);
std::optional<EntityType> parse_entity_type(std::string_view s);

// Rank of an entity type in the order a reader looks for facts (meetings,
// sessions, cited texts, names, then dates), for listings.
int reading_rank(EntityType t);

}  // namespace ct

// Small closed vocabularies of the data model (roles, change classes, thread
// statuses, severities) and their contract spellings.
#pragma once

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

std::string_view name(Role r);
std::string_view name(Change c);
std::string_view name(Status s);
std::string_view name(Severity s);

std::optional<Role> parse_role(std::string_view s);
std::optional<Change> parse_change(std::string_view s);
std::optional<Status> parse_status(std::string_view s);
std::optional<Severity> parse_severity(std::string_view s);

}  // namespace ct

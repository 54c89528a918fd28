// Contract spellings of the model's enums, both ways.
#include "model/enums.h"

#include <array>
#include <utility>

namespace ct {

namespace {
constexpr std::array kRoles{"title",     "heading",   "preambular", "operative",
                            "narrative", "list-item", "signature",  "other"};
constexpr std::array kChanges{"first",      "unchanged", "reworded", "amended",
                              "translated", "merged",    "split",    "reappeared"};
constexpr std::array kStatuses{"persistent", "modified", "dropped", "new", "intermittent"};
constexpr std::array kSeverities{"info", "warning", "error"};
constexpr std::array kEntityTypeNames{
    "meeting", "report",       "date-range", "date",   "resolution", "document", "session",
    "law",     "organization", "acronym",    "person", "place",      "number"};
static_assert(kEntityTypeNames.size() == kEntityTypes);

template <typename E, std::size_t N>
std::optional<E> parse(const std::array<const char*, N>& names, std::string_view s) {
  for (std::size_t i = 0; i < N; ++i)
    if (s == names[i]) return static_cast<E>(i);
  return std::nullopt;
}
}  // namespace

std::string_view name(Role r) {
  return kRoles[static_cast<std::size_t>(r)];
}
std::string_view name(Change c) {
  return kChanges[static_cast<std::size_t>(c)];
}
std::string_view name(Status s) {
  return kStatuses[static_cast<std::size_t>(s)];
}
std::string_view name(Severity s) {
  return kSeverities[static_cast<std::size_t>(s)];
}
std::string_view name(EntityType t) {
  return kEntityTypeNames[static_cast<std::size_t>(t)];
}

std::optional<Severity> parse_severity(std::string_view s) {
  return parse<Severity>(kSeverities, s);
}
std::optional<EntityType> parse_entity_type(std::string_view s) {
  return parse<EntityType>(kEntityTypeNames, s);
}

int reading_rank(EntityType t) {
  using T = EntityType;
  static constexpr std::array kReading{
      T::Meeting, T::Session, T::Resolution, T::Report,    T::Document, T::Law,   T::Organization,
      T::Person,  T::Place,   T::Date,       T::DateRange, T::Acronym,  T::Number};
  static_assert(kReading.size() == kEntityTypes);
  for (std::size_t i = 0; i < kReading.size(); ++i)
    if (kReading[i] == t) return static_cast<int>(i);
  return static_cast<int>(kReading.size());
}

}  // namespace ct

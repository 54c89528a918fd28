// Contract spellings of the model's enums, both ways.
#include "model/enums.h"

#include <array>
#include <utility>

namespace ct {

namespace {
constexpr std::array kRoles{"title",     "heading",   "preambular", "operative",
                            "narrative", "list-item", "signature",  "other"};
constexpr std::array kChanges{"first", "unchanged", "reworded", "amended",
                              "translated", "merged", "split", "reappeared"};
constexpr std::array kStatuses{"persistent", "modified", "dropped", "new", "intermittent"};
constexpr std::array kSeverities{"info", "warning", "error"};

template <typename E, std::size_t N>
std::optional<E> parse(const std::array<const char*, N>& names, std::string_view s) {
  for (std::size_t i = 0; i < N; ++i)
    if (s == names[i]) return static_cast<E>(i);
  return std::nullopt;
}
}  // namespace

std::string_view name(Role r) { return kRoles[static_cast<std::size_t>(r)]; }
std::string_view name(Change c) { return kChanges[static_cast<std::size_t>(c)]; }
std::string_view name(Status s) { return kStatuses[static_cast<std::size_t>(s)]; }
std::string_view name(Severity s) { return kSeverities[static_cast<std::size_t>(s)]; }

std::optional<Role> parse_role(std::string_view s) { return parse<Role>(kRoles, s); }
std::optional<Change> parse_change(std::string_view s) { return parse<Change>(kChanges, s); }
std::optional<Status> parse_status(std::string_view s) { return parse<Status>(kStatuses, s); }
std::optional<Severity> parse_severity(std::string_view s) {
  return parse<Severity>(kSeverities, s);
}

}  // namespace ct

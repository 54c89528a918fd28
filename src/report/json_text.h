// Pretty JSON text of a tree, byte for byte as nlohmann's dump(2, ' ',
// false, replace) writes it, appended to a string at a given indentation.
//
//   std::string out;
//   report::append_json(out, item, 4);  // as dump() writes `item` 2 levels deep
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace ct::report {

// Appends `j` as nlohmann's pretty dump (2 spaces per level) does when `j`
// sits `indent` spaces deep: nested lines start with `indent` + 2 spaces;
// the first line is not indented.
void append_json(std::string& out, const nlohmann::ordered_json& j, unsigned indent);

// Appends `s` as a JSON string, the bytes nlohmann's dump() makes of it.
void append_json_string(std::string& out, std::string_view s);

}  // namespace ct::report

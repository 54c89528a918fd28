// HTML escaping, in one place for every HTML the tool writes: text content
// and attribute values alike (templates, the HTML writer, word diffs).
#pragma once

#include <string>
#include <string_view>

namespace ct::report {

// Escapes &, <, >, " and ' so the text is safe in element content and in
// quoted attribute values.
std::string html_escape(std::string_view text);
// The same, appended to `out`.
void html_escape_to(std::string& out, std::string_view text);
// The same for XML files, without the C0 controls XML 1.0 forbids (all but
// tab, LF and CR).
std::string xml_escape(std::string_view text);

}  // namespace ct::report

// HTML escaping.
#include "report/html_escape.h"

namespace ct::report {

namespace {

// What each byte becomes: nullptr when it is copied as it is. C0 controls
// other than tab and line ends are not allowed in HTML (and the report's own
// markers use two of them): U+FFFD instead.
struct EscapeTable {
  const char* entity[256] = {};
  constexpr EscapeTable() {
    for (int c = 0; c < 0x20; ++c)
      if (c != '\t' && c != '\n' && c != '\r') entity[c] = "\xEF\xBF\xBD";
    entity[static_cast<unsigned char>('&')] = "&amp;";
    entity[static_cast<unsigned char>('<')] = "&lt;";
    entity[static_cast<unsigned char>('>')] = "&gt;";
    entity[static_cast<unsigned char>('"')] = "&quot;";
    entity[static_cast<unsigned char>('\'')] = "&#39;";
  }
};
constexpr EscapeTable kEscape;

}  // namespace

void html_escape_to(std::string& out, std::string_view text) {
  std::size_t plain = 0;  // start of the run of bytes copied as they are
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char* entity = kEscape.entity[static_cast<unsigned char>(text[i])];
    if (!entity) continue;
    out.append(text.data() + plain, i - plain);
    out += entity;
    plain = i + 1;
  }
  out.append(text.data() + plain, text.size() - plain);
}

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  html_escape_to(out, text);
  return out;
}

std::string xml_escape(std::string_view text) {
  std::string out = html_escape(text);
  std::erase_if(out, [](char c) {
    auto u = static_cast<unsigned char>(c);
    return u < 0x20 && u != '\t' && u != '\n' && u != '\r';
  });
  return out;
}

}  // namespace ct::report

// HTML escaping.
#include "report/html_escape.h"

namespace ct::report {

void html_escape_to(std::string& out, std::string_view text) {
  std::size_t plain = 0;  // start of the run of bytes copied as they are
  auto flush = [&](std::size_t at) { out.append(text.substr(plain, at - plain)); };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char* entity = nullptr;
    switch (text[i]) {
      case '&':
        entity = "&amp;";
        break;
      case '<':
        entity = "&lt;";
        break;
      case '>':
        entity = "&gt;";
        break;
      case '"':
        entity = "&quot;";
        break;
      case '\'':
        entity = "&#39;";
        break;
      default:
        // C0 controls other than tab and line ends are not allowed in HTML
        // (and the report's own markers use two of them): U+FFFD instead.
        if (static_cast<unsigned char>(text[i]) < 0x20 && text[i] != '\t' && text[i] != '\n' &&
            text[i] != '\r') {
          entity = "\xEF\xBF\xBD";
          break;
        }
        continue;
    }
    flush(i);
    out += entity;
    plain = i + 1;
  }
  flush(text.size());
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

// Tells an input's format from its first bytes (see input_format.h).
#include "ingest/input_format.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace ct::ingest {

namespace {

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// ASCII letters lowered (as std::tolower in the C locale the tool runs in,
// without its call per byte).
std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
  return out;
}

// The bytes after a BOM, leading white space, the XML declaration, comments,
// processing instructions and a doctype: where the root element begins.
std::string_view to_root(std::string_view s) {
  if (starts_with(s, "\xEF\xBB\xBF")) s.remove_prefix(3);
  for (;;) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    std::size_t end = std::string_view::npos;
    if (starts_with(s, "<?"))
      end = s.find("?>");
    else if (starts_with(s, "<!--"))
      end = s.find("-->");
    else if (starts_with(s, "<!")) {
      // A doctype's internal subset ([...]) holds '>' of its own declarations.
      end = s.find('>');
      std::size_t subset = s.find('[');
      if (subset < end) {
        std::size_t close = s.find(']', subset);
        end = close == std::string_view::npos ? close : s.find('>', close);
      }
    } else
      return s;
    if (end == std::string_view::npos) return {};
    s.remove_prefix(end + (starts_with(s, "<!--") ? 3 : starts_with(s, "<?") ? 2 : 1));
  }
}

}  // namespace

InputFormat detect_format(std::string_view bytes) {
  if (starts_with(bytes, "%PDF-")) return InputFormat::Pdf;
  if (starts_with(bytes, "PK\x03\x04"))
    return bytes.find("word/") != std::string_view::npos ? InputFormat::Docx : InputFormat::Binary;
  std::string head = lower(bytes.substr(0, 4096));
  std::string_view root = to_root(head);
  if (starts_with(root, "<akomantoso")) return InputFormat::AkomaNtoso;
  if (starts_with(root, "<html") || head.find("<!doctype html") != std::string::npos)
    return InputFormat::Html;
  // An XML prolog too long to see past (a doctype with a large internal
  // subset): XML all the same, never plain text.
  std::string_view prolog =
      starts_with(head, "\xEF\xBB\xBF") ? std::string_view(head).substr(3) : std::string_view(head);
  while (!prolog.empty() && std::isspace(static_cast<unsigned char>(prolog.front())))
    prolog.remove_prefix(1);
  if (root.empty() && (starts_with(prolog, "<?xml") || starts_with(prolog, "<!doctype")))
    return InputFormat::OtherXml;
  if (starts_with(root, "<") && root.size() > 1 &&
      (std::isalpha(static_cast<unsigned char>(root[1])) || root[1] == '_') &&
      (starts_with(head, "<?xml") || starts_with(head, "\xEF\xBB\xBF<?xml")))
    return InputFormat::OtherXml;
  return InputFormat::Text;
}

const char* format_name(InputFormat f) {
  switch (f) {
    case InputFormat::Text:
      return "text";
    case InputFormat::AkomaNtoso:
      return "Akoma Ntoso XML";
    case InputFormat::Html:
      return "HTML";
    case InputFormat::Pdf:
      return "PDF";
    case InputFormat::Docx:
      return "Word (.docx)";
    case InputFormat::OtherXml:
      return "XML";
    case InputFormat::Binary:
      return "binary";
  }
  return "unknown";
}

bool readable_extension(std::string_view extension) {
  std::string e = lower(extension);
  return e == ".txt" || e == ".md" || e == ".xml" || e == ".akn" || e == ".html" || e == ".htm" ||
         e == ".pdf" || e == ".docx";
}

}  // namespace ct::ingest

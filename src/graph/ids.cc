// Entity ids and export node names (the escaping rules are in ids.h).
#include "graph/ids.h"

namespace ct::graph {

namespace {

bool kept(unsigned char c) {
  if (c >= 0x80) return true;  // UTF-8 of non-ASCII letters: valid in ids and anchors
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("-.@/:()+,;='").find(static_cast<char>(c)) != std::string_view::npos;
}

}  // namespace

// Hand-written: a dozen lines of percent-escaping with our own kept set; no
// Debian library offers an encoder whose safe set we can choose.
std::string entity_id(std::string_view type, std::string_view value) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string id(type);
  id += ':';
  for (unsigned char c : value) {
    if (c == ' ') {
      id += '_';
    } else if (kept(c)) {
      id += static_cast<char>(c);
    } else {
      id += '%';
      id += kHex[c >> 4];
      id += kHex[c & 15];
    }
  }
  return id;
}

std::string thread_anchor(std::string_view thread_id) {
  return "thread-" + std::string(thread_id);
}
std::string entity_anchor(std::string_view entity_id) {
  return "entity-" + std::string(entity_id);
}

std::string document_node(std::string_view document_id) {
  return "doc:" + std::string(document_id);
}
std::string clause_node(std::string_view clause_id) {
  return "clause:" + std::string(clause_id);
}
std::string thread_node(std::string_view thread_id) {
  return "thread:" + std::string(thread_id);
}

}  // namespace ct::graph

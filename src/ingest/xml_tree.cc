// libxml2 parsing and tree helpers for the XML readers (see xml_tree.h).
#include "ingest/xml_tree.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <cstring>

#include "model/error.h"
#include "text/whitespace.h"

namespace ct::ingest::xml {

namespace {

// libxml2 must be initialised once before parsers run on several threads.
void init_once() {
  static const bool done = [] {
    xmlInitParser();
    return true;
  }();
  (void)done;
}

[[noreturn]] void fail(xmlParserCtxtPtr ctxt, const std::string& display_path, const char* what) {
  const xmlError* e = ctxt ? xmlCtxtGetLastError(ctxt) : nullptr;
  std::string message = e && e->message ? e->message : "cannot be parsed";
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  int line = e ? e->line : 0, column = e ? e->int2 : 0;
  if (ctxt) xmlFreeParserCtxt(ctxt);
  throw InputError(std::string(what) + ": " + message, display_path, line, column);
}

void append_text(const xmlNode* n, std::initializer_list<const char*> skip, std::string& out) {
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content) out += reinterpret_cast<const char*>(c->content);
    } else if (c->type == XML_ELEMENT_NODE) {
      bool left_out = false;
      for (const char* s : skip) left_out = left_out || is(c, s);
      if (!left_out) append_text(c, skip, out);
    }
  }
}

}  // namespace

Document parse(const std::string& bytes, const std::string& display_path) {
  init_once();
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
  if (!ctxt) throw InputError("out of memory reading XML", display_path);
  // No XML_PARSE_NOENT (entities stay references: no expansion bomb), no
  // XML_PARSE_HUGE (libxml2's limits on text size and depth stay on), no network.
  xmlDoc* d =
      xmlCtxtReadMemory(ctxt, bytes.data(), static_cast<int>(bytes.size()), display_path.c_str(),
                        nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!d) fail(ctxt, display_path, "not well-formed XML");
  xmlFreeParserCtxt(ctxt);
  return Document(d);
}

Document parse_html(const std::string& bytes, const std::string& display_path,
                    const char* encoding) {
  init_once();
  htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
  if (!ctxt) throw InputError("out of memory reading HTML", display_path);
  htmlDocPtr d = htmlCtxtReadMemory(
      ctxt, bytes.data(), static_cast<int>(bytes.size()), display_path.c_str(), encoding,
      HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS);
  if (!d) fail(ctxt, display_path, "HTML cannot be read");
  htmlFreeParserCtxt(ctxt);
  return Document(d);
}

bool is(const xmlNode* n, const char* local_name) {
  return n && n->type == XML_ELEMENT_NODE && n->name &&
         std::strcmp(reinterpret_cast<const char*>(n->name), local_name) == 0;
}

xmlNode* child(const xmlNode* n, const char* local_name) {
  for (xmlNode* c = n ? n->children : nullptr; c; c = c->next)
    if (is(c, local_name)) return c;
  return nullptr;
}

std::string attribute(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

std::string text_of(const xmlNode* n, std::initializer_list<const char*> skip) {
  std::string raw;
  append_text(n, skip, raw);
  return text::collapse_spaces(raw);
}

}  // namespace ct::ingest::xml

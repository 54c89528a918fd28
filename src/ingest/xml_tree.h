// A small layer over libxml2's tree API for the XML readers: parsing from
// memory with no network, no entity expansion and libxml2's size limits
// (so an entity bomb or a deep nesting is an error, not a hang), element
// tests by local name, and the text of an element with white space
// collapsed as a reader sees it.
//
//   xml::Document d = xml::parse(bytes, "a.xml");     // throws InputError file:line:col
//   std::string s = xml::text_of(node, {"authorialNote"});
#pragma once

#include <libxml/tree.h>

#include <initializer_list>
#include <memory>
#include <string>

namespace ct::ingest::xml {

struct FreeDoc {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using Document = std::unique_ptr<xmlDoc, FreeDoc>;

Document parse(const std::string& bytes, const std::string& display_path);
// HTML through libxml2's HTML parser (tolerant of tag soup), same limits.
// `encoding` null: the page's own charset decides.
Document parse_html(const std::string& bytes, const std::string& display_path,
                    const char* encoding);

bool is(const xmlNode* n, const char* local_name);
xmlNode* child(const xmlNode* n, const char* local_name);  // first element child so named
std::string attribute(const xmlNode* n, const char* name);

// The text under `n`, white space runs (space, tab, line ends) collapsed to
// one space and trimmed; elements named in `skip` are left out.
std::string text_of(const xmlNode* n, std::initializer_list<const char*> skip = {});

}  // namespace ct::ingest::xml

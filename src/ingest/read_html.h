// Reads an HTML page into the plain text layout the segmenter reads: the
// visible text of the page's main content (<main> or role=main, else the one
// <article>, else <body>), one paragraph per block (p, headings, list items,
// table cells, ...), entities decoded, ordered list items given the number
// a browser shows. Structure removes what is not the document: scripts,
// styles, navigation, header, footer, asides, forms and buttons, dialogs and
// hidden elements (hidden, aria-hidden, ARIA banner/navigation/contentinfo/
// search roles). What structure cannot tell (a cookie notice in a <div>) is
// left to the chrome line rules of rules/chrome.yaml, as for any text.
//
//   ConvertedText t = read_html(bytes, "page.html");   // throws InputError
#pragma once

#include <string>

#include "ingest/read_akn.h"

namespace ct::ingest {

ConvertedText read_html(const std::string& bytes, const std::string& display_path);

}  // namespace ct::ingest

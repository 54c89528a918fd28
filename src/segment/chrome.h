// Marks the lines of a document that are web-page or PDF chrome (see
// rules/chrome.yaml): banner, navigation and newsletter lines, separators,
// page numbers and running headers repeated verbatim (unless each time
// followed by a numbered item: a heading). Patterns match whole
// lines only; head and tail patterns only before the first / after the last
// paragraph of the document.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "rules/chrome_rules.h"
#include "rules/structure_rules.h"
#include "segment/lines.h"

namespace ct::segment {

// `stopwords` (folded, may be null): a line ending with one continues.
// `meta` is set on each line whose clean text is a metadata line
// (StructureRules::meta_lines), chrome or not.
// `structure` and `abbreviations` read item markers: a repeated line that
// each time introduces a numbered item is a heading, not a running header.
void mark_chrome(std::vector<Line>& lines, const ChromeRules& rules,
                 const std::unordered_set<std::string>* stopwords, const StructureRules& structure,
                 const std::vector<std::string>& abbreviations);

}  // namespace ct::segment

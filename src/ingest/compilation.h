// Splitting a compilation (a file of many resolutions) into its items: finds
// the table of contents (kept as data, for the TOC-vs-heading check) and each
// item's heading, even irregular ones, using rules/compilation.yaml. Item
// headings are accepted only in increasing order of their numbers, so a
// resolution cited at the start of a line inside the text is not a heading.
#pragma once

#include <string>
#include <vector>

#include "model/corpus.h"
#include "rules/compilation_rules.h"

namespace ct::ingest {

struct CompilationItem {
  std::string num, session, committee;
  std::string heading;             // heading lines as printed, joined by spaces, markup removed
  std::string title;               // the subject, without the symbol and joiner word
  std::size_t begin = 0, end = 0;  // byte range of the item in the source
  int line = 0, end_line = 0;
};

struct CompilationLayout {
  std::vector<TocEntry> toc;
  std::vector<CompilationItem> items;
  std::size_t front_end = 0;  // end of the front matter (title page, TOC)
};

CompilationLayout find_compilation_items(const SourceText& text, const CompilationRules& rules);

}  // namespace ct::ingest

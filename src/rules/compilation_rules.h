// How to recognize a compilation (many resolutions in one file) and split it:
// patterns for an item's heading and for a table-of-contents entry, and the
// template of an item's id. From rules/compilation.yaml.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <string>
#include <vector>

namespace ct {

struct CompilationRules {
  std::string file;
  // A line that starts an item. Named groups: num (required); optionally
  // session and committee.
  std::vector<std::shared_ptr<const re2::RE2>> item_heading;
  // A line of the table of contents. Named groups: number, title; optionally
  // symbol and page.
  std::vector<std::shared_ptr<const re2::RE2>> toc_entry;
  // Words that join the symbol and the subject in a heading ("SUR", "ON");
  // folded. They are dropped from the start of the title.
  std::vector<std::string> title_joiners;
  // Item id template: {id} is the compilation's id, {num} the item's number.
  std::string item_id = "{id}-{num}";
  // A file not in the manifest is a compilation when it has at least this
  // many item headings in increasing order.
  int min_items = 3;
};

CompilationRules load_compilation_rules(const std::string& dir);

}  // namespace ct

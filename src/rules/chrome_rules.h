// Web-page and PDF "chrome" to strip before segmenting, from
// rules/chrome.yaml: navigation and banner lines of web dumps ("Press
// Releases|", newsletter boxes, donation banners, breadcrumbs), separators
// ("***"), page numbers, and lines repeated verbatim (running headers and
// footers). Every pattern must match a whole line, so text that belongs to the
// document is never cut.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <string>
#include <vector>

#include "rules/whole_line_set.h"

namespace ct {

// Where a chrome line may stand: anywhere, or only before the first / after
// the last paragraph of a document (banners and breadcrumbs, footers).
enum class ChromeZone { Any, Head, Tail };

// The patterns are parsed when the file is read and compiled only if their
// sets cannot answer (rules/deferred_pattern.h).
struct ChromeLine {
  std::shared_ptr<const DeferredPattern> pattern;  // matched against the whole trimmed line
  ChromeZone zone = ChromeZone::Any;
};

struct ChromeRules {
  std::string file;
  std::vector<ChromeLine> lines;
  // Separator lines ("***", "-----"): stripped, and they end a section.
  std::vector<std::shared_ptr<const DeferredPattern>> separators;
  // Page-number lines ("12", "- 12 -", "Page 3 of 9"): stripped when they
  // stand between blank lines.
  std::vector<std::shared_ptr<const DeferredPattern>> page_numbers;
  // A short line without final punctuation repeated at least `repeated_min`
  // times in one document is a running header or footer.
  int repeated_min = 2;
  int repeated_max_words = 8;

  // The patterns above as sets, each run once per line (load_chrome_rules
  // fills them): lines of zone head, of zone tail (a line reaches them only
  // after failing the zone-any patterns of line_groups), separators (tested
  // on a line as written, before its markup is cleaned).
  WholeLineSet head_lines, tail_lines, separator_lines;
  // Separators, page numbers, lines of zone any and the segmenter's metadata
  // lines (StructureRules::meta_lines) in one set: the tests every line's
  // clean text takes (bits kSeparatorGroup, ...).
  WholeLineGroups line_groups;
  static constexpr std::uint32_t kSeparatorGroup = 1, kPageNumberGroup = 2, kAnyGroup = 4,
                                 kMetaGroup = 8;
};

// Loads DIR/chrome.yaml (an absent file means no chrome rules), with the
// structure rules' `meta_lines` tested in the same pass as the chrome lines.
// Throws InputError.
ChromeRules load_chrome_rules(
    const std::string& dir, const std::vector<std::shared_ptr<const DeferredPattern>>& meta_lines);

}  // namespace ct

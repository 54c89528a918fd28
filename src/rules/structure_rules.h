// How documents are laid out, from rules/structure.yaml: the item markers that
// number paragraphs and sub-items ("1.", "(a)", "ii)", "- a.", "•"), lines
// that are document metadata rather than clauses (symbols such as
// "S/RES/2547 (2020)", adoption lines), the size limits that tell a heading,
// a title, a lead-in or a signature from a paragraph, and per-language
// participle endings that open preambular paragraphs ("Recalling",
// "Rappelant"). The segmenter (src/segment/) holds no such knowledge itself.
#pragma once

#include <re2/re2.h>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "rules/first_bytes.h"
#include "rules/whole_line_set.h"

namespace ct {

// One item-marker form. `pattern` is anchored at the start of a line (after
// spaces and bold markup) and has a named group `num` (digits, a letter or a
// roman numeral) or `bullet` (an unnumbered item). Items continue a sequence
// only in the same `style`.
struct MarkerForm {
  std::string style;  // e.g. "N.", "(x)", "bullet"
  std::shared_ptr<const re2::RE2> pattern;
  bool bullet = false;  // the pattern has a `bullet` group, not `num`
  int group = 0;        // index of that group
  FirstBytes first;     // the bytes a match opens with
};

struct StructureRules {
  std::string file;
  std::vector<MarkerForm> markers;
  // A bullet written before a numbered marker and ignored ("- 1-", "- a.").
  std::shared_ptr<const re2::RE2> decoration;
  FirstBytes decoration_first;
  // Whole-line patterns of document metadata (symbols, adoption lines),
  // compiled only if their set cannot answer (rules/deferred_pattern.h).
  std::vector<std::shared_ptr<const DeferredPattern>> meta_lines;
  // meta_lines as one set (load_structure_rules fills it), compiled when
  // first asked: the chrome rules' line groups hold them too and compile
  // them when they load (ChromeRules::line_groups), which reports a pattern
  // that does not compile.
  LazyWholeLineSet meta_line_set;
  int heading_max_words = 25;    // a heading is a short line without final punctuation
  int title_max_words = 45;      // the first heading-like block may be longer
  int lead_in_max_words = 14;    // "The Council," / "The Ministers:"
  int signature_max_words = 10;  // place and date lines closing a document
  int signature_max_blocks = 3;
  // Endings of participles that open preambular paragraphs, by language.
  std::map<std::string, std::vector<std::string>> participle_suffixes;
  // Marker numerals outside ASCII, as written, and their value: letters of
  // other alphabets counting 1, 2, 3 like a, b, c (Arabic "أ", "ب", "ج"), and
  // signs standing for roman numerals (Chinese "㈠", "㈡").
  std::map<std::string, int> alpha_numerals, roman_numerals;
  // Letters of another script written for the Latin letter they look like in
  // a marker ("с)" in Cyrillic for "c)"), and that Latin letter.
  std::map<std::string, std::string> lookalikes;
  // Reflexive pronouns that may stand before an opening verb ("Se félicitant",
  // "S'appuyant"), folded, by language.
  std::map<std::string, std::vector<std::string>> clitics;
  // Known words by language (lower case), from word lists such as the
  // headwords of a dictd dictionary index: evidence for end-of-line hyphens
  // ("inter-" / "national" is "international", "broad-" / "based" keeps its
  // hyphen). A list whose file is missing is skipped.
  std::map<std::string, std::unordered_set<std::string>> words;
  // The word lists' files by language, as the rules name them.
  std::map<std::string, std::vector<std::string>> word_list_files;
};

// Loads DIR/structure.yaml (an absent file means no markers and default
// limits). Throws InputError (file, line, column) on any problem. With
// `only`, the word lists of those languages alone are read.
StructureRules load_structure_rules(const std::string& dir,
                                    const std::set<std::string>* only = nullptr);
// The same in two steps: every rule but the word lists (no language enters
// them: they may load before the documents' languages are known, `diff`),
// with the same errors in the same order; then the word lists of `only`.
StructureRules load_structure_rules_but_words(const std::string& dir);
void read_word_lists(StructureRules& rules, const std::set<std::string>* only);

}  // namespace ct

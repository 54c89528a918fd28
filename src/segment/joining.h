// Whether a line continues the paragraph of the line before it: undoing the
// hard line breaks of PDF conversions and page breaks without merging two
// paragraphs. Signals, strongest first: a hyphenated or soft-hyphenated line
// end, an unclosed bold heading, a lower-case continuation, the final
// punctuation of the previous line (abbreviations from rules/lang are not
// sentence ends), a previous line ending with a function word, the line's
// length against the document's wrap width, the blank lines between them, and
// whether the next line opens with a preambular phrase or an operative verb.
// Also: end-of-line hyphens ("Haut-\nCommissaire" keeps its hyphen,
// "pro-\nposition" loses it).
#pragma once

#include <string_view>
#include <unordered_set>

#include "segment/layout.h"
#include "segment/lines.h"
#include "segment/verbs.h"

namespace ct::segment {

enum class Join { Continue, Break, Tail };

struct JoinContext {
  const Layout& layout;
  const Verbs& verbs;
  const std::unordered_set<std::string>* stopwords = nullptr;  // folded, may be null
  int heading_max_words = 25;
  bool bold_open = false;    // the paragraph opened with "**" not yet closed
  bool in_sub_item = false;  // the paragraph is a sub-item of a list
  int block_lines = 1;       // lines already in the paragraph
  bool item = false;         // the paragraph opened with an item marker
  // The language opens paragraphs in lower case (Russian "ссылаясь", German
  // "unter Hinweis"): across a paragraph gap, lower case does not continue.
  bool lower_opens = false;
};

// Does `b` (with `gap` blank or stripped lines before it) continue `a`?
// Tail: `b` starts a new paragraph that ends the parent of a list ("and
// further requests ..." after "(v) ...;").
Join decide_join(const Line& a, const Line& b, int gap, const JoinContext& c);

// Keep the hyphen when "left-" ends a line and "right" starts the next? The
// document decides first (the hyphenated or the closed form written
// elsewhere in `document`), then the word list (a closed word it knows:
// "inter-" / "national"); failing that, the hyphen is kept before a capital,
// a digit or a function word, and between two words ("socio-" / "economic",
// "ex-" / "combattants"), and dropped inside a word split into syllables
// ("impor-" / "tance").
// `words` (lower case, may be null) is the language's word list: a closed
// form it knows wins over the rules ("inter-" / "national").
bool keep_hyphen(std::string_view document, std::string_view left, std::string_view right,
                 const std::unordered_set<std::string>* stopwords,
                 const std::unordered_set<std::string>* words = nullptr);

}  // namespace ct::segment

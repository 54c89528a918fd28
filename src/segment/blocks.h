// Blocks: the paragraphs and items of a document, built in one pass over its
// lines. Each line either starts a new block (an item marker that fits the
// numbering, or a paragraph break decided by joining.h) or continues the open
// one; continued lines are joined with one space, or with nothing across an
// end-of-line hyphen. A block keeps its marker, depth, parent and section.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "rules/structure_rules.h"
#include "segment/layout.h"
#include "segment/lines.h"
#include "segment/markers.h"
#include "segment/markup.h"
#include "segment/numbering.h"
#include "segment/verbs.h"

namespace ct::segment {

struct Block {
  std::vector<std::size_t> lines;  // indices into the document's lines
  CleanText text;                  // joined clean text, the marker left out
  std::optional<Marker> marker;    // an accepted item marker
  NumberKind kind = NumberKind::None;
  int value = 0;                // position in its sequence (bullets too)
  bool heading_number = false;  // a numbered heading ("II. Mandate")
  bool tail = false;            // closes its parent after a list ("and further requests ...")
  bool irregular = false;       // skipped or repeated number
  int depth = 0;
  std::optional<std::size_t> parent;  // index of the enclosing block
  int section = 1;                    // numbering section (restarts open a new one)
  bool after_separator = false;       // a separator line ("***") comes before it

  // Features of the joined text.
  Ending ending = Ending::None;
  int words = 0;
  bool caps = false;
  // A metadata line (Line::meta), known when the text is one whole line's.
  std::optional<bool> meta;

  bool numbered() const { return marker && !marker->bullet; }
};

struct BlockInput {
  std::vector<Line>& lines;  // a line's clean text moves into the block it opens whole
  const Layout& layout;
  const StructureRules& structure;
  const Verbs& verbs;
  const std::vector<std::string>& abbreviations;
  const std::unordered_set<std::string>* stopwords;
  const std::unordered_set<std::string>* words;  // the language's word list, may be null
  std::string_view document;  // the document's source text, for hyphenation evidence
  bool lower_opens = false;   // the language opens paragraphs in lower case (rules/lang)
};

std::vector<Block> build_blocks(const BlockInput& in);

// Heading-like: short, and without final punctuation other than a colon.
bool heading_like(const Block& b, int max_words);

}  // namespace ct::segment

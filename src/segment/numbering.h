// The numbering of items within a document: which sequence an item marker
// continues ("9." after "8.", "ii." after "i.", "(i)" after "(h)" as a
// letter), which opens a sub-list ("i." after "8. Exigé que les parties :"), and
// which restarts the numbering in a later section ("1." after "11."), and
// which runs a sub-list on under the next item ("(g)" under "(ii)" after
// "(a)"-"(f)" under "(i)"). A
// marker that fits no sequence is not a marker at all: "2022. Il a ..." at the
// start of a wrapped line stays text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "segment/lines.h"
#include "segment/markers.h"

namespace ct::segment {

enum class NumberKind { None, Arabic, Alpha, Roman, Bullet };

// Where an accepted marker puts its item.
struct Placement {
  std::size_t level = 0;  // depth of the item (0: top level)
  NumberKind kind = NumberKind::None;
  int value = 0;                      // 1-based position in its sequence
  bool push = false;                  // opens a new sub-list
  bool anchored = false;              // the sub-list belongs to an unnumbered paragraph (`parent`)
  bool restart = false;               // starts the top level afresh
  bool irregular = false;             // a skipped or repeated number
  std::optional<std::size_t> parent;  // block of the enclosing item
};

// What the text around a marker says.
struct MarkerContext {
  bool first = false;                 // nothing before it in the document
  Ending prev = Ending::None;         // how the previous line ends
  bool paragraph_gap = false;         // more blank lines than within a paragraph
  bool lower_after = false;           // the item's text starts in lower case
  bool heading_since_item = false;    // a heading or separator since the last top-level item
  std::optional<std::size_t> anchor;  // an unnumbered paragraph ending with ':' that may own a list
};

class Numbering {
 public:
  std::optional<Placement> place(const Marker& m, const MarkerContext& c) const;
  void commit(const Marker& m, const Placement& p, std::size_t block);
  // An unnumbered paragraph: lists hanging from a paragraph, and top-level
  // bullet lists, end here.
  void unnumbered_paragraph();
  int section() const { return section_; }

 private:
  struct Level {
    std::string style;
    NumberKind kind = NumberKind::None;
    int last = 0;
    std::size_t block = 0;
    bool anchor = false;
  };
  std::optional<std::size_t> parent_of(std::size_t level) const;

  std::vector<Level> stack_;
  // The last sub-list closed by the next item at the level above it (depth
  // `closed_depth_`): its numbering may run on under the new item.
  std::optional<Level> closed_;
  std::size_t closed_depth_ = 0;
  int section_ = 1;
  bool top_used_ = false;  // a top-level numbered sequence has been seen
};

}  // namespace ct::segment

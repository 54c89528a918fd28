// The layout of a document's lines: whether its paragraphs are hard-wrapped
// (PDF conversions: lines of similar width, a paragraph continuing on the
// next line), the typical width of a wrapped line, and the usual number of
// blank lines between two lines of one paragraph (1 in double-spaced
// conversions). Measured from the pairs of lines that certainly continue one
// another: a line without final punctuation followed by a lower-case line.
#pragma once

#include <vector>

#include "segment/lines.h"

namespace ct::segment {

struct Layout {
  bool wrapped = false;
  int width = 0;     // typical length of a wrapped line, in code points
  int line_gap = 0;  // blank lines between the lines of one paragraph
};

Layout measure_layout(const std::vector<Line>& lines);

}  // namespace ct::segment

// Reads a Word document (.docx, Office Open XML) through libzip and libxml2
// into the plain text layout the segmenter reads: one paragraph per w:p of
// the body (tables' cells included), the numbers Word's automatic numbering
// shows put back in front of numbered paragraphs (word/numbering.xml: start,
// format and level text per level, deeper levels restarting), and tracked
// changes read as accepted (insertions and moves-to kept, deletions and
// moves-from dropped). Entries are size-checked before they are inflated, so
// a zip bomb is refused, not expanded. The language and date come from
// docProps when stated.
//
//   ConvertedText t = read_docx(bytes, "draft.docx");   // throws InputError
#pragma once

#include <string>

#include "ingest/read_akn.h"

namespace ct::ingest {

ConvertedText read_docx(const std::string& bytes, const std::string& display_path);

}  // namespace ct::ingest

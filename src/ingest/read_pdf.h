// Reads a PDF through poppler-cpp into the plain text layout the segmenter
// reads: the words of each page in poppler's reading order, gathered into
// lines by position, a blank line where the gap between two lines is wider
// than the document's usual line spacing (a new paragraph) and between
// pages. Running headers and footers (a page's first or last lines that
// recur, digits aside, on most pages) and page numbers are removed; a
// paragraph cut by a page break and hyphenation are undone by the
// segmenter as for any text. Encrypted, damaged or textless PDFs are one
// error naming the file.
//
//   ConvertedText t = read_pdf(bytes, "report.pdf");   // throws InputError
#pragma once

#include <string>

#include "ingest/read_akn.h"

namespace ct::ingest {

ConvertedText read_pdf(const std::string& bytes, const std::string& display_path);

}  // namespace ct::ingest

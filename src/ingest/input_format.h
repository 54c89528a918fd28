// Which format an input file is in, told from its content (the first bytes
// and the root element), not only from its name: plain text, Akoma Ntoso XML,
// HTML, or a format clausetrack names but does not read (PDF, Word, other XML).
//
//   InputFormat f = detect_format(bytes);   // InputFormat::AkomaNtoso for <akomaNtoso ...>
#pragma once

#include <string_view>

namespace ct::ingest {

enum class InputFormat { Text, AkomaNtoso, Html, Pdf, Docx, OtherXml, Binary };

InputFormat detect_format(std::string_view bytes);

// "Akoma Ntoso XML", "PDF", ... for messages.
const char* format_name(InputFormat f);

// Whether a file name's extension is one of the formats a corpus folder
// reads when the file is not listed in the manifest (.txt, .md, .xml, .akn,
// .html, .htm, .pdf, .docx).
bool readable_extension(std::string_view extension);

}  // namespace ct::ingest

// Reads an Akoma Ntoso XML document (AKN 3.0, e.g. AKN4UN resolutions) into
// the plain text layout the segmenter reads: one paragraph per block, blank
// lines between. The cover page gives the symbol and title lines; every
// paragraph of the preamble (formula and recitals) is one paragraph; in the
// body, each paragraph, point and list intro becomes a paragraph opened by
// its <num>, headings their own; wrap-ups follow their list. Nothing of
// <meta> reaches the text: the adoption date, language and symbol come from
// the FRBR block as metadata. Footnotes (authorialNote) are left out.
//
//   ConvertedText t = read_akn(bytes, "S-RES-2543-2020.en.xml");   // throws InputError
#pragma once

#include <string>

namespace ct::ingest {

// Metadata an input format states (empty when it does not).
struct StatedMetadata {
  std::string date;      // ISO 8601
  std::string language;  // as written: "eng", "fr", ...
  std::string symbol;    // "S/RES/2543 (2020)"
};

struct ConvertedText {
  std::string text;
  StatedMetadata metadata;
};

ConvertedText read_akn(const std::string& bytes, const std::string& display_path);

}  // namespace ct::ingest

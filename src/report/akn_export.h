// One document's clauses as Akoma Ntoso 3.0 XML (`clausetrack export DOC
// --format akn`): FRBR metadata from the document's (date, language, symbol),
// the preambular clauses as p's of the preamble, the operative ones as
// paragraphs (num, content) of the main body with their sub-items nested as
// points, every clause referring to its thread (refersTo="#thread-ID", a
// TLCConcept of the references). The Akoma Ntoso reader (ingest/read_akn.h)
// reads it back as the same clauses.
//
//   std::string xml = report::akn_export(corpus, doc, {"eng", "xx", "2026-01-31"});
#pragma once

#include <cstddef>
#include <string>

#include "model/corpus.h"

namespace ct::report {

struct AknOptions {
  std::string language;   // ISO 639-2 ("eng"), as FRBRlanguage wants it
  std::string country;    // FRBRcountry: "xx" when no jurisdiction is known
  std::string generated;  // the manifestation's date, ISO 8601
};

std::string akn_export(const Corpus& corpus, std::size_t doc, const AknOptions& o);

}  // namespace ct::report

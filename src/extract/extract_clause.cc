// PLACEHOLDER (to be replaced by the real extractor): finds nothing.
#include "extract/extract.h"

namespace ct::extract {

std::vector<Entity> extract_clause(const Corpus&, const Clause&, const Rules&) { return {}; }

}  // namespace ct::extract

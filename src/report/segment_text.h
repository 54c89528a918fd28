// The text form of `clausetrack segment`: per document a header line, then one
// line per clause: local id, role, source lines, the lead verb's action and
// strength for operative clauses, the text indented by depth. (The JSON form
// is tracker_json.h's segment_json.)
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/corpus.h"

namespace ct::report {

std::string segment_text(const Corpus& corpus, const std::vector<std::size_t>& docs);

}  // namespace ct::report

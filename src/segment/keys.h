// Clause numbers, keys and ids. A printed number composes with its parents'
// ("8.ii", "24.a"); unnumbered clauses get a positional key ("title", "h.2",
// "pre.3", "op.4", "p.5", "sig"; bullets "9.ii-1" under their item or "li.N";
// the text closing a list "55.end"). The id is DOC/NUMBER when the whole
// chain is numbered, DOC/KEY otherwise; numbers of a later numbering section
// are prefixed "s2.", "s3." so ids stay unique, and any remaining clash gets
// "~2", "~3".
#pragma once

#include <string>
#include <vector>

#include "segment/blocks.h"
#include "segment/roles.h"

namespace ct::segment {

struct ClauseName {
  std::string number;  // printed, composed; "" if none
  std::string key;
  std::string id;
};

std::vector<ClauseName> name_clauses(const std::vector<Block>& blocks,
                                     const std::vector<BlockRole>& roles,
                                     const std::string& doc_id);

}  // namespace ct::segment

// Roles of blocks: title, headings and lead-ins, preambular and operative
// paragraphs, narrative paragraphs, list items, document metadata (other)
// and the closing signature. Decided by position (the first heading-like
// block is the title; unnumbered paragraphs between a lead-in and the first
// operative paragraph are preambular; place and date lines closing a document
// are its signature) and by the opening words (verbs.h). Numbered paragraphs
// are operative in a resolution-like section (a preamble or a lead-in before
// them, or mostly opening with an operative verb) and narrative otherwise
// ("1. Une réunion ... s'est tenue"). Operative clauses get their lead verb.
#pragma once

#include <optional>
#include <vector>

#include "model/enums.h"
#include "rules/structure_rules.h"
#include "segment/blocks.h"
#include "segment/verbs.h"

namespace ct::segment {

struct BlockRole {
  Role role = Role::Other;
  std::optional<LeadVerb> lead;
  bool signature = false;  // part of the closing signature (merged into one clause)
};

// `tokens`, when given, holds the analyzer's tokens of each block's text
// (empty for a block not tokenized): its opening words are read from them.
std::vector<BlockRole> assign_roles(const std::vector<Block>& blocks,
                                    const StructureRules& structure, const Verbs& verbs,
                                    const std::vector<std::vector<Token>>* tokens = nullptr);

}  // namespace ct::segment

// Spelling variants of one language ("ise=ize", "our=or"): whether two
// folded words are the same word written in two varieties or as an
// irregular form ("organisation" / "organization", "crisis" / "crises").
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace ct::text {

// One variant: the folded letters on each side of "=".
using Variant = std::pair<std::string, std::string>;

// Parses "ise=ize" entries (folded); entries without "=" are skipped.
std::vector<Variant> parse_variants(const std::vector<std::string>& entries);

// Whether `a` becomes `b`, or a form of it ("authorise" -> "authorizes"), by
// replacing one or every occurrence of one side of a variant by the other.
bool spelling_variant(const std::string& a, const std::string& b,
                      const std::vector<Variant>& variants);

}  // namespace ct::text

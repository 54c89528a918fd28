// Case folding and accent stripping, the comparison form of words ("Exigé" ->
// "exige", "ÉTRANGÈRES" -> "etrangeres", "œuvre" -> "oeuvre").
#pragma once

#include <string>
#include <string_view>

namespace ct::text {

// Lower case (Unicode case folding), accents kept.
std::string lower(std::string_view s);
// Lower case, accents and other combining marks removed, compatibility forms
// and ligatures expanded (NFKD), typographic apostrophes as ASCII.
std::string fold(std::string_view s);

}  // namespace ct::text

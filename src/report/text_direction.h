// The writing direction of a document language, for the `dir` attribute of
// every element that quotes corpus text ("rtl" for Arabic, "ltr" for English).
#pragma once

#include <string>

namespace ct::report {

// "rtl" or "ltr" for a BCP 47 / ISO 639 language code; "ltr" when unknown or
// empty. ICU's locale data decides (no list of languages kept here).
std::string text_direction(const std::string& language);

}  // namespace ct::report

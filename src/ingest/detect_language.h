// Language detection by counting each language's frequent words (from
// rules/lang/*.yaml `detect`); good enough for whole documents and drafts.
#pragma once

#include <string>
#include <string_view>

#include "rules/rules.h"

namespace ct::ingest {

// The code of the language whose frequent words occur most in `text`, or the
// first language of the rules when none occurs.
std::string detect_language(std::string_view text, const Rules& rules);

}  // namespace ct::ingest

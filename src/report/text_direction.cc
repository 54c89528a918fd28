// text_direction through ICU's locale data (Locale::isRightToLeft, which
// looks up the likely script of the language).
#include "report/text_direction.h"

#include <unicode/locid.h>

namespace ct::report {

std::string text_direction(const std::string& language) {
  if (language.empty()) return "ltr";
  icu::Locale locale(language.c_str());
  if (locale.isBogus()) return "ltr";
  return locale.isRightToLeft() ? "rtl" : "ltr";
}

}  // namespace ct::report

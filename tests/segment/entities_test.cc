// HTML numeric character references in a text: one naming no character (a
// surrogate, NUL, past U+10FFFF) becomes U+FFFD, so clause text stays valid
// UTF-8 (segment/markup.cc).
#include <catch2/catch.hpp>

#include "support/segment_support.h"
#include "support/test_support.h"
#include "text/utf8.h"

namespace {

const std::string& kText = ct::test::kNoCharacterReferences;
const std::string& kReplacement = ct::test::kReplacementCharacter;

}  // namespace

TEST_CASE("numeric references to no character segment as U+FFFD", "[segment][utf8]") {
  auto s = ct::test::segment_text(kText, "en");
  const ct::Clause& c = ct::test::need(s, "1");
  CHECK(ct::text::invalid_utf8_offset(c.text) == ct::text::kValid);
  CHECK(c.text.find("again " + kReplacement + " and " + kReplacement + " and " + kReplacement +
                    " and " + kReplacement + " and " + kReplacement + " then A in") !=
        std::string::npos);
}

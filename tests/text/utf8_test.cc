// Valid UTF-8 out, whatever came in: surrogates and values past U+10FFFF are
// appended as U+FFFD, and ill-formed bytes are replaced at the writer edge.
#include "text/utf8.h"

#include <catch2/catch.hpp>

using ct::text::invalid_utf8_offset;
using ct::text::kValid;

TEST_CASE("append writes U+FFFD for surrogates and values past U+10FFFF", "[text][utf8]") {
  for (char32_t cp : {char32_t{0xD800}, char32_t{0xDBFF}, char32_t{0xDFFF}, char32_t{0x110000},
                      char32_t{0xFFFFFFFF}}) {
    std::string s;
    ct::text::append(s, cp);
    INFO(static_cast<unsigned long>(cp));
    CHECK(s == "\xEF\xBF\xBD");
  }
  std::string ok;
  ct::text::append(ok, 0x10FFFF);
  ct::text::append(ok, 0xE9);
  CHECK(ok == "\xF4\x8F\xBF\xBF\xC3\xA9");
}

TEST_CASE("make_valid_utf8 replaces ill-formed bytes and keeps valid text", "[text][utf8]") {
  std::string valid = "d\xC3\xA9j\xC3\xA0 \xE2\x80\x94 \xF0\x9F\x98\x80";
  std::string copy = valid;
  ct::text::make_valid_utf8(copy);
  CHECK(copy == valid);

  std::string s =
      "a\xED\xA0\x80"       // an encoded surrogate
      "b\xC3"               // a cut sequence
      "c\xFF"               // a byte that never occurs
      "d\xF4\x90\x80\x80";  // past U+10FFFF
  CHECK(invalid_utf8_offset(s) == 1);
  ct::text::make_valid_utf8(s);
  CHECK(invalid_utf8_offset(s) == kValid);
  CHECK(s.rfind("a\xEF\xBF\xBD", 0) == 0);
  CHECK(s.find("b\xEF\xBF\xBD"
               "c\xEF\xBF\xBD"
               "d\xEF\xBF\xBD") != std::string::npos);
}

TEST_CASE("invalid_utf8_offset finds a bad byte at any offset of a long ASCII run",
          "[text][utf8]") {
  for (std::size_t at = 0; at < 40; ++at) {
    std::string s(40, 'a');
    CHECK(invalid_utf8_offset(s) == kValid);
    s[at] = '\xff';
    INFO(at);
    CHECK(invalid_utf8_offset(s) == at);
    // A valid two-byte character before it keeps the offset exact.
    std::string t = "\xc3\xa9" + s;
    CHECK(invalid_utf8_offset(t) == at + 2);
    // A truncated sequence at the very end.
    std::string u(at, 'b');
    u += '\xc3';
    CHECK(invalid_utf8_offset(u) == at);
  }
}

TEST_CASE("all_upper: every character an upper-case letter, in any script", "[text][utf8]") {
  CHECK(ct::text::all_upper("UNISFA"));
  CHECK(ct::text::all_upper("ÉTAT"));
  CHECK(ct::text::all_upper("СЕВЕР"));
  CHECK_FALSE(ct::text::all_upper("UNISFa"));
  CHECK_FALSE(ct::text::all_upper("UN-1"));
  CHECK_FALSE(ct::text::all_upper("Сalls"));
}

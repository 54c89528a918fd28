// Roman numerals: canonical spellings in one case are read, the rest refused.
#include "text/roman.h"

#include <catch2/catch.hpp>

using ct::text::roman_value;

TEST_CASE("roman_value reads canonical numerals in either case", "[text][roman]") {
  CHECK(roman_value("vii") == 7);
  CHECK(roman_value("VII") == 7);
  CHECK(roman_value("xiv") == 14);
  CHECK(roman_value("XLIX") == 49);
  CHECK(roman_value("mmxxi") == 2021);
}

TEST_CASE("roman_value refuses what is not a numeral", "[text][roman]") {
  CHECK(roman_value("") == 0);
  CHECK(roman_value("iiii") == 0);  // not canonical
  CHECK(roman_value("vx") == 0);
  CHECK(roman_value("Vii") == 0);              // mixed case
  CHECK(roman_value("vic") == 0);              // letters, not a numeral
  CHECK(roman_value("mmmdccclxxxviii") == 0);  // longer than eight letters
}

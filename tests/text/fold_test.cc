// text::fold: lower case, compatibility forms and marks stripped, the
// ligatures and apostrophes spelt out. A text of valid UTF-8 folds run by run
// (its ASCII bytes lowered, each run of other characters through utf8proc
// alone): the same as the whole text through utf8proc, including marks
// after an ASCII letter and marks in any order; invalid UTF-8 goes whole.
#include "text/fold.h"

#include <catch2/catch.hpp>

using ct::text::fold;

TEST_CASE("fold lowers, strips marks and spells out ligatures", "[text][fold]") {
  CHECK(fold("Security COUNCIL") == "security council");
  CHECK(fold("\xC3\x89T\xC3\x89 d\xC3\xA9j\xC3\xA0") == "ete deja");  // ÉTÉ déjà
  CHECK(fold("Cafe\xCC\x81 na\xC3\xAFve") == "cafe naive");           // combining acute
  CHECK(fold("\xCC\x81"
             "abc") == "abc");  // a mark first
  CHECK(fold("A\xCC\xA3\xCC\x81"
             "B A\xCC\x81\xCC\xA3"
             "B") == "ab ab");  // marks in either order
  CHECK(fold("Member States\xE2\x80\x99 \xC5\x93uvre Stra\xC3\x9F"
             "e") == "member states' oeuvre strasse");
  CHECK(fold("\xEF\xAC\x81le \xE2\x91\xA0 \xC4\xB0stanbul") == "file 1 istanbul");  // ﬁ ① İ
  // Arabic: tatweel dropped, alef wasla and alef maksura as plain letters,
  // Arabic-Indic digits as ASCII ones.
  CHECK(fold("\xD9\x80\xD9\xB1\xD9\x89 \xD9\xA3") == "\xD8\xA7\xD9\x8A 3");
  CHECK(fold("\xE4\xB8\xAD\xE5\x9B\xBD ABC") == "\xE4\xB8\xAD\xE5\x9B\xBD abc");
}

TEST_CASE("fold leaves a text of invalid UTF-8 unfolded", "[text][fold]") {
  // utf8proc refuses the whole text: its characters are kept, ASCII included,
  // the invalid byte read as U+FFFD.
  CHECK(fold("ABC \xFF \xC3\x89") == "ABC \xEF\xBF\xBD \xC3\x89");
}

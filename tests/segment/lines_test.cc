// Line measurements: measure() gives, in one pass, what text::length,
// word_count and mostly_capitals give each on its own.
#include "segment/lines.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "text/utf8.h"

using ct::segment::measure;
using ct::segment::mostly_capitals;
using ct::segment::word_count;

TEST_CASE("measure agrees with length, word_count and mostly_capitals", "[lines]") {
  std::string many;
  for (int i = 0; i < 250; ++i) many += "word ";
  std::string capitals;
  for (int i = 0; i < 120; ++i) capitals += "ABCD e";
  const std::vector<std::string> texts = {
      "",
      " ",
      "a",
      "The Security Council, ",
      "DECIDES TO REMAIN SEIZED",
      "II. MANDATE",
      "- * -- 12 (a)",
      "Décide de rester saisi de la question ; et",
      "ПОСТАНОВЛЯЕТ продолжать заниматься этим вопросом.",
      "يقرر أن يبقي المسألة قيد نظره الفعلي،",
      "决定继续积极处理此案。 安全理事会",
      "中文 English 混合 12 ab",
      "bad \xC3 byte \xFF\xFE end \xE4\xB8",
      many,
      capitals,
      many + "决定继续积极处理此案",
  };
  for (const auto& t : texts) {
    INFO(t);
    auto m = measure(t);
    CHECK(m.length == static_cast<int>(ct::text::length(t)));
    CHECK(m.words == word_count(t));
    CHECK(m.caps == mostly_capitals(t));
  }
  // The figures themselves, so agreement is not agreement on a wrong answer.
  CHECK(measure("DECIDES TO REMAIN SEIZED").caps);
  CHECK(measure("DECIDES TO REMAIN SEIZED").words == 4);
  CHECK(measure("Décide").length == 6);
  CHECK(measure(many).words == ct::segment::kManyWords);
}

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

namespace {

// mostly_capitals as its contract states it, one code point at a time: the
// first 400 letters (of any script with case), at least 70% capitals, and
// at most 120 lower-case among them.
bool capitals_reference(const std::string& t) {
  int letters = 0, capitals = 0;
  for (std::size_t i = 0; i < t.size() && letters < 400;) {
    char32_t c = ct::text::decode(t, i);
    if (ct::text::is_upper(c)) {
      ++letters;
      ++capitals;
    } else if (ct::text::is_lower(c)) {
      ++letters;
    }
  }
  return letters - capitals <= 120 && letters >= 2 && capitals * 10 >= letters * 7;
}

}  // namespace

TEST_CASE("measure and mostly_capitals read ASCII runs eight bytes at a time as one by one",
          "[lines]") {
  // Texts of every length up to 1,500 bytes mixing ASCII letters, capitals,
  // digits, spaces and punctuation with two-, three-byte and invalid
  // sequences at every offset; some mostly capitals, near the 400-letter
  // and 120-lower-case limits.
  const std::vector<std::string> pieces = {
      "a",    "B", "7", " ", " ", ".", "-", "\xC3\xA9", "\xD0\x94", "\xD0\xB4", "\xE5\xAE\x89",
      "\xFF", "\t"};
  std::uint32_t seed = 12345;
  auto next = [&] {
    seed = seed * 1103515245u + 12345u;
    return seed >> 8;
  };
  int capitals_seen = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string t;
    const std::size_t size = next() % 1500;
    const std::uint32_t capital_share = next() % 100, other_share = next() % 20;
    while (t.size() < size) {
      std::uint32_t r = next() % 100;
      if (r < other_share)
        t += pieces[4 + next() % (pieces.size() - 4)];
      else if (r < other_share + 15)
        t += ' ';
      else if (next() % 100 < capital_share)
        t += static_cast<char>('A' + next() % 26);
      else
        t += pieces[next() % 3];
    }
    INFO(t);
    auto m = measure(t);
    CHECK(m.length == static_cast<int>(ct::text::length(t)));
    CHECK(m.words == word_count(t));
    CHECK(m.caps == capitals_reference(t));
    CHECK(mostly_capitals(t) == capitals_reference(t));
    capitals_seen += m.caps;
  }
  CHECK(capitals_seen > 100);  // the capitals case is exercised, not only its negation
}

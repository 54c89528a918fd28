// One paragraph of many lines is one clause whose text is its lines joined
// by spaces (the block builder keeps its counts as it goes rather than
// recounting the paragraph at every line); past the limit of one clause's
// size, a paragraph or a line is an InputError naming the file and line.
// Correctness only; speed is measured by bench/long_input.sh.
#include <catch2/catch.hpp>
#include <string>

#include "model/error.h"
#include "segment/segment.h"
#include "support/segment_support.h"

using namespace ct;
using namespace ct::test;

TEST_CASE("A paragraph of 50,000 lines is one clause", "[segment][long]") {
  std::string text = "The Security Council,\n\n1. Recalls\n";
  std::string joined = "Recalls";
  for (int i = 0; i < 50000; ++i) {
    std::string line = i % 3 == 0 ? "the **words** of line " + std::to_string(i)
                                  : "and more words " + std::to_string(i);
    text += line + "\n";
    joined += " " + (i % 3 == 0 ? "the words of line " + std::to_string(i) : line);
  }
  text += "and decides to remain seized of the matter.\n";
  joined += " and decides to remain seized of the matter.";
  Segmented s = segment_text(text, "en");
  const Clause& c = need(s, "1");
  CHECK(c.line == 3);
  CHECK(c.end_line == 50004);
  CHECK(c.text == joined);
}

namespace {

// `text` (in huge.txt) is refused at line 3 with a message holding `says`.
void refused(const std::string& text, const std::string& says) {
  try {
    segment_text(text, "en", "huge.txt");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.file().find("huge.txt") != std::string::npos);
    CHECK(e.line() == 3);
    CHECK(e.what_only().find(says) != std::string::npos);
  }
}

}  // namespace

TEST_CASE("A clause longer than the limit is refused with its file and line", "[segment][long]") {
  // Distinct lines: a line repeated many times would be page furniture.
  std::string word = "words and more words ";
  int n = 0;
  SECTION("one line") {
    std::string text = "The Security Council,\n\n1. ";
    while (text.size() <= segment::kMaxClauseBytes + 100) text += word;
    text += "\n";
    refused(text, "limit of 4 MiB");
  }
  SECTION("a paragraph of many lines") {
    std::string text = "The Security Council,\n\n1. Recalls\n";
    while (text.size() <= segment::kMaxClauseBytes + 100) text += word + std::to_string(n++) + "\n";
    refused(text, "paragraph of");
  }
  SECTION("just below the limit") {
    std::string text = "The Security Council,\n\n1. Recalls\n";
    while (text.size() <= segment::kMaxClauseBytes - 1000)
      text += word + std::to_string(n++) + "\n";
    Segmented s = segment_text(text, "en", "big.txt");
    CHECK(need(s, "1").text.size() > segment::kMaxClauseBytes - 2000);
  }
}

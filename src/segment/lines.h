// The physical lines of a document's byte range, each with its clean text
// (markup removed) and the few features the segmenter reasons with: how it
// ends (sentence, semicolon, colon, comma, nothing), how it starts (lower or
// upper case, digit), its length and words, capitals, bold and hyphenation.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/corpus.h"
#include "segment/markup.h"

namespace ct::segment {

enum class Ending { None, Sentence, Semicolon, Colon, Comma };

struct Line {
  int number = 0;                  // 1-based source line
  std::size_t begin = 0, end = 0;  // content without surrounding spaces, in the source
  bool blank = false;              // nothing but spaces
  bool chrome = false;             // web/PDF furniture: ignored
  bool separator = false;          // "***": ignored, and ends a section
  bool skip = false;               // not a clause (table of contents)
  bool meta = false;               // document metadata (a symbol line): a block of its own
  CleanText clean;                 // markup removed, spaces collapsed
  std::string_view raw;  // the line as written, without surrounding spaces (in the source)

  // Features of `clean.text` (and of the raw bytes for markup).
  Ending ending = Ending::None;  // last significant punctuation (abbreviations are not endings)
  char32_t first = 0;  // first letter or digit (after opening quotes); 0 after other punctuation
  int length = 0;      // code points
  int words = 0;
  bool caps = false;        // mostly capital letters
  bool bold_start = false;  // raw text opens with "**"
  bool bold_end = false;    // raw text closes with "**"
  int bold_marks = 0;       // "**" pairs in the raw text
  bool hyphen_end = false;  // a letter and a hyphen end the raw line ("pro-")
  bool soft_hyphen_end = false;
  bool hard_break = false;  // raw line ends with two spaces (Markdown line break)
  std::string last_word;    // folded
  bool empty() const { return blank || chrome || separator || skip; }
};

// Splits [doc.begin, doc.end) into lines. `abbreviations` (as written, e.g.
// "M.", "No.") keep a final period from counting as a sentence end.
std::vector<Line> split_lines(const Document& doc, const std::vector<std::string>& abbreviations);

// Features of a clean text (shared with blocks).
Ending ending_of(std::string_view text, const std::vector<std::string>& abbreviations);
// First letter or digit, skipping opening brackets and quotes; 0 when the
// text opens with other punctuation.
char32_t first_alnum(std::string_view text);
// Words (runs of non-spaces holding a letter or digit), counted up to
// kManyWords: every limit the segmenter uses is far below.
constexpr int kManyWords = 200;
int word_count(std::string_view text);
// Mostly capital letters (judged on the first 400 letters).
bool mostly_capitals(std::string_view text);
// Length in code points, word_count and mostly_capitals of a text, in one pass.
struct Measure {
  int length = 0;
  int words = 0;
  bool caps = false;
};
Measure measure(std::string_view text);
bool is_lower_letter(char32_t c);
bool is_upper_letter(char32_t c);
bool is_digit_char(char32_t c);

}  // namespace ct::segment

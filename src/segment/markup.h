// Clean text: source bytes with conversion markup removed ("**bold**",
// "<sup>ème</sup>", "^{ème}", "<i>..</i>", "\*" escapes, HTML entities),
// spaces collapsed, and a map (TextRun) from every kept byte back to the
// source, so positions in a clause's one-line text still point into the file.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/corpus.h"

namespace ct::segment {

struct CleanText {
  std::string text;
  std::vector<TextRun> runs;

  // Appends source[begin, end) with markup removed and spaces collapsed.
  void append_source(std::string_view source, std::size_t begin, std::size_t end);
  // Appends text[from, to) of `other`, with its runs.
  void append(const CleanText& other, std::size_t from, std::size_t to);
  void append(const CleanText& other) { append(other, 0, other.text.size()); }
  // One separating space (never leading, never doubled).
  void space();
  // Removes trailing spaces.
  void trim_end();
  // Source offset of a text offset.
  std::size_t source_offset(std::size_t text_offset) const;

 private:
  void copy(std::string_view source, std::size_t at, std::size_t n);
  // Source byte `at` comes right after the last run, in the source and here.
  bool continues_run(std::size_t at) const;
  void synthetic(std::string_view s, std::size_t source_at);
};

// Markup-free, space-collapsed form of a source range (for matching).
CleanText clean(std::string_view source, std::size_t begin, std::size_t end);

}  // namespace ct::segment

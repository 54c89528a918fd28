// SourceText: the bytes of one input file (BOM removed, CRLF kept as read) with
// its line index, so any byte offset maps back to a 1-based line and column.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ct {

struct Position {
  int line = 0;    // 1-based
  int column = 0;  // 1-based, in Unicode code points
};

class SourceText {
 public:
  SourceText() = default;
  // `display_path` is how errors and reports name the file (relative to the
  // corpus when it comes from the corpus). `bom_skipped` tells whether a UTF-8
  // BOM was removed from `bytes` (columns stay those a reader sees).
  SourceText(std::string display_path, std::string bytes);

  const std::string& path() const { return path_; }
  const std::string& bytes() const { return bytes_; }
  std::string_view view() const { return bytes_; }
  std::size_t line_count() const { return line_starts_.size(); }

  Position position(std::size_t offset) const;
  // Byte offset of the start of 1-based `line`.
  std::size_t line_start(int line) const;
  // Text of 1-based `line` without its line end.
  std::string_view line_text(int line) const;

 private:
  // Code points before every kStride-th byte, so a column is counted from the
  // nearest mark rather than from the start of a line that may be megabytes long.
  static constexpr std::size_t kStride = 1024;
  std::size_t code_points_before(std::size_t offset) const;

  std::string path_;
  std::string bytes_;
  std::vector<std::size_t> line_starts_;
  std::vector<std::size_t> code_point_marks_;  // [k]: code points in bytes [0, k * kStride)
};

}  // namespace ct

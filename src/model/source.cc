// SourceText: line index and offset-to-position mapping.
#include "model/source.h"

#include <algorithm>

namespace ct {

namespace {
// Whether a byte starts a code point (is not a UTF-8 continuation byte).
bool is_lead(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
}
}  // namespace

SourceText::SourceText(std::string display_path, std::string bytes)
    : path_(std::move(display_path)), bytes_(std::move(bytes)) {
  line_starts_.push_back(0);
  for (std::size_t i = bytes_.find('\n'); i != std::string::npos && i + 1 < bytes_.size();
       i = bytes_.find('\n', i + 1))
    line_starts_.push_back(i + 1);
  // One mark per kStride bytes, the last at or after the end (block by
  // block: every source of a corpus is counted once per run).
  code_point_marks_.reserve(bytes_.size() / kStride + 1);
  std::size_t count = 0;
  for (std::size_t block = 0; block <= bytes_.size(); block += kStride) {
    code_point_marks_.push_back(count);
    const std::size_t end = std::min(block + kStride, bytes_.size());
    for (std::size_t i = block; i < end; ++i) count += is_lead(bytes_[i]);
  }
}

std::size_t SourceText::code_points_before(std::size_t offset) const {
  std::size_t k = offset / kStride;
  std::size_t count = code_point_marks_[k];
  for (std::size_t i = k * kStride; i < offset; ++i) count += is_lead(bytes_[i]);
  return count;
}

Position SourceText::position(std::size_t offset) const {
  offset = std::min(offset, bytes_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());  // 1-based
  std::size_t start = line_starts_[line - 1];
  // Within a stride of its line's start, the line's own bytes are fewer to
  // count than the two strides.
  std::size_t column = 0;
  if (offset - start <= kStride)
    for (std::size_t i = start; i < offset; ++i) column += is_lead(bytes_[i]);
  else
    column = code_points_before(offset) - code_points_before(start);
  return {static_cast<int>(line), static_cast<int>(column) + 1};
}

std::size_t SourceText::line_start(int line) const {
  if (line < 1) return 0;
  if (static_cast<std::size_t>(line) > line_starts_.size()) return bytes_.size();
  return line_starts_[static_cast<std::size_t>(line) - 1];
}

std::string_view SourceText::line_text(int line) const {
  std::size_t b = line_start(line);
  std::size_t e = bytes_.find('\n', b);
  if (e == std::string::npos) e = bytes_.size();
  if (e > b && bytes_[e - 1] == '\r') --e;
  return std::string_view(bytes_).substr(b, e - b);
}

}  // namespace ct

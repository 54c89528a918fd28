// InputError: formatting of located error messages.
#include "model/error.h"

namespace ct {

namespace {
std::string locate(const std::string& what, const std::string& file, int line, int column) {
  if (file.empty()) return what;
  std::string s;
  s.append(file);
  if (line > 0) {
    s.append(":").append(std::to_string(line));
    if (column > 0) s.append(":").append(std::to_string(column));
  }
  s.append(": ").append(what);
  return s;
}
}  // namespace

InputError::InputError(std::string what, std::string file, int line, int column)
    : std::runtime_error(locate(what, file, line, column)),
      what_(std::move(what)),
      file_(std::move(file)),
      line_(line),
      column_(column) {}

std::string InputError::located() const { return std::runtime_error::what(); }

}  // namespace ct

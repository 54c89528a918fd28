// The one exception type of clausetrack: bad input or bad usage, caught at the
// edge (cli/main.cc), printed as `clausetrack: error: FILE[:LINE[:COL]]: what`
// and turned into exit code 2. Everything else reports problems as values.
#pragma once

#include <stdexcept>
#include <string>

namespace ct {

class InputError : public std::runtime_error {
 public:
  explicit InputError(std::string what, std::string file = {}, int line = 0, int column = 0);

  const std::string& file() const { return file_; }
  int line() const { return line_; }
  int column() const { return column_; }
  const std::string& what_only() const { return what_; }
  // "FILE[:LINE[:COL]]: what", the text after "clausetrack: error: ".
  std::string located() const;

 private:
  std::string what_;
  std::string file_;
  int line_;
  int column_;
};

}  // namespace ct

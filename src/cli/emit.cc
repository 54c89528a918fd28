// Output of a command's result to stdout or, atomically, to a file.
#include <iostream>

#include "cli/commands.h"
#include "util/atomic_file.h"

namespace ct::cli {

void emit(const std::string& path, const std::string& content) {
  if (path.empty() || path == "-") {
    std::cout << content;
    std::cout.flush();
    return;
  }
  write_file_atomically(path, content);
}

}  // namespace ct::cli

// Output of a command's result to stdout or, atomically, to a file.
#include "pipeline/emit.h"

#include <iostream>

#include "util/atomic_file.h"

namespace ct::pipeline {

void emit(const std::string& path, const std::string& content) {
  if (path.empty() || path == "-") {
    std::cout << content;
    std::cout.flush();
    return;
  }
  write_file_atomically(path, content);
}

}  // namespace ct::pipeline

// Output of a command's result to stdout or, atomically, to a file.
#include "pipeline/emit.h"

#include <iostream>

#include "text/utf8.h"
#include "util/atomic_file.h"

namespace ct::pipeline {

void emit(const std::string& path, std::string content) {
  text::make_valid_utf8(content);
  if (path.empty() || path == "-") {
    std::cout << content;
    std::cout.flush();
    return;
  }
  write_file_atomically(path, content);
}

void emit_bytes(const std::string& path, const std::string& bytes) {
  if (path.empty() || path == "-") {
    std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    std::cout.flush();
    return;
  }
  write_file_atomically(path, bytes);
}

}  // namespace ct::pipeline

// A command's result to stdout or, atomically, to a file.
#pragma once

#include <string>

namespace ct::pipeline {

// Writes `content` to `path` atomically, or to stdout when `path` is empty or "-".
void emit(const std::string& path, const std::string& content);

}  // namespace ct::pipeline

// A command's result to stdout or, atomically, to a file.
#pragma once

#include <string>

namespace ct::pipeline {

// Writes `content` to `path` atomically, or to stdout when `path` is empty or
// "-"; any ill-formed UTF-8 in it goes out as U+FFFD (all text that leaves is
// valid UTF-8).
void emit(const std::string& path, std::string content);

}  // namespace ct::pipeline

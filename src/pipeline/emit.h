// A command's result to stdout or, atomically, to a file.
#pragma once

#include <string>

namespace ct::pipeline {

// Writes `content` to `path` atomically, or to stdout when `path` is empty or
// "-"; any ill-formed UTF-8 in it goes out as U+FFFD (all text that leaves is
// valid UTF-8).
void emit(const std::string& path, std::string content);
// The same for bytes that are not text (a .docx), written unchanged.
void emit_bytes(const std::string& path, const std::string& bytes);

}  // namespace ct::pipeline

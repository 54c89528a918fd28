// Output files are written whole or not at all: the content goes to a
// temporary file in the same folder, which is then renamed over the target.
#pragma once

#include <string>
#include <string_view>

namespace ct {

// Writes `content` to `path` atomically; creates missing parent folders.
// Throws InputError when the file cannot be written.
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace ct

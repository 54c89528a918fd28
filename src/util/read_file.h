// Reading a whole file into memory (cache entries and the like).
#pragma once

#include <filesystem>
#include <string>

namespace ct {

// The bytes of `path`, or "" when it cannot be read whole (callers that must
// tell an empty file from a missing one check its existence first).
std::string read_whole_file(const std::filesystem::path& path);

}  // namespace ct

// Output files are written whole or not at all: the content goes to a
// temporary file in the same folder, which is then renamed over the target.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ct {

// Whether a write first removes the temporaries of the target that killed
// runs left behind (a listing of its folder per file written): Skip when
// the folder was made by this run, or swept once with remove_stale_temps
// before many files are written into it (a listing per file made writing
// a folder of n files cost n^2).
enum class StaleTemps { Remove, Skip };

// Writes `content` to `path` atomically; creates missing parent folders.
// Throws InputError when the file cannot be written.
void write_file_atomically(const std::string& path, std::string_view content,
                           StaleTemps stale = StaleTemps::Remove);
// The same with the content in parts, written one after the other.
void write_file_atomically(const std::string& path, const std::vector<std::string>& parts,
                           StaleTemps stale = StaleTemps::Remove);

// Removes the temporaries (NAME.tmp-PID[-X]) of any file of `dir` whose
// writer is no longer alive; a missing folder is no error.
void remove_stale_temps(const std::string& dir);

}  // namespace ct

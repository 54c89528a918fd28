// Names of the temporaries written beside an output (TARGET.tmp-PID-RANDOM,
// and TARGET.old-PID-RANDOM for a folder being swapped out), and finding
// those that runs no longer alive left behind, so the next run removes them.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace ct {

// A fresh name beside `target`: TARGET.KIND-PID-RANDOM (kind "tmp" or "old").
std::filesystem::path temp_name(const std::filesystem::path& target,
                                const std::string& kind = "tmp");

struct StaleTemp {
  std::filesystem::path path;
  bool old = false;  // TARGET.old-…: the previous folder, renamed aside during a swap
};

// The temporaries of `target` (TARGET.tmp-PID, TARGET.tmp-PID-X,
// TARGET.old-PID-X) whose process is no longer alive, sorted by name.
std::vector<StaleTemp> stale_temps(const std::filesystem::path& target);

// The temporaries of any file in folder `dir` (NAME.tmp-PID, NAME.tmp-PID-X)
// whose process is no longer alive, sorted.
std::vector<std::filesystem::path> stale_temps_in(const std::filesystem::path& dir);

// Whether `name` is `output` or a temporary of it (output.tmp-PID[-X]).
bool is_temp_of(const std::string& name, const std::string& output);

}  // namespace ct

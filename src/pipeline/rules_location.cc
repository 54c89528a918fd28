// Finds the rules folder (see rules_location.h).
#include "pipeline/rules_location.h"

#include <filesystem>

#include "model/error.h"

namespace ct::pipeline {

namespace fs = std::filesystem;

std::vector<std::string> default_rules_dirs() {
  std::vector<std::string> dirs = {"rules"};
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) dirs.push_back((self.parent_path() / CT_RULES_FROM_BINARY).lexically_normal().string());
  dirs.push_back(CT_SOURCE_RULES);
  return dirs;
}

std::string rules_dir(const Common& common) {
  if (!common.rules.empty()) return common.rules;
  std::string tried;
  for (const std::string& dir : default_rules_dirs()) {
    std::error_code ec;
    if (fs::is_directory(dir, ec)) return dir;
    tried += (tried.empty() ? "" : ", ") + dir;
  }
  throw InputError("rules folder not found (looked in " + tried + "); give --rules DIR");
}

}  // namespace ct::pipeline

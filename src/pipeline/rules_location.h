// Which rules folder a command reads: --rules when given, else ./rules,
// else the rules installed beside the binary (<prefix>/share/clausetrack/
// rules, found from the binary's own location, so an installed clausetrack
// works from any folder), else the source tree's rules for a binary run
// from its build folder.
//
//   std::string dir = rules_dir(common);   // throws InputError naming the places tried
#pragma once

#include <string>
#include <vector>

#include "pipeline/commands.h"

namespace ct::pipeline {

// The folders tried, in order, when --rules is not given.
std::vector<std::string> default_rules_dirs();

std::string rules_dir(const Common& common);

}  // namespace ct::pipeline

// YAML text read into yaml-cpp nodes by libyaml's parser (Debian libyaml-dev):
// yaml-cpp's own scanner costs about 1,700 instructions a byte, most of the
// time spent loading the rules. The nodes are the ones YAML::Load makes: the
// same scalars, null for a plain empty, "~" or "null" scalar, aliases sharing
// their anchor's node, maps keeping duplicate keys in order, and each node's
// mark (0-based line, column in bytes) where yaml-cpp puts it, so errors keep
// their positions (an empty value's: its line, the column may differ). Text
// libyaml rejects is left to yaml-cpp, whose messages users know.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>

namespace ct::yaml {

// The first document of `text` (a null node when there is none), or nullopt
// when libyaml rejects the text or it nests deeper than yaml-cpp reads:
// YAML::Load decides then.
std::optional<YAML::Node> parse_with_libyaml(const std::string& text);

}  // namespace ct::yaml

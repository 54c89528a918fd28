// Strict reading of rules and manifest YAML: every error names the file, the
// 1-based line and column of the offending node, and what is wrong (unknown
// key, wrong type, pattern that does not compile). Patterns are RE2: linear
// time, so a rules file can never hang the tool.
#pragma once

#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rules/deferred_pattern.h"

namespace ct::yaml {

// Parses a YAML file; syntax errors become InputError(file, line, col).
YAML::Node load_file(const std::string& path);
YAML::Node load_string(const std::string& text, const std::string& display_path);

[[noreturn]] void fail(const std::string& path, const YAML::Node& node, const std::string& what);

// Requires `node` to be a map whose keys are all in `allowed`.
void expect_map(const std::string& path, const YAML::Node& node,
                std::initializer_list<std::string_view> allowed, std::string_view what);
// Requires `node` to be a map (any keys).
void expect_any_map(const std::string& path, const YAML::Node& node, std::string_view what);
void expect_seq(const std::string& path, const YAML::Node& node, std::string_view what);

std::string str(const std::string& path, const YAML::Node& node, std::string_view what);
long integer(const std::string& path, const YAML::Node& node, std::string_view what);
double number(const std::string& path, const YAML::Node& node, std::string_view what);
bool boolean(const std::string& path, const YAML::Node& node, std::string_view what);
// A sequence of strings (a single string is accepted as a one-element list).
std::vector<std::string> strings(const std::string& path, const YAML::Node& node,
                                 std::string_view what);
// A map of string keys to string lists, e.g. names per language.
std::map<std::string, std::vector<std::string>> strings_by_key(const std::string& path,
                                                               const YAML::Node& node,
                                                               std::string_view what);

// Optional child: the child node when `key` is present and not null.
// (yaml-cpp's operator[] on a missing key yields an invalid node that throws
// when tested, so the map is searched instead.)
YAML::Node child(const YAML::Node& node, std::string_view key);
// True when the map has `key` (even with a null value).
bool has(const YAML::Node& node, std::string_view key);

// Compiles an RE2 pattern (UTF-8); a pattern that does not compile is an
// InputError at the node's position, quoting RE2's message.
std::shared_ptr<const re2::RE2> pattern(const std::string& path, const YAML::Node& node,
                                        const std::string& text);
// The same pattern parsed (a syntax error is the same InputError) but
// compiled only when first used (rules/deferred_pattern.h).
std::shared_ptr<const DeferredPattern> deferred_pattern(const std::string& path,
                                                        const YAML::Node& node,
                                                        const std::string& text);

}  // namespace ct::yaml

// Strict YAML readers with located errors.
#include "rules/yaml_util.h"

#include <re2/set.h>
#include <yaml-cpp/depthguard.h>

#include <fstream>
#include <sstream>

#include "model/error.h"
#include "rules/yaml_events.h"

namespace ct::yaml {

namespace {
std::string kind_name(const YAML::Node& n) {
  switch (n.Type()) {
    case YAML::NodeType::Map:
      return "a map";
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Scalar:
      return "a scalar";
    case YAML::NodeType::Null:
      return "nothing";
    default:
      return "an undefined node";
  }
}
}  // namespace

YAML::Node load_string(const std::string& text, const std::string& display_path) {
  if (auto fast = parse_with_libyaml(text)) return *fast;
  try {
    return YAML::Load(text);
  } catch (const YAML::DeepRecursion& e) {
    // yaml-cpp stops at a fixed depth with the message "bad file".
    throw InputError(
        "invalid YAML: nested too deeply (" + std::to_string(e.depth()) + " levels or more)",
        display_path, e.mark.line + 1, e.mark.column + 1);
  } catch (const YAML::ParserException& e) {
    // yaml-cpp marks count from 0.
    throw InputError("invalid YAML: " + e.msg, display_path, e.mark.line + 1, e.mark.column + 1);
  }
}

YAML::Node load_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError("cannot read file", path);
  std::stringstream ss;
  ss << in.rdbuf();
  return load_string(ss.str(), path);
}

YAML::Node child(const YAML::Node& node, std::string_view key) {
  if (!node.IsMap()) return YAML::Node(YAML::NodeType::Undefined);
  for (auto it = node.begin(); it != node.end(); ++it)
    if (it->first.IsScalar() && it->first.Scalar() == key) {
      if (it->second.IsNull()) break;
      return it->second;
    }
  return YAML::Node(YAML::NodeType::Undefined);
}

bool has(const YAML::Node& node, std::string_view key) {
  if (!node.IsMap()) return false;
  for (auto it = node.begin(); it != node.end(); ++it)
    if (it->first.IsScalar() && it->first.Scalar() == key) return true;
  return false;
}

void fail(const std::string& path, const YAML::Node& node, const std::string& what) {
  YAML::Mark m = node.Mark();
  if (m.is_null() || m.line < 0) throw InputError(what, path);
  throw InputError(what, path, m.line + 1, m.column + 1);
}

void expect_any_map(const std::string& path, const YAML::Node& node, std::string_view what) {
  if (!node.IsMap()) fail(path, node, std::string(what) + " must be a map, not " + kind_name(node));
}

void expect_map(const std::string& path, const YAML::Node& node,
                std::initializer_list<std::string_view> allowed, std::string_view what) {
  expect_any_map(path, node, what);
  for (auto it = node.begin(); it != node.end(); ++it) {
    if (!it->first.IsScalar())
      fail(path, it->first, "keys of " + std::string(what) + " must be names");
    std::string key = it->first.Scalar();
    bool ok = false;
    for (auto a : allowed) ok |= (key == a);
    if (!ok) {
      std::string list;
      for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      fail(
          path, it->first,
          "unknown key '" + key + "' in " + std::string(what) + " (expected one of: " + list + ")");
    }
  }
}

void expect_seq(const std::string& path, const YAML::Node& node, std::string_view what) {
  if (!node.IsSequence())
    fail(path, node, std::string(what) + " must be a list, not " + kind_name(node));
}

std::string str(const std::string& path, const YAML::Node& node, std::string_view what) {
  if (!node.IsScalar())
    fail(path, node, std::string(what) + " must be a string, not " + kind_name(node));
  return node.Scalar();
}

long integer(const std::string& path, const YAML::Node& node, std::string_view what) {
  if (node.IsScalar()) {
    try {
      return node.as<long>();
    } catch (const YAML::Exception&) {
    }
  }
  fail(path, node, std::string(what) + " must be an integer");
}

double number(const std::string& path, const YAML::Node& node, std::string_view what) {
  if (node.IsScalar()) {
    try {
      return node.as<double>();
    } catch (const YAML::Exception&) {
    }
  }
  fail(path, node, std::string(what) + " must be a number");
}

bool boolean(const std::string& path, const YAML::Node& node, std::string_view what) {
  if (node.IsScalar()) {
    try {
      return node.as<bool>();
    } catch (const YAML::Exception&) {
    }
  }
  fail(path, node, std::string(what) + " must be true or false");
}

std::vector<std::string> strings(const std::string& path, const YAML::Node& node,
                                 std::string_view what) {
  std::vector<std::string> out;
  if (node.IsScalar()) {
    out.push_back(node.Scalar());
    return out;
  }
  expect_seq(path, node, what);
  for (const auto& item : node) out.push_back(str(path, item, std::string(what) + " item"));
  return out;
}

std::map<std::string, std::vector<std::string>> strings_by_key(const std::string& path,
                                                               const YAML::Node& node,
                                                               std::string_view what) {
  expect_any_map(path, node, what);
  std::map<std::string, std::vector<std::string>> out;
  for (auto it = node.begin(); it != node.end(); ++it)
    out[str(path, it->first, "key")] = strings(path, it->second, what);
  return out;
}

namespace {
re2::RE2::Options pattern_options() {
  re2::RE2::Options opt;
  opt.set_log_errors(false);
  opt.set_encoding(re2::RE2::Options::EncodingUTF8);
  return opt;
}
}  // namespace

std::shared_ptr<const re2::RE2> pattern(const std::string& path, const YAML::Node& node,
                                        const std::string& text) {
  auto re = std::make_shared<re2::RE2>(text, pattern_options());
  if (!re->ok()) fail(path, node, "pattern does not compile: " + re->error());
  return re;
}

std::shared_ptr<const DeferredPattern> deferred_pattern(const std::string& path,
                                                        const YAML::Node& node,
                                                        const std::string& text) {
  const re2::RE2::Options opt = pattern_options();
  // RE2::Set::Add parses as RE2's constructor does (same flags, same message)
  // and compiles nothing.
  re2::RE2::Set parse_only(opt, re2::RE2::UNANCHORED);
  std::string error;
  if (parse_only.Add(text, &error) < 0) fail(path, node, "pattern does not compile: " + error);
  YAML::Mark m = node.Mark();
  bool known = !m.is_null() && m.line >= 0;
  return std::make_shared<const DeferredPattern>(text, opt, path, known ? m.line + 1 : 0,
                                                 known ? m.column + 1 : 0);
}

}  // namespace ct::yaml

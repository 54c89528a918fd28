// Internal to the loading of the extract rules: the shared context (the
// placeholders of every language) and strict helpers for per-language
// patterns. Each rules file has its own loader (date_rules.cc, ...).
#pragma once

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "rules/extract_rules.h"
#include "rules/language_rules.h"
#include "rules/rule_template.h"
#include "rules/yaml_util.h"

namespace ct::extract_load {

// One rules file, parsed (a missing file is an empty map).
struct File {
  std::string path;
  YAML::Node root;
  bool present = false;
};
File open(const std::string& dir, const std::string& name,
          std::initializer_list<std::string_view> keys);

struct Context {
  const std::map<std::string, LanguageRules>* languages = nullptr;
  // The languages patterns are compiled for (null: every one of `languages`).
  const std::set<std::string>* only = nullptr;
  // Placeholders by language code; "" holds every language's words at once
  // (for documents in a language without rules).
  std::map<std::string, Placeholders> words;
  // The same for patterns run on the folded text: plain folded words.
  std::map<std::string, Placeholders> folded_words;
  // Patterns already compiled, by expanded text: a template without
  // placeholders, or with the same words, is compiled once for all languages.
  mutable std::map<std::string, Pattern> compiled;

  // Language codes with rules (those of `only`), then "".
  std::vector<std::string> codes() const;
  // The codes patterns are compiled for: codes() without "" when `only`
  // names languages that all have rules (then no document reads the
  // patterns of "", those of a language without rules; `diff` of two English
  // documents compiled them for nothing). Words keep ""; placeholders
  // (`words`, `folded_words`) are built for these codes only.
  std::vector<std::string> pattern_codes() const;
  // Checks a key of a per-language map: a language code or "any".
  void check_language(const std::string& path, const YAML::Node& key) const;
};

// Compiles template `tmpl` for `language`, for the text or (`folded`) for
// the folded text; errors are located at `node`.
Pattern compile(const Context& ctx, const std::string& path, const YAML::Node& node,
                const std::string& tmpl, const std::string& language, bool folded = false);

// Checks the named groups of `re`: each must be in `allowed` (or start with
// "flag_" when `flags`), and at least one of each set of `required_any`.
void check_groups(const std::string& path, const YAML::Node& node, const re2::RE2& re,
                  const std::set<std::string>& allowed, bool flags,
                  const std::vector<std::set<std::string>>& required_any);

// A pattern per language: `node` is one template for every language, or a map
// of language code (or "any") to template. Each template is checked with
// `check` after compiling. Language "" (a document in a language without
// rules) gets the "any" template, with every language's words.
template <typename Check>
PerLanguage<Pattern> per_language(const Context& ctx, const std::string& path,
                                  const YAML::Node& node, std::string_view what, Check check,
                                  bool folded = false);

// Lists of templates per language: a map of language code (or "any", applied
// to every language, and alone to language "") to a list of items;
// `make(node, language)` builds one item of language `language`.
template <typename T, typename Make>
PerLanguage<std::vector<T>> per_language_lists(const Context& ctx, const std::string& path,
                                               const YAML::Node& node, std::string_view what,
                                               Make make);

// Words by language: a map of language code (or "any") to a list of strings;
// `any` words go to every language. Result by code, "" holding all.
std::map<std::string, std::vector<std::string>> words_by_language(const Context& ctx,
                                                                  const std::string& path,
                                                                  const YAML::Node& node,
                                                                  std::string_view what);

// Loaders of each file (in order: words first, then patterns).
void load_date_words(const File& f, const Context& ctx, DateRules& out,
                     std::map<std::string, std::vector<std::string>>& not_alone);
void load_dates(const File& f, const Context& ctx, DateRules& out);
void load_entity_words(const File& f, const Context& ctx, NumberRules& numbers,
                       std::map<std::string, std::vector<std::string>>& titles);
void load_bodies(const File& f, const Context& ctx, BodyRules& out, Gazetteer& gazetteer);
void load_symbols(const File& f, const Context& ctx, const Gazetteer& gazetteer, SymbolRules& out);
void load_entities(const File& f, const Context& ctx, ExtractRules& out);
void load_places(const File& f, const Context& ctx, Gazetteer& gazetteer);
// An entry list of the gazetteer (organizations, laws, places).
void load_gazetteer_entries(const std::string& path, const Context& ctx, const YAML::Node& list,
                            EntityType type, bool capitalized, Gazetteer& gazetteer);

// ---- templates ----------------------------------------------------------------

template <typename Check>
PerLanguage<Pattern> per_language(const Context& ctx, const std::string& path,
                                  const YAML::Node& node, std::string_view what, Check check,
                                  bool folded) {
  PerLanguage<Pattern> out;
  if (!node) return out;
  std::map<std::string, YAML::Node> given;
  if (node.IsScalar()) {
    given["any"] = node;
  } else {
    if (!node.IsMap())
      yaml::fail(path, node,
                 std::string(what) + " must be a pattern or a map of language to pattern");
    for (auto it = node.begin(); it != node.end(); ++it) {
      ctx.check_language(path, it->first);
      if (!it->second.IsScalar())
        yaml::fail(path, it->second, std::string(what) + " must be a pattern");
      given[it->first.Scalar()] = it->second;
    }
  }
  for (const auto& code : ctx.pattern_codes()) {
    auto it = given.find(!code.empty() && given.count(code) ? code : std::string("any"));
    if (it == given.end()) continue;
    const YAML::Node& n = it->second;
    Pattern p = compile(ctx, path, n, n.Scalar(), code, folded);
    check(n, *p);
    out.by_language[code] = p;
  }
  return out;
}

template <typename T, typename Make>
PerLanguage<std::vector<T>> per_language_lists(const Context& ctx, const std::string& path,
                                               const YAML::Node& node, std::string_view what,
                                               Make make) {
  PerLanguage<std::vector<T>> out;
  if (!node) return out;
  if (!node.IsMap())
    yaml::fail(path, node, std::string(what) + " must be a map of language to list");
  for (auto it = node.begin(); it != node.end(); ++it) {
    ctx.check_language(path, it->first);
    if (!it->second.IsSequence())
      yaml::fail(path, it->second, std::string(what) + " of a language must be a list");
  }
  for (const auto& code : ctx.pattern_codes()) {
    auto& list = out.by_language[code];
    for (auto it = node.begin(); it != node.end(); ++it) {
      std::string key = it->first.Scalar();
      if (!(key == "any" || key == code)) continue;
      YAML::Node items = it->second;  // a handle: it->second is a member of a temporary
      for (const auto& item : items) list.push_back(make(item, code));
    }
  }
  return out;
}

}  // namespace ct::extract_load

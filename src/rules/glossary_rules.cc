// Loading and validation of rules/glossary.yaml.
#include "rules/glossary_rules.h"

#include <algorithm>
#include <filesystem>

#include "model/error.h"
#include "rules/yaml_util.h"
#include "text/analyzer.h"

namespace ct {

namespace {

std::vector<std::string> phrase_stems(text::Analyzer& analyzer, const std::string& phrase) {
  std::vector<std::string> stems;
  for (const Token& t : analyzer.tokenize(phrase))
    if (t.word || t.number) stems.push_back(t.stem);
  return stems;
}

void load_entries(const std::string& path, const YAML::Node& node,
                  const std::map<std::string, LanguageRules>& languages, GlossaryRules& g) {
  yaml::expect_seq(path, node, "entries");
  std::map<std::string, std::unique_ptr<text::Analyzer>> analyzers;
  for (const auto& item : node) {
    yaml::expect_any_map(path, item, "glossary entry");
    GlossaryEntry entry;
    entry.line = item.Mark().line + 1;
    std::size_t index = g.entries.size();
    std::size_t count = 0;
    for (auto it = item.begin(); it != item.end(); ++it) {
      std::string lang = yaml::str(path, it->first, "language code");
      auto rules = languages.find(lang);
      if (rules == languages.end())
        yaml::fail(path, it->first,
                   "unknown language '" + lang + "' (no rules/lang file defines it)");
      auto& analyzer = analyzers[lang];
      if (!analyzer)
        analyzer = std::make_unique<text::Analyzer>(lang, rules->second.stemmer,
                                                    std::unordered_set<std::string>{});
      for (const auto& phrase : yaml::strings(path, it->second, "glossary phrase")) {
        std::vector<std::string> stems = phrase_stems(*analyzer, phrase);
        if (stems.empty()) yaml::fail(path, it->second, "phrase '" + phrase + "' has no words");
        entry.phrases[lang].push_back(phrase);
        g.phrases[lang][stems.front()].push_back({std::move(stems), index});
        ++count;
      }
    }
    if (count < 2)
      yaml::fail(path, item,
                 "a glossary entry needs at least two phrases (translations or synonyms)");
    g.entries.push_back(std::move(entry));
  }
  // Longest phrase first, so "Conseil de sécurité des Nations Unies" wins over
  // "Conseil de sécurité"; ties keep file order.
  for (auto& [lang, by_first] : g.phrases)
    for (auto& [first, list] : by_first)
      std::stable_sort(list.begin(), list.end(),
                       [](const GlossaryPhrase& a, const GlossaryPhrase& b) {
                         return a.stems.size() > b.stems.size();
                       });
}

void load_dictionaries(const std::string& path, const YAML::Node& node,
                       const std::map<std::string, LanguageRules>& languages, GlossaryRules& g) {
  yaml::expect_seq(path, node, "dictionaries");
  for (const auto& item : node) {
    yaml::expect_map(path, item, {"from", "to", "path"}, "dictionary");
    DictionarySource d;
    for (auto [key, field] : {std::pair{"from", &d.from}, {"to", &d.to}, {"path", &d.path}}) {
      YAML::Node v = yaml::child(item, key);
      if (!v) yaml::fail(path, item, std::string("missing key '") + key + "' in dictionary");
      *field = yaml::str(path, v, key);
    }
    for (const auto* lang : {&d.from, &d.to})
      if (!languages.count(*lang)) yaml::fail(path, item, "unknown language '" + *lang + "'");
    g.dictionaries.push_back(std::move(d));
  }
}

}  // namespace

GlossaryRules load_glossary_rules(const std::string& dir,
                                  const std::map<std::string, LanguageRules>& languages) {
  GlossaryRules g;
  std::string path = (std::filesystem::path(dir) / "glossary.yaml").string();
  g.file = path;
  if (!std::filesystem::exists(path)) return g;
  YAML::Node root = yaml::load_file(path);
  if (root.IsNull()) return g;
  yaml::expect_map(path, root, {"entries", "dictionaries", "label_languages"}, "glossary");
  if (auto n = yaml::child(root, "entries")) load_entries(path, n, languages, g);
  if (auto n = yaml::child(root, "dictionaries")) load_dictionaries(path, n, languages, g);
  if (auto n = yaml::child(root, "label_languages")) {
    g.label_languages = yaml::strings(path, n, "label_languages");
    for (const auto& lang : g.label_languages)
      if (!languages.count(lang)) yaml::fail(path, n, "unknown language '" + lang + "'");
  }
  return g;
}

}  // namespace ct

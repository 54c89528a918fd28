// Loading and validation of rules/glossary.yaml.
#include "rules/glossary_rules.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <set>

#include "model/error.h"
#include "rules/yaml_util.h"
#include "text/analyzer.h"

namespace ct {

namespace {

std::vector<std::string> phrase_stems(text::Analyzer& analyzer, const std::string& phrase) {
  std::vector<std::string> stems;
  for (const Token& t : analyzer.tokenize(phrase))
    if (t.word || t.number) stems.emplace_back(t.stem);
  return stems;
}

void load_entries(const std::string& path, const YAML::Node& node,
                  const std::map<std::string, LanguageRules>& languages,
                  const std::set<std::string>* only, GlossaryRules& g) {
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
      if (only && !only->count(lang)) {
        // Not stemmed: no document of the language is read.
        auto phrases = yaml::strings(path, it->second, "glossary phrase");
        entry.phrases[lang].insert(entry.phrases[lang].end(), phrases.begin(), phrases.end());
        count += phrases.size();
        continue;
      }
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

// One lexicon TSV file; every malformed line is an error at its own line and
// column (1-based).
void read_lexicon(const std::string& file, Lexicon& lex) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError("cannot read lexicon file", file);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::pair<std::size_t, std::string_view>> fields;  // (column, text)
    std::string_view rest = line;
    std::size_t col = 0;
    for (;;) {
      std::size_t tab = rest.find('\t');
      fields.emplace_back(col, rest.substr(0, tab));
      if (tab == std::string_view::npos) break;
      rest.remove_prefix(tab + 1);
      col += tab + 1;
    }
    if (fields.size() != 4)
      throw InputError("expected 4 tab-separated fields (from, to, p, p), found " +
                           std::to_string(fields.size()),
                       file, n, 1);
    for (int k = 0; k < 2; ++k)
      if (fields[k].second.empty() || fields[k].second.find(' ') != std::string_view::npos)
        throw InputError("a lexicon word must be one non-empty word", file, n,
                         static_cast<int>(fields[k].first) + 1);
    double p[2];
    for (int k = 0; k < 2; ++k) {
      std::string_view f = fields[k + 2].second;
      auto [end, ec] = std::from_chars(f.data(), f.data() + f.size(), p[k]);
      if (ec != std::errc() || end != f.data() + f.size() || p[k] < 0 || p[k] > 1)
        throw InputError("probability '" + std::string(f) + "' is not a number in 0..1", file, n,
                         static_cast<int>(fields[k + 2].first) + 1);
    }
    lex.pairs.push_back({std::string(fields[0].second), std::string(fields[1].second), p[0], p[1]});
  }
}

void load_lexicons(const std::string& path, const std::string& dir, const YAML::Node& node,
                   const std::map<std::string, LanguageRules>& languages, GlossaryRules& g) {
  yaml::expect_seq(path, node, "lexicons");
  for (const auto& item : node) {
    yaml::expect_map(path, item, {"from", "to", "file"}, "lexicon");
    Lexicon lex;
    std::string file;
    for (auto [key, field] : {std::pair{"from", &lex.from}, {"to", &lex.to}, {"file", &file}}) {
      YAML::Node v = yaml::child(item, key);
      if (!v) yaml::fail(path, item, std::string("missing key '") + key + "' in lexicon");
      *field = yaml::str(path, v, key);
    }
    for (const auto* lang : {&lex.from, &lex.to})
      if (!languages.count(*lang)) yaml::fail(path, item, "unknown language '" + *lang + "'");
    lex.file = (std::filesystem::path(dir) / file).string();
    if (!std::filesystem::is_regular_file(lex.file))
      yaml::fail(path, yaml::child(item, "file"), "lexicon file '" + lex.file + "' not found");
    read_lexicon(lex.file, lex);
    g.lexicons.push_back(std::move(lex));
  }
}

}  // namespace

GlossaryRules load_glossary_rules(const std::string& dir,
                                  const std::map<std::string, LanguageRules>& languages,
                                  const std::set<std::string>* only) {
  GlossaryRules g;
  std::string path = (std::filesystem::path(dir) / "glossary.yaml").string();
  g.file = path;
  if (!std::filesystem::exists(path)) return g;
  YAML::Node root = yaml::load_file(path);
  if (root.IsNull()) return g;
  yaml::expect_map(path, root,
                   {"entries", "dictionaries", "lexicons", "label_languages", "cognates"},
                   "glossary");
  if (auto n = yaml::child(root, "entries")) load_entries(path, n, languages, only, g);
  if (auto n = yaml::child(root, "dictionaries")) load_dictionaries(path, n, languages, g);
  // Translations are read between documents of two languages only.
  if (auto n = yaml::child(root, "lexicons"); n && (!only || only->size() > 1))
    load_lexicons(path, dir, n, languages, g);
  if (auto n = yaml::child(root, "label_languages")) {
    g.label_languages = yaml::strings(path, n, "label_languages");
    for (const auto& lang : g.label_languages)
      if (!languages.count(lang)) yaml::fail(path, n, "unknown language '" + lang + "'");
  }
  if (auto n = yaml::child(root, "cognates")) {
    yaml::expect_seq(path, n, "cognates");
    for (const auto& item : n) {
      std::vector<std::string> pair = yaml::strings(path, item, "cognates");
      if (pair.size() != 2) yaml::fail(path, item, "a cognates entry names two languages");
      for (const auto& lang : pair)
        if (!languages.count(lang)) yaml::fail(path, item, "unknown language '" + lang + "'");
      g.cognates.emplace_back(pair[0], pair[1]);
    }
  }
  return g;
}

}  // namespace ct

// Loading and validation of rules/structure.yaml.
#include "rules/structure_rules.h"

#include <filesystem>
#include <fstream>

#include "rules/yaml_util.h"
#include "text/fold.h"

namespace ct {

namespace {

int positive(const std::string& path, const YAML::Node& node, const std::string& what) {
  long v = yaml::integer(path, node, what);
  if (v < 1 || v > 1000) yaml::fail(path, node, what + " must be between 1 and 1000");
  return static_cast<int>(v);
}

MarkerForm marker(const std::string& path, const YAML::Node& node) {
  yaml::expect_map(path, node, {"style", "pattern"}, "markers item");
  if (!yaml::child(node, "style")) yaml::fail(path, node, "marker lacks 'style'");
  if (!yaml::child(node, "pattern")) yaml::fail(path, node, "marker lacks 'pattern'");
  MarkerForm m;
  m.style = yaml::str(path, yaml::child(node, "style"), "style");
  YAML::Node p = yaml::child(node, "pattern");
  m.pattern = yaml::pattern(path, p, yaml::str(path, p, "pattern"));
  const auto& groups = m.pattern->NamedCapturingGroups();
  bool num = groups.count("num") > 0;
  m.bullet = groups.count("bullet") > 0;
  if (num == m.bullet)
    yaml::fail(
        path, p,
        "a marker pattern needs exactly one of the named groups (?P<num>...) or (?P<bullet>...)");
  m.group = groups.at(m.bullet ? "bullet" : "num");
  m.first = first_bytes(*m.pattern);
  return m;
}

// Reads the words of a list: the first tab-separated field of each line (a
// dictd index: "headword<TAB>offset<TAB>length"), lower-cased. Hand-written:
// the format is one line per word; dictd's own tools are programs, not a
// library. A missing file is skipped (the lists are optional evidence).
void read_word_list(const std::string& file, std::unordered_set<std::string>& out) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return;
  std::string line;
  while (std::getline(in, line)) {
    std::string word = line.substr(0, line.find('\t'));
    if (word.empty() || word.rfind("00database", 0) == 0) continue;
    out.insert(text::lower(word));
  }
}

}  // namespace

StructureRules load_structure_rules(const std::string& dir, const std::set<std::string>* only) {
  StructureRules r = load_structure_rules_but_words(dir);
  read_word_lists(r, only);
  return r;
}

void read_word_lists(StructureRules& r, const std::set<std::string>* only) {
  for (const auto& [lang, files] : r.word_list_files)
    if (!only || only->count(lang))
      for (const auto& f : files) read_word_list(f, r.words[lang]);
}

StructureRules load_structure_rules_but_words(const std::string& dir) {
  StructureRules r;
  std::string path = (std::filesystem::path(dir) / "structure.yaml").string();
  r.file = path;
  // A rules folder without structure.yaml segments without item markers.
  if (!std::filesystem::exists(path)) return r;
  YAML::Node root = yaml::load_file(path);
  yaml::expect_map(path, root,
                   {"markers", "decoration", "meta_lines", "heading_max_words", "title_max_words",
                    "lead_in_max_words", "signature", "participle_suffixes", "numerals", "clitics",
                    "word_lists", "lookalikes"},
                   "structure rules");
  if (auto n = yaml::child(root, "markers")) {
    yaml::expect_seq(path, n, "markers");
    for (const auto& item : n) r.markers.push_back(marker(path, item));
  }
  if (auto n = yaml::child(root, "decoration")) {
    r.decoration = yaml::pattern(path, n, yaml::str(path, n, "decoration"));
    r.decoration_first = first_bytes(*r.decoration);
  }
  if (auto n = yaml::child(root, "meta_lines")) {
    yaml::expect_seq(path, n, "meta_lines");
    for (const auto& item : n)
      r.meta_lines.push_back(
          yaml::deferred_pattern(path, item, yaml::str(path, item, "meta_lines item")));
  }
  if (auto n = yaml::child(root, "heading_max_words"))
    r.heading_max_words = positive(path, n, "heading_max_words");
  if (auto n = yaml::child(root, "title_max_words"))
    r.title_max_words = positive(path, n, "title_max_words");
  if (auto n = yaml::child(root, "lead_in_max_words"))
    r.lead_in_max_words = positive(path, n, "lead_in_max_words");
  if (auto n = yaml::child(root, "signature")) {
    yaml::expect_map(path, n, {"max_words", "max_blocks"}, "signature");
    if (auto m = yaml::child(n, "max_words"))
      r.signature_max_words = positive(path, m, "signature.max_words");
    if (auto m = yaml::child(n, "max_blocks"))
      r.signature_max_blocks = positive(path, m, "signature.max_blocks");
  }
  if (auto n = yaml::child(root, "numerals")) {
    yaml::expect_map(path, n, {"alpha", "roman"}, "numerals");
    for (std::string kind : {"alpha", "roman"})
      if (auto list = yaml::child(n, kind)) {
        auto& out = kind == "alpha" ? r.alpha_numerals : r.roman_numerals;
        yaml::expect_seq(path, list, "numerals." + kind);
        int value = 0;
        // An item is one sign, or a list of signs of the same value ("[㈠, 一]").
        for (const auto& item : list) {
          ++value;
          for (const auto& sign : yaml::strings(path, item, "numerals." + kind + " item"))
            if (!out.emplace(sign, value).second)
              yaml::fail(path, item, "numeral '" + sign + "' is listed twice");
        }
      }
  }
  if (auto n = yaml::child(root, "lookalikes")) {
    yaml::expect_any_map(path, n, "lookalikes");
    for (auto it = n.begin(); it != n.end(); ++it)
      r.lookalikes[yaml::str(path, it->first, "lookalikes key")] =
          yaml::str(path, it->second, "lookalikes value");
  }
  if (auto n = yaml::child(root, "participle_suffixes"))
    for (auto& [lang, suffixes] : yaml::strings_by_key(path, n, "participle_suffixes"))
      for (const auto& s : suffixes) r.participle_suffixes[lang].push_back(text::fold(s));
  if (auto n = yaml::child(root, "word_lists"))
    r.word_list_files = yaml::strings_by_key(path, n, "word_lists");
  if (auto n = yaml::child(root, "clitics"))
    for (auto& [lang, words] : yaml::strings_by_key(path, n, "clitics"))
      for (const auto& w : words) r.clitics[lang].push_back(text::fold(w));
  r.meta_line_set = LazyWholeLineSet(r.meta_lines);
  return r;
}

}  // namespace ct

// Loading and validation of rules/lang/*.yaml.
#include "rules/language_rules.h"

#include <algorithm>
#include <exception>
#include <filesystem>
#include <optional>

#include "model/error.h"
#include "rules/yaml_util.h"
#include "text/analyzer.h"
#include "text/fold.h"
#include "util/parallel.h"

namespace ct {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> folded_words(const std::string& phrase) {
  std::vector<std::string> words;
  for (const Token& t : text::split_tokens(phrase))
    if (t.word || t.number) words.push_back(text::fold(phrase.substr(t.begin, t.end - t.begin)));
  return words;
}

std::map<std::string, int> word_numbers(const std::string& path, const YAML::Node& node,
                                        std::string_view what) {
  std::map<std::string, int> out;
  if (!node) return out;
  yaml::expect_any_map(path, node, what);
  for (auto it = node.begin(); it != node.end(); ++it) {
    long v = yaml::integer(path, it->second, what);
    for (const auto& w : yaml::strings(path, it->first, what))
      out[text::fold(w)] = static_cast<int>(v);
  }
  return out;
}

LanguageRules load_one(const std::string& path) {
  YAML::Node root = yaml::load_file(path);
  yaml::expect_map(path, root,
                   {"language",
                    "name",
                    "stemmer",
                    "detect",
                    "stopwords",
                    "abbreviations",
                    "months",
                    "cardinals",
                    "ordinals",
                    "ordinal_suffixes",
                    "month_suffixes",
                    "verbs",
                    "adverbs",
                    "spelling",
                    "variants",
                    "acts",
                    "negations",
                    "not_negating",
                    "codes",
                    "lowercase_openers",
                    "inflected_endings",
                    "derived_stem_prefix",
                    "names_by_stem",
                    "glued_prefixes",
                    "derived_names"},
                   "language rules");
  LanguageRules r;
  r.file = path;
  if (!yaml::child(root, "language")) yaml::fail(path, root, "missing key 'language'");
  r.code = yaml::str(path, yaml::child(root, "language"), "language");
  if (auto n = yaml::child(root, "name")) r.name = yaml::str(path, n, "name");
  if (auto n = yaml::child(root, "codes")) r.codes = yaml::strings(path, n, "codes");
  if (auto n = yaml::child(root, "stemmer")) r.stemmer = yaml::str(path, n, "stemmer");
  if (!r.stemmer.empty()) {
    try {
      text::Analyzer probe(r.code, r.stemmer, {});
    } catch (const InputError&) {
      yaml::fail(path, yaml::child(root, "stemmer"), "unknown stemmer '" + r.stemmer + "'");
    }
  }
  if (auto n = yaml::child(root, "detect"))
    for (auto& w : yaml::strings(path, n, "detect")) r.detect.push_back(text::fold(w));
  if (auto n = yaml::child(root, "stopwords"))
    for (auto& w : yaml::strings(path, n, "stopwords")) r.stopwords.insert(text::fold(w));
  if (auto n = yaml::child(root, "abbreviations"))
    r.abbreviations = yaml::strings(path, n, "abbreviations");
  r.months = word_numbers(path, yaml::child(root, "months"), "months");
  for (auto& [w, m] : r.months)
    if (m < 1 || m > 12)
      yaml::fail(path, yaml::child(root, "months"), "month '" + w + "' must be 1 to 12");
  r.cardinals = word_numbers(path, yaml::child(root, "cardinals"), "cardinals");
  r.ordinals = word_numbers(path, yaml::child(root, "ordinals"), "ordinals");
  if (auto n = yaml::child(root, "ordinal_suffixes"))
    r.ordinal_suffixes = yaml::strings(path, n, "ordinal_suffixes");
  if (auto n = yaml::child(root, "month_suffixes"))
    for (auto& w : yaml::strings(path, n, "month_suffixes"))
      r.month_suffixes.push_back(text::fold(w));
  if (auto n = yaml::child(root, "lowercase_openers"))
    r.lowercase_openers = yaml::boolean(path, n, "lowercase_openers");
  if (auto n = yaml::child(root, "inflected_endings")) {
    long v = yaml::integer(path, n, "inflected_endings");
    if (v < 0 || v > 8) yaml::fail(path, n, "inflected_endings must be 0 to 8");
    r.inflected_endings = static_cast<std::size_t>(v);
  }
  if (auto n = yaml::child(root, "names_by_stem"))
    r.names_by_stem = yaml::boolean(path, n, "names_by_stem");
  if (auto n = yaml::child(root, "glued_prefixes"))
    r.glued_prefixes = yaml::strings(path, n, "glued_prefixes");
  if (auto n = yaml::child(root, "derived_names")) {
    yaml::expect_map(path, n, {"article", "drop", "suffixes"}, "derived_names");
    if (auto a = yaml::child(n, "article"))
      r.derived_names.article = text::fold(yaml::str(path, a, "article"));
    if (auto d = yaml::child(n, "drop"))
      for (auto& w : yaml::strings(path, d, "drop")) r.derived_names.drop.push_back(text::fold(w));
    if (auto x = yaml::child(n, "suffixes"))
      for (auto& w : yaml::strings(path, x, "suffixes")) {
        if (w.empty()) yaml::fail(path, x, "derived_names: a suffix must not be empty");
        r.derived_names.suffixes.push_back(text::fold(w));
      }
  }
  if (auto n = yaml::child(root, "derived_stem_prefix")) {
    long v = yaml::integer(path, n, "derived_stem_prefix");
    if (v < 0 || v > 12) yaml::fail(path, n, "derived_stem_prefix must be 0 to 12");
    r.derived_stem_prefix = static_cast<std::size_t>(v);
  }
  if (auto n = yaml::child(root, "spelling")) r.spelling = yaml::strings(path, n, "spelling");
  if (auto n = yaml::child(root, "variants")) {
    auto entries = yaml::strings(path, n, "variants");
    for (const auto& v : entries)
      if (v.find('=') == std::string::npos || v.front() == '=' || v.back() == '=')
        yaml::fail(path, n, "variants: '" + v + "' is not 'letters=letters'");
    r.variants = text::parse_variants(entries);
  }
  if (auto n = yaml::child(root, "adverbs"))
    for (auto& w : yaml::strings(path, n, "adverbs")) r.adverbs.insert(text::fold(w));

  if (auto n = yaml::child(root, "negations"))
    for (auto& w : yaml::strings(path, n, "negations")) r.negations.insert(text::fold(w));
  if (auto n = yaml::child(root, "not_negating"))
    for (auto& w : yaml::strings(path, n, "not_negating")) r.not_negating.insert(text::fold(w));
  if (auto acts = yaml::child(root, "acts")) {
    yaml::expect_any_map(path, acts, "acts");
    text::Analyzer analyzer(r.code, r.stemmer, {});
    for (auto it = acts.begin(); it != acts.end(); ++it) {
      std::string act = yaml::str(path, it->first, "act");
      yaml::expect_map(path, it->second, {"words", "weak", "recitals"}, "acts." + act);
      if (auto w = yaml::child(it->second, "weak"); w && yaml::boolean(path, w, "weak"))
        r.weak_acts.insert(act);
      if (auto w = yaml::child(it->second, "recitals"); w && !yaml::boolean(path, w, "recitals"))
        r.operative_acts.insert(act);
      YAML::Node words = yaml::child(it->second, "words");
      if (!words) yaml::fail(path, it->second, "missing key 'words'");
      for (auto& w : yaml::strings(path, words, "words")) {
        std::string folded = text::fold(w);
        if (auto [at, fresh] = r.act_words.emplace(folded, act); !fresh && at->second != act)
          yaml::fail(path, words,
                     "word '" + w + "' is already listed under act '" + at->second + "'");
        std::string stem = analyzer.stem(w);
        auto [pos, inserted] = r.act_stems.emplace(stem, act);
        if (!inserted && pos->second != act)
          yaml::fail(path, words,
                     "word '" + w + "' (stem '" + stem + "') is already listed under act '" +
                         pos->second + "'");
      }
    }
  }

  if (auto verbs = yaml::child(root, "verbs")) {
    yaml::expect_map(path, verbs, {"preambular", "operative"}, "verbs");
    if (auto pre = yaml::child(verbs, "preambular"))
      for (auto& p : yaml::strings(path, pre, "verbs.preambular")) {
        auto words = folded_words(p);
        if (!words.empty()) r.preambular.push_back(std::move(words));
      }
    // Longest phrases first, so "ayant examine" wins over "ayant".
    std::stable_sort(r.preambular.begin(), r.preambular.end(),
                     [](const auto& a, const auto& b) { return a.size() > b.size(); });
    if (auto op = yaml::child(verbs, "operative")) {
      yaml::expect_any_map(path, op, "verbs.operative");
      text::Analyzer analyzer(r.code, r.stemmer, {});
      for (auto it = op.begin(); it != op.end(); ++it) {
        std::string action = yaml::str(path, it->first, "action");
        yaml::expect_map(path, it->second, {"strength", "words"}, "verbs.operative." + action);
        OperativeVerb v{action, 0};
        if (auto s = yaml::child(it->second, "strength"))
          v.strength = static_cast<int>(yaml::integer(path, s, "strength"));
        if (!yaml::child(it->second, "words")) yaml::fail(path, it->second, "missing key 'words'");
        for (auto& w : yaml::strings(path, yaml::child(it->second, "words"), "words")) {
          std::string stem = analyzer.stem(w);
          auto [pos, inserted] = r.operative.emplace(stem, v);
          if (!inserted && pos->second.action != action)
            yaml::fail(path, yaml::child(it->second, "words"),
                       "verb '" + w + "' (stem '" + stem + "') is already listed under '" +
                           pos->second.action + "'");
        }
      }
    }
  }
  return r;
}

}  // namespace

std::map<std::string, LanguageRules> load_language_rules(const std::string& dir) {
  std::map<std::string, LanguageRules> out;
  fs::path lang = fs::path(dir) / "lang";
  std::error_code ec;
  if (!fs::is_directory(lang, ec))
    throw InputError("no language rules (expected a lang/ folder)", dir);
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(lang))
    if (e.path().extension() == ".yaml" || e.path().extension() == ".yml")
      files.push_back(e.path());
  std::sort(files.begin(), files.end());
  // The files are read on two threads (they are on the critical path of
  // every command: `diff` waits for them before reading its documents); an
  // error is still the first file's, in name order.
  std::vector<std::optional<LanguageRules>> loaded(files.size());
  std::vector<std::exception_ptr> errors(files.size());
  parallel_for(files.size(), 2, [&](int, std::size_t i) {
    try {
      loaded[i] = load_one(files[i].string());
    } catch (...) {
      errors[i] = std::current_exception();
    }
  });
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (errors[i]) std::rethrow_exception(errors[i]);
    LanguageRules& r = *loaded[i];
    if (out.count(r.code))
      throw InputError("language '" + r.code + "' is defined twice", files[i].string());
    out.emplace(r.code, std::move(r));
  }
  if (out.empty()) throw InputError("no language rules in lang/", dir);
  return out;
}

}  // namespace ct

// Loads every rules file of a rules folder.
#include "rules/rules.h"

#include <filesystem>
#include <future>

#include "model/error.h"
#include "text/spelling.h"

namespace ct {

const LanguageRules* Rules::language(const std::string& code) const {
  auto it = languages.find(code);
  return it == languages.end() ? nullptr : &it->second;
}

Dictionaries::Dictionaries() = default;
Dictionaries::~Dictionaries() = default;

text::Spelling& Dictionaries::get(const std::vector<std::string>& dictionaries) {
  auto& s = loaded_[dictionaries];
  if (!s) s = std::make_unique<text::Spelling>(dictionaries);
  return *s;
}

bool Dictionaries::known(const std::vector<std::string>& dictionaries, std::string_view word) {
  std::lock_guard<std::mutex> lock(mutex_);
  return get(dictionaries).known(word);
}

std::vector<std::string> Dictionaries::stems(const std::vector<std::string>& dictionaries,
                                             std::string_view word) {
  std::lock_guard<std::mutex> lock(mutex_);
  return get(dictionaries).stems(word);
}

namespace {
const std::vector<std::string>& spelling_of(const Rules& rules, const std::string& code) {
  static const std::vector<std::string> kNone;
  const LanguageRules* lr = rules.language(code);
  return lr ? lr->spelling : kNone;
}
}  // namespace

bool Rules::spelling_known(const std::string& code, std::string_view word) const {
  return dictionaries->known(spelling_of(*this, code), word);
}

std::vector<std::string> Rules::spelling_stems(const std::string& code,
                                               std::string_view word) const {
  return dictionaries->stems(spelling_of(*this, code), word);
}

text::AnalyzerSet analyzers_for(const Rules& rules) {
  return text::AnalyzerSet([&rules](const std::string& language) {
    const LanguageRules* lr = rules.language(language);
    return lr ? std::optional(text::AnalyzerSpec{lr->stemmer, &lr->stopwords}) : std::nullopt;
  });
}

Rules load_rules(const std::string& dir, RuleNeeds needs) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) throw InputError("rules folder not found", dir);
  Rules r;
  r.dir = dir;
  r.languages = load_language_rules(dir);
  // The extraction rules (most of the patterns to compile) load on a second
  // thread meanwhile; errors still surface in the order of the files.
  std::future<ExtractRules> extract;
  if (needs.language_parts)
    extract =
        std::async(std::launch::async, [&dir, &r] { return load_extract_rules(dir, r.languages); });
  r.compilation = load_compilation_rules(dir);
  r.series = load_series_rules(dir);
  if (needs.language_parts) {
    r.structure = load_structure_rules(dir);
    r.chrome = load_chrome_rules(dir, r.structure.meta_lines);
    r.glossary = load_glossary_rules(dir, r.languages);
    r.extract = extract.get();
  }
  if (needs.checks) r.checks = load_check_rules(dir);
  return r;
}

LanguageFreeRules load_language_free_rules(const std::string& dir) {
  LanguageFreeRules out;
  out.structure = load_structure_rules_but_words(dir);
  out.chrome = load_chrome_rules(dir, out.structure.meta_lines);
  return out;
}

std::future<ExtractRules> start_language_parts(Rules& r, const std::set<std::string>& languages,
                                               std::future<LanguageFreeRules> early,
                                               bool prefilters) {
  // The thread reads only `dir` and `languages`, which no step below writes.
  auto extract = std::async(std::launch::async, [&r, &languages, prefilters] {
    ExtractRules out = load_extract_rules(r.dir, r.languages, &languages);
    if (prefilters)
      for (const std::string& l : languages) {
        out.prefilter.get(l);
        out.prefilter_folded.get(l);
      }
    return out;
  });
  if (early.valid()) {
    LanguageFreeRules parts = early.get();
    r.structure = std::move(parts.structure);
    read_word_lists(r.structure, &languages);
    r.chrome = std::move(parts.chrome);
  } else {
    r.structure = load_structure_rules(r.dir, &languages);
    r.chrome = load_chrome_rules(r.dir, r.structure.meta_lines);
  }
  r.glossary = load_glossary_rules(r.dir, r.languages, &languages);
  return extract;
}

void load_language_parts(Rules& r, const std::set<std::string>& languages) {
  r.extract = start_language_parts(r, languages).get();
}

}  // namespace ct

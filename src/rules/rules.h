// Rules: all the domain knowledge of clausetrack, loaded from a rules folder
// (default `rules/`) and validated. The C++ holds no word of any language or
// body; a new language or body needs a rules file, not a rebuild.
//
//   Rules rules = load_rules("rules");          // throws InputError
//   const LanguageRules* fr = rules.language("fr");
#pragma once

#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "rules/check_rules.h"
#include "rules/chrome_rules.h"
#include "rules/compilation_rules.h"
#include "rules/extract_rules.h"
#include "rules/glossary_rules.h"
#include "rules/language_rules.h"
#include "rules/series_rules.h"
#include "rules/structure_rules.h"
#include "text/analyzer_set.h"

namespace ct {

namespace text {
class Spelling;
}

// The Hunspell dictionaries of the languages, each loaded on first use and
// kept for every check that reads the same rules (a language's pair costs
// about 70 ms to load and 40 ms to free). Safe to use from several threads:
// Hunspell itself is not, so each query holds a lock.
class Dictionaries {
 public:
  Dictionaries();
  ~Dictionaries();
  // A word of the language (text::Spelling::known) of `dictionaries` (paths
  // without .aff/.dic); every word is known when none can be read.
  bool known(const std::vector<std::string>& dictionaries, std::string_view word);
  // Its dictionary stems (text::Spelling::stems).
  std::vector<std::string> stems(const std::vector<std::string>& dictionaries,
                                 std::string_view word);

 private:
  text::Spelling& get(const std::vector<std::string>& dictionaries);
  std::mutex mutex_;
  std::map<std::vector<std::string>, std::unique_ptr<text::Spelling>> loaded_;
};

struct Rules {
  std::string dir;
  std::map<std::string, LanguageRules> languages;  // by code
  CompilationRules compilation;
  SeriesRules series;        // grouping of files without a manifest (pipeline)
  StructureRules structure;  // layout of documents (segment)
  ChromeRules chrome;        // web/PDF furniture to strip (segment)
  GlossaryRules glossary;
  ExtractRules extract;  // dates, symbols, bodies, entities, places (extract)
  CheckRules checks;     // rules, severities and thresholds of the checks (check)

  const LanguageRules* language(const std::string& code) const;

  // Dictionaries loaded so far, by their paths (copies of the rules share
  // them); see spelling_known.
  std::shared_ptr<Dictionaries> dictionaries = std::make_shared<Dictionaries>();
  // Whether `word` is a word of `code` by its `spelling` dictionaries (every
  // word is, for a language without any), and its dictionary stems.
  bool spelling_known(const std::string& code, std::string_view word) const;
  std::vector<std::string> spelling_stems(const std::string& code, std::string_view word) const;
};

// The parts of the rules a command needs: a command that runs no check
// (`diff`, `segment`) neither reads nor compiles rules/checks.yaml, and its
// `checks` stay empty. Without `language_parts`, only what ingest reads is
// loaded (languages, compilation, series): `structure`, `chrome`, `extract`
// and `glossary` stay empty until load_language_parts adds them for the
// languages of the documents read (`diff` compiles the patterns of two
// documents' languages, not of every language).
struct RuleNeeds {
  bool checks = true;
  bool language_parts = true;
};

Rules load_rules(const std::string& dir, RuleNeeds needs = {});

// Loads the parts left out without RuleNeeds::language_parts, for documents
// of `languages` only (load_extract_rules, load_glossary_rules,
// load_structure_rules): those of any other language with rules must not be
// analysed with them.
void load_language_parts(Rules& rules, const std::set<std::string>& languages);

// The rules no language enters: the structure rules but their word lists,
// and the chrome rules (in that order, errors included).
struct LanguageFreeRules {
  StructureRules structure;  // without words (read_word_lists)
  ChromeRules chrome;
};
LanguageFreeRules load_language_free_rules(const std::string& dir);

// load_language_parts in two steps: the structure, chrome and glossary rules
// now, the extraction rules (most of the patterns to compile) on a second
// thread, returned by the future. Segmenting needs only the first, so it may
// run while the second loads (`diff`); `languages` must outlive the future.
// A caller may have started load_language_free_rules before the languages
// were known and pass its future (`diff`: while the language rules load and
// the documents are read); its errors still surface where they did without.
// With `prefilters`, the extraction prefilters of `languages` are built on
// that thread too (else by the first clause extracted, while the other
// workers wait for them): for a caller that extracts every language it
// names (`diff`).
std::future<ExtractRules> start_language_parts(Rules& rules, const std::set<std::string>& languages,
                                               std::future<LanguageFreeRules> early = {},
                                               bool prefilters = false);

// Analyzers made from the language rules of `rules` (which must outlive them).
text::AnalyzerSet analyzers_for(const Rules& rules);

}  // namespace ct

// Rules: all the domain knowledge of clausetrack, loaded from a rules folder
// (default `rules/`) and validated. The C++ holds no word of any language or
// body; a new language or body needs a rules file, not a rebuild.
//
//   Rules rules = load_rules("rules");          // throws InputError
//   const LanguageRules* fr = rules.language("fr");
#pragma once

#include <map>
#include <string>

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
};

// The parts of the rules a command needs: a command that runs no check
// (`diff`, `segment`) neither reads nor compiles rules/checks.yaml, and its
// `checks` stay empty.
struct RuleNeeds {
  bool checks = true;
};

Rules load_rules(const std::string& dir, RuleNeeds needs = {});

// Analyzers made from the language rules of `rules` (which must outlive them).
text::AnalyzerSet analyzers_for(const Rules& rules);

}  // namespace ct

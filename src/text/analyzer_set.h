// One Analyzer per language, made on first use from the language rules. Each
// worker thread owns its own AnalyzerSet (stemmers are not thread-safe).
#pragma once

#include <map>
#include <memory>
#include <string>

#include "rules/rules.h"
#include "text/analyzer.h"

namespace ct::text {

class AnalyzerSet {
 public:
  explicit AnalyzerSet(const Rules& rules) : rules_(&rules) {}
  // The analyzer of `language`; a language without rules gets one with no
  // stemmer and no stop words.
  Analyzer& get(const std::string& language);

 private:
  const Rules* rules_;
  std::map<std::string, std::unique_ptr<Analyzer>> analyzers_;
};

}  // namespace ct::text

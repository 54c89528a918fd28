// One Analyzer per language, made on first use from what the caller says of
// each language (its Snowball algorithm and stop words; rules/ answers from
// the language rules: `analyzers_for(rules)`). Each worker thread owns its
// own AnalyzerSet (stemmers are not thread-safe).
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>

#include "text/analyzer.h"

namespace ct::text {

// What an Analyzer of one language is made of.
struct AnalyzerSpec {
  std::string stemmer;                                         // libstemmer algorithm, "" for none
  const std::unordered_set<std::string>* stopwords = nullptr;  // folded; may be null
};

class AnalyzerSet {
 public:
  // `spec` answers for a language, or nothing for a language it does not know.
  using Lookup = std::function<std::optional<AnalyzerSpec>(const std::string& language)>;
  explicit AnalyzerSet(Lookup spec) : spec_(std::move(spec)) {}
  // The analyzer of `language`; an unknown language gets one with no stemmer
  // and no stop words.
  Analyzer& get(const std::string& language);

 private:
  Lookup spec_;
  std::map<std::string, std::unique_ptr<Analyzer>> analyzers_;
};

}  // namespace ct::text

// Lazily built analyzers per language.
#include "text/analyzer_set.h"

namespace ct::text {

Analyzer& AnalyzerSet::get(const std::string& language) {
  auto it = analyzers_.find(language);
  if (it != analyzers_.end()) return *it->second;
  std::optional<AnalyzerSpec> spec = spec_ ? spec_(language) : std::nullopt;
  auto a = spec ? std::make_unique<Analyzer>(
                      language, spec->stemmer,
                      spec->stopwords ? *spec->stopwords : std::unordered_set<std::string>{})
                : std::make_unique<Analyzer>(language, "", std::unordered_set<std::string>{});
  return *analyzers_.emplace(language, std::move(a)).first->second;
}

}  // namespace ct::text

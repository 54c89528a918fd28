// Lazily built analyzers per language.
#include "text/analyzer_set.h"

namespace ct::text {

Analyzer& AnalyzerSet::get(const std::string& language) {
  auto it = analyzers_.find(language);
  if (it != analyzers_.end()) return *it->second;
  const LanguageRules* lr = rules_->language(language);
  auto a = lr ? std::make_unique<Analyzer>(language, lr->stemmer, lr->stopwords)
              : std::make_unique<Analyzer>(language, "", std::unordered_set<std::string>{});
  return *analyzers_.emplace(language, std::move(a)).first->second;
}

}  // namespace ct::text

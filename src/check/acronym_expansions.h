// Two expansions of one acronym compared as a reader would: the same name
// written another way (case, hyphens and dashes, a spelling variety, "UN" for
// "United Nations", the plural of the whole name, a longer or shorter form
// of it) is no finding; the same name with a word changed, added or dropped
// ("Economic Community of Western African States", "Office on Drugs Crime")
// is one; two unrelated names ("International Criminal Court", "Integrated
// Command Centre") are two things the acronym stands for, not a slip.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "rules/rules.h"
#include "text/analyzer_set.h"

namespace ct::check {

// Same name; the same name with a content word changed, added or dropped;
// the same name with only small (function) words changed ("Office of" /
// "Office on"); two different names.
enum class ExpansionVerdict { Same, Differs, Wording, Unrelated };

class ExpansionComparer {
 public:
  // `known` gives the expansion of an acronym met inside an expansion
  // ("UN" -> "United Nations") when the rules do not name it.
  using Known = std::function<std::string(const std::string& language, const std::string& acr)>;
  ExpansionComparer(const Rules& rules, Known known);
  ExpansionVerdict compare(const std::string& language, const std::string& a, const std::string& b);

 private:
  struct Words {
    std::vector<std::string> content;   // folded content words, acronyms expanded
    std::vector<std::string> function;  // folded function words, in order
    std::string joined;                 // content words without separators
  };
  Words words(const std::string& language, const std::string& expansion, int depth);
  bool same_word(const std::string& language, const std::string& a, const std::string& b,
                 bool last);
  std::size_t common(const std::string& language, const std::vector<std::string>& a,
                     const std::vector<std::string>& b);

  const Rules& rules_;
  Known known_;
  text::AnalyzerSet analyzers_;
};

}  // namespace ct::check

// Two expansions of one acronym compared as a reader would: the same name
// written another way (case, hyphens and dashes, a spelling variety, "UN" for
// "United Nations", the plural of the whole name, a longer or shorter form
// of it) is no finding; the same name with a word changed, added or dropped
// ("Joint Border Verification and Monitoring Mission" / "... Mechanism") is
// one; the same words in another inflection or derivation ("Office on Drug
// and Crime", "Economic Community of Western African States", "Somalia
// National Army") name the same body the same way in substance, a matter of
// style; two unrelated names ("International Criminal Court", "Integrated
// Command Centre") are two things the acronym stands for, not a slip.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "rules/rules.h"
#include "text/analyzer_set.h"

namespace ct::check {

// Same name; the same name with a content word changed, added or dropped;
// the same name with only small (function) words changed ("Office of" /
// "Office on"); the same content words, some inflected or derived otherwise
// ("Drug" / "Drugs", "Coordinating" / "Coordination", "West" / "Western");
// two different names.
enum class ExpansionVerdict { Same, Differs, Wording, Inflected, Unrelated };

class ExpansionComparer {
 public:
  // `known` gives the expansion of an acronym met inside an expansion
  // ("UN" -> "United Nations") when the rules do not name it.
  using Known = std::function<std::string(const std::string& language, const std::string& acr)>;
  ExpansionComparer(const Rules& rules, Known known);
  ExpansionVerdict compare(const std::string& language, const std::string& a, const std::string& b);
  ~ExpansionComparer();

 private:
  struct Words {
    std::vector<std::string> content;   // folded content words, acronyms expanded
    std::vector<std::string> surface;   // the same as written
    std::vector<std::string> function;  // folded function words, in order
    std::string joined;                 // content words without separators
  };
  Words words(const std::string& language, const std::string& expansion, int depth);
  bool same_word(const std::string& language, const std::string& a, const std::string& b,
                 bool last);
  // One word inflected or derived otherwise: the same Snowball stem, or one
  // stem beginning the other (rules/lang `derived_stem_prefix`), each form a
  // word of the language's dictionary ("Independent" in a French name is
  // another language's word, not a form of "indépendante"). Indices into
  // the content words of `x` and `y`.
  bool related_word(const std::string& language, const Words& x, std::size_t i, const Words& y,
                    std::size_t j);
  // Length of the longest common subsequence, words matched by same_word
  // (or, `loose`, by related_word too).
  std::size_t common(const std::string& language, const Words& a, const Words& b, bool loose);

  const Rules& rules_;
  Known known_;
  text::AnalyzerSet analyzers_;
};

}  // namespace ct::check

// WholeLineSet: several RE2 patterns tested against a whole line in one pass
// (an RE2::Set anchored at both ends), for the segmenter's per-line rules
// (chrome, separators, page numbers, metadata lines): one automaton run per
// line instead of one RE2::FullMatch per pattern, which was most of the cost
// of those rules. The patterns are compiled one by one only when the set
// cannot answer (they do not combine, or the set's automaton runs out of
// memory): rules/deferred_pattern.h.
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <memory>
#include <string_view>
#include <vector>

#include "rules/deferred_pattern.h"

namespace ct {

class WholeLineSet {
 public:
  WholeLineSet() = default;
  // The patterns keep their own options (all parsed as yaml::pattern does).
  // When they do not make one set, each is compiled now (an InputError at
  // its place when it does not compile).
  explicit WholeLineSet(std::vector<std::shared_ptr<const DeferredPattern>> patterns);

  // Does any pattern match all of `text` (as RE2::FullMatch with each would)?
  bool full_match(std::string_view text) const;
  bool empty() const { return patterns_.empty(); }

 private:
  std::vector<std::shared_ptr<const DeferredPattern>> patterns_;
  std::shared_ptr<const re2::RE2::Set> set_;  // null: the patterns one by one
};

}  // namespace ct

// WholeLineSet: several RE2 patterns tested against a whole line in one pass
// (an RE2::Set anchored at both ends), for the segmenter's per-line rules
// (chrome, separators, page numbers, metadata lines): one automaton run per
// line instead of one RE2::FullMatch per pattern, which was most of the cost
// of those rules. WholeLineGroups: the same for several groups of patterns
// at once, telling which groups match.
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace ct {

class WholeLineSet {
 public:
  WholeLineSet() = default;
  // The patterns keep their own options (all compiled as yaml::pattern does).
  explicit WholeLineSet(std::vector<std::shared_ptr<const re2::RE2>> patterns);

  // Does any pattern match all of `text` (as RE2::FullMatch with each would)?
  bool full_match(std::string_view text) const;
  bool empty() const { return patterns_.empty(); }

 private:
  std::vector<std::shared_ptr<const re2::RE2>> patterns_;
  std::shared_ptr<const re2::RE2::Set> set_;  // null: the patterns one by one
};

// Several groups of whole-line patterns tested in one pass: which groups
// have a pattern matching all of a text. One automaton run instead of one
// per group (most of the cost of a short line's test is the run's setup).
class WholeLineGroups {
 public:
  WholeLineGroups() = default;
  // At most 32 groups; the patterns keep their own options.
  explicit WholeLineGroups(std::vector<std::vector<std::shared_ptr<const re2::RE2>>> groups);

  // Bit g set: a pattern of group g matches all of `text` (as
  // WholeLineSet(groups[g]).full_match would tell).
  std::uint32_t match(std::string_view text) const;

 private:
  std::vector<std::vector<std::shared_ptr<const re2::RE2>>> groups_;
  std::vector<std::uint32_t> group_of_;       // by the set's pattern index
  std::shared_ptr<const re2::RE2::Set> set_;  // null: the patterns one by one
};

}  // namespace ct

// WholeLineSet: several RE2 patterns tested against a whole line in one pass
// (an RE2::Set anchored at both ends), for the segmenter's per-line rules
// (chrome, separators, page numbers, metadata lines): one automaton run per
// line instead of one RE2::FullMatch per pattern, which was most of the cost
// of those rules. The patterns are compiled one by one only when the set
// cannot answer (they do not combine, or the set's automaton runs out of
// memory): rules/deferred_pattern.h. WholeLineGroups: the same for several
// groups of patterns at once, telling which groups match.
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

#include "rules/deferred_pattern.h"

namespace ct {

// Several groups of whole-line patterns tested in one pass: which groups
// have a pattern matching all of a text. One automaton run instead of one
// per group (most of the cost of a short line's test is the run's setup).
class WholeLineGroups {
 public:
  WholeLineGroups() = default;
  // At most 32 groups; the patterns keep their own options. When they do
  // not make one set, each is compiled now (an InputError at its place).
  explicit WholeLineGroups(std::vector<std::vector<std::shared_ptr<const DeferredPattern>>> groups);

  // Bit g set: a pattern of group g matches all of `text` (as RE2::FullMatch
  // with each of group g's patterns would tell).
  std::uint32_t match(std::string_view text) const;
  // No group holds a pattern.
  bool empty() const {
    return std::all_of(groups_.begin(), groups_.end(), [](const auto& g) { return g.empty(); });
  }

 private:
  std::vector<std::vector<std::shared_ptr<const DeferredPattern>>> groups_;
  // By the set's pattern index: its group, its pattern, and whether the set
  // holds the pattern itself (else relaxed: a match is checked with it).
  std::vector<std::uint32_t> group_of_;
  std::vector<const DeferredPattern*> pattern_of_;
  std::vector<bool> exact_;
  bool all_exact_ = true;
  std::shared_ptr<const re2::RE2::Set> set_;  // null: the patterns one by one
};

// One group of whole-line patterns: does any match all of a text?
class WholeLineSet {
 public:
  WholeLineSet() = default;
  // The patterns keep their own options (all parsed as yaml::pattern does).
  // When they do not make one set, each is compiled now (an InputError at
  // its place when it does not compile).
  explicit WholeLineSet(std::vector<std::shared_ptr<const DeferredPattern>> patterns)
      : groups_({std::move(patterns)}) {}

  // Does any pattern match all of `text` (as RE2::FullMatch with each would)?
  bool full_match(std::string_view text) const { return groups_.match(text) != 0; }
  bool empty() const { return groups_.empty(); }

 private:
  WholeLineGroups groups_;
};

// A WholeLineSet built the first time it is asked (from any thread): for a
// set whose patterns another set already compiles when the rules load (so an
// error is still reported then), asked of few texts or none (the metadata
// lines of a block that is not one whole line: none in most documents).
class LazyWholeLineSet {
 public:
  LazyWholeLineSet() = default;
  explicit LazyWholeLineSet(std::vector<std::shared_ptr<const DeferredPattern>> patterns)
      : state_(std::make_shared<State>()) {
    state_->patterns = std::move(patterns);
  }

  bool full_match(std::string_view text) const {
    if (!state_) return false;
    std::call_once(state_->once, [this] { state_->set = WholeLineSet(state_->patterns); });
    return state_->set.full_match(text);
  }

 private:
  struct State {
    std::vector<std::shared_ptr<const DeferredPattern>> patterns;
    std::once_flag once;
    WholeLineSet set;
  };
  std::shared_ptr<State> state_;  // shared by copies of the rules
};

}  // namespace ct

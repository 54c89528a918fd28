// Whole-line pattern sets.
#include "rules/whole_line_set.h"

#include <cstdint>
#include <string>

#include "rules/relaxed_pattern.h"

namespace ct {

WholeLineGroups::WholeLineGroups(
    std::vector<std::vector<std::shared_ptr<const DeferredPattern>>> groups)
    : groups_(std::move(groups)) {
  auto one_by_one = [this] {
    group_of_.clear();
    pattern_of_.clear();
    exact_.clear();
    for (const auto& g : groups_)
      for (const auto& p : g) p->get();
  };
  const DeferredPattern* first = nullptr;
  for (const auto& g : groups_)
    if (!g.empty()) {
      first = g.front().get();
      break;
    }
  if (!first) return;
  if (groups_.size() > 32) {
    one_by_one();
    return;
  }
  // The set holds each pattern with its large counted repetitions relaxed
  // (rules/relaxed_pattern.h): a screen that compiles in a twentieth of the
  // time; a line it lets through by a relaxed pattern is then matched with
  // the exact pattern, compiled when first needed.
  auto set = std::make_shared<re2::RE2::Set>(first->options(), re2::RE2::ANCHOR_BOTH);
  for (std::uint32_t g = 0; g < groups_.size(); ++g)
    for (const auto& p : groups_[g]) {
      if (p->options().case_sensitive() != first->options().case_sensitive()) {
        one_by_one();  // not combinable: matched one by one
        return;
      }
      std::string relaxed = p->options().literal() ? p->text() : relax_repetitions(p->text());
      bool exact = relaxed == p->text();
      if (!exact && set->Add(relaxed, nullptr) < 0) exact = true;  // the pattern itself, then
      if (exact && set->Add(p->text(), nullptr) < 0) {
        one_by_one();
        return;
      }
      group_of_.push_back(g);
      pattern_of_.push_back(p.get());
      exact_.push_back(exact);
      all_exact_ = all_exact_ && exact;
    }
  if (!set->Compile()) {
    one_by_one();
    return;
  }
  set_ = std::move(set);
}

std::uint32_t WholeLineGroups::match(std::string_view text) const {
  std::uint32_t out = 0;
  if (set_) {
    // Most lines match no group: asked first without the list of matches
    // (which costs an allocation per call), then with it for the others.
    re2::StringPiece piece(text.data(), text.size());
    re2::RE2::Set::ErrorInfo error;
    bool any = set_->Match(piece, nullptr, &error);
    if (!any && error.kind == re2::RE2::Set::kNoError) return 0;
    if (any && groups_.size() == 1 && all_exact_) return 1;  // which group: the only one
    std::vector<int> matched;
    if (any && set_->Match(piece, &matched, &error)) {
      for (int m : matched) {
        const auto i = static_cast<std::size_t>(m);
        const std::uint32_t bit = std::uint32_t{1} << group_of_[i];
        if (!(out & bit) && (exact_[i] || re2::RE2::FullMatch(piece, pattern_of_[i]->get())))
          out |= bit;
      }
      return out;
    }
    // Out of automaton memory: the patterns one by one decide.
  }
  re2::StringPiece piece(text.data(), text.size());
  for (std::uint32_t g = 0; g < groups_.size(); ++g)
    for (const auto& p : groups_[g])
      if (re2::RE2::FullMatch(piece, p->get())) {
        out |= std::uint32_t{1} << g;
        break;
      }
  return out;
}

}  // namespace ct

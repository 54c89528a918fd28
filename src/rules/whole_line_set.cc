// Whole-line pattern sets.
#include "rules/whole_line_set.h"

namespace ct {

WholeLineSet::WholeLineSet(std::vector<std::shared_ptr<const re2::RE2>> patterns)
    : patterns_(std::move(patterns)) {
  if (patterns_.size() < 2) return;
  auto set = std::make_shared<re2::RE2::Set>(patterns_.front()->options(), re2::RE2::ANCHOR_BOTH);
  for (const auto& re : patterns_)
    if (re->options().case_sensitive() != patterns_.front()->options().case_sensitive() ||
        set->Add(re->pattern(), nullptr) < 0)
      return;  // not combinable: matched one by one
  if (set->Compile()) set_ = std::move(set);
}

bool WholeLineSet::full_match(std::string_view text) const {
  if (set_) {
    re2::RE2::Set::ErrorInfo error;
    if (set_->Match(re2::StringPiece(text.data(), text.size()), nullptr, &error)) return true;
    // Out of automaton memory: the patterns one by one decide.
    if (error.kind == re2::RE2::Set::kNoError) return false;
  }
  for (const auto& re : patterns_)
    if (re2::RE2::FullMatch(re2::StringPiece(text.data(), text.size()), *re)) return true;
  return false;
}

}  // namespace ct

namespace ct {

WholeLineGroups::WholeLineGroups(std::vector<std::vector<std::shared_ptr<const re2::RE2>>> groups)
    : groups_(std::move(groups)) {
  const re2::RE2* first = nullptr;
  for (const auto& g : groups_)
    if (!g.empty()) {
      first = g.front().get();
      break;
    }
  if (!first || groups_.size() > 32) return;
  auto set = std::make_shared<re2::RE2::Set>(first->options(), re2::RE2::ANCHOR_BOTH);
  for (std::uint32_t g = 0; g < groups_.size(); ++g)
    for (const auto& re : groups_[g]) {
      if (re->options().case_sensitive() != first->options().case_sensitive() ||
          set->Add(re->pattern(), nullptr) < 0)
        return;  // not combinable: matched one by one
      group_of_.push_back(g);
    }
  if (set->Compile()) set_ = std::move(set);
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
    std::vector<int> matched;
    if (any && set_->Match(piece, &matched, &error)) {
      for (int i : matched) out |= std::uint32_t{1} << group_of_[static_cast<std::size_t>(i)];
      return out;
    }
    // Out of automaton memory: the patterns one by one decide.
  }
  re2::StringPiece piece(text.data(), text.size());
  for (std::uint32_t g = 0; g < groups_.size(); ++g)
    for (const auto& re : groups_[g])
      if (re2::RE2::FullMatch(piece, *re)) {
        out |= std::uint32_t{1} << g;
        break;
      }
  return out;
}

}  // namespace ct

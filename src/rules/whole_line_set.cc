// Whole-line pattern sets.
#include "rules/whole_line_set.h"

#include <cstdint>

namespace ct {

WholeLineGroups::WholeLineGroups(
    std::vector<std::vector<std::shared_ptr<const DeferredPattern>>> groups)
    : groups_(std::move(groups)) {
  auto one_by_one = [this] {
    group_of_.clear();
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
  auto set = std::make_shared<re2::RE2::Set>(first->options(), re2::RE2::ANCHOR_BOTH);
  for (std::uint32_t g = 0; g < groups_.size(); ++g)
    for (const auto& p : groups_[g]) {
      if (p->options().case_sensitive() != first->options().case_sensitive() ||
          set->Add(p->text(), nullptr) < 0) {
        one_by_one();  // not combinable: matched one by one
        return;
      }
      group_of_.push_back(g);
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
    if (any && groups_.size() == 1) return 1;  // which group: the only one
    std::vector<int> matched;
    if (any && set_->Match(piece, &matched, &error)) {
      for (int i : matched) out |= std::uint32_t{1} << group_of_[static_cast<std::size_t>(i)];
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

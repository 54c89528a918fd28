// Whole-line pattern sets.
#include "rules/whole_line_set.h"

namespace ct {

WholeLineSet::WholeLineSet(std::vector<std::shared_ptr<const DeferredPattern>> patterns)
    : patterns_(std::move(patterns)) {
  auto one_by_one = [this] {
    for (const auto& p : patterns_) p->get();
  };
  if (patterns_.size() < 2) {
    one_by_one();
    return;
  }
  auto set = std::make_shared<re2::RE2::Set>(patterns_.front()->options(), re2::RE2::ANCHOR_BOTH);
  for (const auto& p : patterns_)
    if (p->options().case_sensitive() != patterns_.front()->options().case_sensitive() ||
        set->Add(p->text(), nullptr) < 0) {
      one_by_one();  // not combinable: matched one by one
      return;
    }
  if (!set->Compile()) {
    one_by_one();
    return;
  }
  set_ = std::move(set);
}

bool WholeLineSet::full_match(std::string_view text) const {
  if (set_) {
    re2::RE2::Set::ErrorInfo error;
    if (set_->Match(re2::StringPiece(text.data(), text.size()), nullptr, &error)) return true;
    // Out of automaton memory: the patterns one by one decide.
    if (error.kind == re2::RE2::Set::kNoError) return false;
  }
  for (const auto& p : patterns_)
    if (re2::RE2::FullMatch(re2::StringPiece(text.data(), text.size()), p->get())) return true;
  return false;
}

}  // namespace ct

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

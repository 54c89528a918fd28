// TokenForms: chunks of bytes, filled in order.
#include "model/token_forms.h"

#include <cstring>

namespace ct {

std::string_view TokenForms::add(std::string_view s) {
  if (s.empty()) return {};
  if (s.size() > left_) {
    if (s.size() > kChunk / 4) {
      // A long form gets a chunk of its own; the current one stays in use.
      chunks_.push_back(std::make_unique_for_overwrite<char[]>(s.size()));
      std::memcpy(chunks_.back().get(), s.data(), s.size());
      return {chunks_.back().get(), s.size()};
    }
    chunks_.push_back(std::make_unique_for_overwrite<char[]>(kChunk));
    free_ = chunks_.back().get();
    left_ = kChunk;
  }
  std::memcpy(free_, s.data(), s.size());
  std::string_view out(free_, s.size());
  free_ += s.size();
  left_ -= s.size();
  return out;
}

}  // namespace ct

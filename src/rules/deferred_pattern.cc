// Patterns compiled on first use.
#include "rules/deferred_pattern.h"

#include "model/error.h"

namespace ct {

DeferredPattern::DeferredPattern(std::string text, const re2::RE2::Options& options,
                                 std::string file, int line, int column)
    : text_(std::move(text)),
      options_(options),
      file_(std::move(file)),
      line_(line),
      column_(column) {}

const re2::RE2& DeferredPattern::get() const {
  // An exception leaves the flag unset: a later call tries again and throws again.
  std::call_once(once_, [this] {
    auto re = std::make_unique<const re2::RE2>(text_, options_);
    if (!re->ok())
      throw InputError("pattern does not compile: " + re->error(), file_, line_, column_);
    re_ = std::move(re);
  });
  return *re_;
}

}  // namespace ct

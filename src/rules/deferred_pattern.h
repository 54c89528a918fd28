// DeferredPattern: an RE2 pattern of a rules file checked when the file is
// read (parsed: a syntax error is an InputError at its line and column, as
// yaml::pattern's) but compiled only when first asked for. The patterns of a
// WholeLineSet are matched through the set's one automaton; compiled one by
// one, as yaml::pattern does, they cost diff about 50 M instructions for
// nothing (chrome and meta lines), so they are compiled only when the set
// cannot answer.
//
//   auto p = yaml::deferred_pattern(path, node, text);   // parsed, not compiled
//   const re2::RE2& re = p->get();                       // compiled once, any thread
#pragma once

#include <re2/re2.h>

#include <memory>
#include <mutex>
#include <string>

namespace ct {

class DeferredPattern {
 public:
  // `text` parsed without error with `options`; `file`, `line`, `column`:
  // where the rules wrote it (0: unknown).
  DeferredPattern(std::string text, const re2::RE2::Options& options, std::string file, int line,
                  int column);

  const std::string& text() const { return text_; }
  const re2::RE2::Options& options() const { return options_; }
  // The compiled pattern, compiled on the first call (safe from several
  // threads). Throws InputError at the pattern's place when RE2 cannot
  // compile it (a program over RE2's memory budget: parsing cannot tell).
  const re2::RE2& get() const;

 private:
  std::string text_;
  re2::RE2::Options options_;
  std::string file_;
  int line_ = 0, column_ = 0;
  mutable std::once_flag once_;
  mutable std::unique_ptr<const re2::RE2> re_;
};

}  // namespace ct

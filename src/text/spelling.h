// A spelling dictionary of one language: Hunspell (libhunspell, Debian's
// hunspell-* dictionaries) with every variety the language rules list (en_US
// and en_GB: "programmes" and "programs" are both words). Tells whether a
// word is a word of the language, and its dictionary stems ("activities" ->
// "activity"). Loading costs tens of milliseconds: make one only when a
// check needs it. Not thread-safe (Hunspell keeps scratch state).
//
//   Spelling en({"/usr/share/hunspell/en_US", "/usr/share/hunspell/en_GB"});
//   if (!en.known("activites")) ...
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

class Hunspell;

namespace ct::text {

class Spelling {
 public:
  // `dictionaries`: paths without the .aff/.dic ending; one whose files are
  // missing is skipped.
  explicit Spelling(const std::vector<std::string>& dictionaries);
  ~Spelling();
  Spelling(const Spelling&) = delete;
  Spelling& operator=(const Spelling&) = delete;

  // No dictionary could be read: every word counts as known.
  bool empty() const { return dictionaries_.empty(); }
  // A word of the language in any of the varieties (as written, or with its
  // first letter in lower case when it opens a sentence).
  bool known(std::string_view word);
  // Its dictionary stems in every variety, lower case, without repeats.
  std::vector<std::string> stems(std::string_view word);

 private:
  std::vector<std::unique_ptr<Hunspell>> dictionaries_;
};

}  // namespace ct::text

// The lead of a mention cut at a character boundary (and at the sentence's
// start), matched with RE2.
#include "check/lead_words.h"

#include <re2/re2.h>

#include <string_view>

#include "text/utf8.h"

namespace ct::check {

bool lead_matches(const Clause& c, std::size_t at, std::size_t reach, bool in_sentence,
                  const std::vector<Pattern>& patterns) {
  at = std::min(at, c.text.size());
  std::size_t from = at > reach ? text::char_boundary(c.text, at - reach) : 0;
  std::string_view lead = std::string_view(c.text).substr(from, at - from);
  if (in_sentence) {
    auto stop = lead.find_last_of(".;");
    if (stop != std::string_view::npos) lead.remove_prefix(stop + 1);
  }
  for (const Pattern& p : patterns)
    if (p && re2::RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), *p)) return true;
  return false;
}

}  // namespace ct::check

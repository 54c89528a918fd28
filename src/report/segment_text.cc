// Segment as text.
#include "report/segment_text.h"

#include <fmt/format.h>

namespace ct::report {

std::string segment_text(const Corpus& corpus, const std::vector<std::size_t>& docs) {
  std::string out;
  for (std::size_t i : docs) {
    const Document& d = corpus.documents[i];
    out += fmt::format("== {}  [{} {} {}{}]  {}\n", d.id, d.language, d.kind,
                       d.date.empty() ? "undated" : d.date,
                       d.parent.empty() ? "" : ", in " + d.parent, d.title);
    for (std::size_t k = d.first_clause; k < d.first_clause + d.clause_count; ++k) {
      const Clause& c = corpus.clauses[k];
      // The id without its document ("s2.8.ii", "pre.3"): unique and short.
      std::string label = c.id.substr(d.id.size() + 1);
      std::string lines =
          c.line == c.end_line ? std::to_string(c.line) : fmt::format("{}-{}", c.line, c.end_line);
      std::string verb = c.action.empty() ? "" : fmt::format("[{} {}] ", c.action, c.strength);
      out += fmt::format("{:>10}  {:<10} {:>9}  {}{}{}\n", label, name(c.role), lines,
                         std::string(static_cast<std::size_t>(c.depth) * 2, ' '), verb, c.text);
    }
  }
  return out;
}

}  // namespace ct::report

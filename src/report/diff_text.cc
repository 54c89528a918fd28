// The text form of `clausetrack diff`: the two sides, the counts, then each
// kind of change, with the word diff as [-old-]{+new+}.
#include "diff/word_diff.h"
#include "report/diff_view.h"
#include "report/diff_words.h"

namespace ct::report {

std::string diff_text(const DiffView& v, const align::SideBySide& r) {
  std::string out;
  for (std::size_t k = 0; k < v.docs.size(); ++k)
    out += (k < v.old_count ? "--- " : "+++ ") + v.describe(k) + "\n";
  out += diff_counts(r) + "\n";
  const char* arrow = " \xE2\x86\x92 ";
  if (!r.kept.empty()) {
    out += "\n== kept\n";
    for (const auto& p : r.kept)
      out += v.label(p.old_clause) + arrow + v.label(p.new_clause) + "\n";
  }
  if (!r.changed.empty()) {
    out += "\n== changed\n";
    for (const auto& p : r.changed) {
      out += v.label(p.old_clause) + arrow + v.label(p.new_clause) + "  " + change_line(p) + "\n";
      if (!p.diff.empty())
        out += "    " + diff::render_plain(p.diff) + "\n";
      else
        out += "    - " + v.two.clauses[p.old_clause].text + "\n    + " +
               v.two.clauses[p.new_clause].text + "\n";
    }
  }
  if (auto moved = r.moved(); !moved.empty()) {
    out += "\n== moved\n";
    for (const auto* p : moved)
      out +=
          v.label(p->old_clause) + arrow + v.label(p->new_clause) + "  " + how_moved(v, *p) + "\n";
  }
  if (!r.merged.empty()) {
    out += "\n== merged\n";
    for (const auto& m : r.merged)
      out += joined_labels(v, m.old_clauses) + arrow + v.label(m.new_clause) + "\n    " +
             v.two.clauses[m.new_clause].text + "\n";
  }
  if (!r.split.empty()) {
    out += "\n== split\n";
    for (const auto& s : r.split)
      out += v.label(s.old_clause) + arrow + joined_labels(v, s.new_clauses) + "\n    " +
             v.two.clauses[s.old_clause].text + "\n";
  }
  for (auto [title, list] : {std::pair{"added", &r.added}, {"removed", &r.removed}}) {
    if (list->empty()) continue;
    out += std::string("\n== ") + title + "\n";
    for (std::size_t c : *list) out += v.label(c) + "  " + v.two.clauses[c].text + "\n";
  }
  return out;
}

}  // namespace ct::report

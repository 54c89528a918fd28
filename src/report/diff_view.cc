// DiffView lookups and the phrases the three diff writers share.
#include "report/diff_view.h"

#include <fmt/format.h>

#include "report/diff_words.h"

namespace ct::report {

const Document& DiffView::doc_of(std::size_t clause) const {
  return original.documents[docs[two.clauses[clause].doc]];
}

std::string DiffView::label(std::size_t clause) const {
  const Clause& c = two.clauses[clause];
  bool several = is_old(clause) ? old_count > 1 : docs.size() - old_count > 1;
  const std::string& doc = doc_of(clause).id;
  if (!several && c.id.size() > doc.size() + 1 && c.id.compare(0, doc.size() + 1, doc + "/") == 0)
    return c.id.substr(doc.size() + 1);
  return c.id;
}

std::string DiffView::number(std::size_t clause) const {
  const Clause& c = two.clauses[clause];
  return c.number.empty() ? c.key : c.number;
}

std::string DiffView::describe(std::size_t k) const {
  const Document& d = original.documents[docs[k]];
  std::string s = d.id + " (" + d.language + (d.date.empty() ? "" : ", " + d.date) + ")";
  if (!d.title.empty()) s += " " + d.title;
  return s;
}

std::string diff_counts(const align::SideBySide& r) {
  return fmt::format("kept {}, changed {}, moved {}, merged {}, split {}, added {}, removed {}",
                     r.kept.size(), r.changed.size(), r.moved().size(), r.merged.size(),
                     r.split.size(), r.added.size(), r.removed.size());
}

std::string how_moved(const DiffView& v, const align::ClausePair& p) {
  std::string how;
  if (p.renumbered)
    how += "renumbered " + v.number(p.old_clause) + " \xE2\x86\x92 " + v.number(p.new_clause);
  if (p.reordered) how += std::string(how.empty() ? "" : ", ") + "reordered";
  return how;
}

std::string change_line(const align::ClausePair& p) {
  std::string s(name(p.change));
  if (!p.facts.empty()) {
    s += ": ";
    for (std::size_t k = 0; k < p.facts.size(); ++k) s += (k ? "; " : "") + p.facts[k];
  }
  return s;
}

std::string joined_labels(const DiffView& v, const std::vector<std::size_t>& clauses) {
  std::string out;
  for (std::size_t k = 0; k < clauses.size(); ++k) out += (k ? " + " : "") + v.label(clauses[k]);
  return out;
}

}  // namespace ct::report

// `clausetrack diff` as the reader sees it: the two sides of the comparison
// (documents of the original corpus) and the aligned result, and the three
// writers of it: text ([-old-]{+new+}), JSON (clausetrack/diff/1) and a small
// self-contained HTML page (<del>/<ins>, template diff.html): kept, changed
// (with the word diff), moved, merged, split, added and removed clauses; and
// a Word document (.docx bytes) of the new text with the changes tracked.
//
//   report::DiffView v{two, corpus, docs, old_count};
//   std::string page = report::diff_html(v, result);
#pragma once

#include <cstddef>
#include <ctime>
#include <string>
#include <vector>

#include "align/pairwise.h"
#include "model/corpus.h"

namespace ct::report {

struct DiffView {
  const Corpus& two;              // the two-sided corpus the result indexes
  const Corpus& original;         // where the documents come from (dates, titles)
  std::vector<std::size_t> docs;  // original index of each document of `two`
  std::size_t old_count = 0;      // documents 0..old_count-1 are the old side

  const Document& doc_of(std::size_t clause) const;
  bool is_old(std::size_t clause) const { return two.clauses[clause].doc < old_count; }
  // The clause's id without its document when its side has one document.
  std::string label(std::size_t clause) const;
  // Its printed number, else its positional key.
  std::string number(std::size_t clause) const;
  // "ID (LANG, DATE) TITLE" of the k-th document of `two`.
  std::string describe(std::size_t k) const;
};

std::string diff_text(const DiffView& v, const align::SideBySide& r);
std::string diff_json(const DiffView& v, const align::SideBySide& r);
std::string diff_html(const DiffView& v, const align::SideBySide& r);

// Who made the tracked changes, and when.
struct DocxOptions {
  std::string author = "clausetrack";
  std::string date;       // ISO 8601 UTC, "2026-01-31T12:00:00Z"
  std::time_t mtime = 0;  // the same instant, for the zip entries
};
// The bytes of a .docx: one paragraph per clause of the new side, the
// changes from the old side as w:ins / w:del (accept all: the new clauses;
// reject all: the old ones).
std::string diff_docx(const DiffView& v, const align::SideBySide& r, const DocxOptions& o);

}  // namespace ct::report

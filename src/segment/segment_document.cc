// PLACEHOLDER (to be replaced by the real segmenter): one narrative clause per
// blank-line-separated block.
#include "segment/segment.h"

namespace ct::segment {

std::vector<Clause> segment_document(const Document& doc, std::size_t doc_index,
                                     const Rules& rules, text::Analyzer& analyzer) {
  std::vector<Clause> out;
  const std::string& s = doc.text->bytes();
  std::size_t i = doc.begin;
  int n = 0;
  while (i < doc.end) {
    while (i < doc.end && (s[i] == '\n' || s[i] == ' ')) ++i;
    if (i >= doc.end) break;
    std::size_t e = s.find("\n\n", i);
    if (e == std::string::npos || e > doc.end) e = doc.end;
    Clause c;
    c.doc = doc_index;
    c.key = "p." + std::to_string(++n);
    c.id = doc.id + "/" + c.key;
    c.role = Role::Narrative;
    c.source_begin = i;
    c.source_end = e;
    c.line = doc.text->position(i).line;
    c.end_line = doc.text->position(e).line;
    for (std::size_t k = i; k < e; ++k) c.text += s[k] == '\n' ? ' ' : s[k];
    c.runs.push_back({0, i, e - i});
    c.tokens = analyzer.tokenize(c.text);
    out.push_back(std::move(c));
    i = e;
  }
  return out;
}

}  // namespace ct::segment

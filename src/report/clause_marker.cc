// A clause's printed item marker, from its source (see clause_marker.h).
#include "report/clause_marker.h"

namespace ct::report {

std::string printed_marker(const Corpus& corpus, const Clause& c) {
  const Document& d = corpus.documents[c.doc];
  std::size_t text_start = c.source_offset(0);
  if (!d.text || text_start <= c.source_begin ||
      text_start - c.source_begin > 24 || text_start > d.text->view().size())
    return "";
  std::string m;
  for (char ch : d.text->view().substr(c.source_begin, text_start - c.source_begin)) {
    if (ch == '<' || ch == '>' || ch == '&') return "";  // markup, not a printed marker
    if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
      if (!m.empty() && m.back() != ' ') m += ' ';
    } else {
      m += ch;
    }
  }
  while (!m.empty() && m.back() == ' ') m.pop_back();
  return m;
}

std::string printed_clause(const Corpus& corpus, const Clause& c) {
  std::string m = printed_marker(corpus, c);
  return m.empty() ? c.text : m + " " + c.text;
}

}  // namespace ct::report

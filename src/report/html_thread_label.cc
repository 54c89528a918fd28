// A thread's label on the page, in the language of the clause it was taken
// from: its words carry that clause's lang and dir (text_direction.h), as
// every quoted text of the report does.
#include "align/finalize.h"
#include "report/html_sections.h"
#include "report/text_direction.h"

namespace ct::report {

const Clause* label_source(const Corpus& corpus, const Thread& thread) {
  if (thread.label.empty()) return nullptr;
  // The clause whose label the thread carries (align/finalize.h chooses it);
  // asked of the members rather than chosen again here, so the choice lives
  // in one place.
  for (const ThreadMember& m : thread.members) {
    if (m.clause >= corpus.clauses.size()) continue;
    const Clause& c = corpus.clauses[m.clause];
    if (align::label_of(c) == thread.label) return &c;
  }
  return nullptr;
}

void write_thread_label(HtmlWriter& w, const Corpus& corpus, const Thread& thread) {
  const Clause* source = label_source(corpus, thread);
  const std::string* language = source ? &corpus.documents[source->doc].language : nullptr;
  if (!language || language->empty()) {
    w.text(thread.label.empty() ? thread.id : thread.label);
    return;
  }
  // The action before the words is the report's own (English) word.
  std::string_view words = thread.label;
  std::string prefix = source->action.empty() ? std::string() : source->action + ": ";
  if (!prefix.empty() && words.substr(0, prefix.size()) == prefix) {
    w.text(prefix);
    words.remove_prefix(prefix.size());
  }
  w.element("span", {{"class", "tlabel"}, {"lang", *language}, {"dir", text_direction(*language)}},
            words);
}

}  // namespace ct::report

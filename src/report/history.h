// The writers of `clausetrack history`: the life of one clause, every version
// in each of its threads with document, date, number, language, source line,
// the change from the version it was compared with, the facts that changed
// and the word diff; as text or JSON (clausetrack/history/1).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/corpus.h"

namespace ct::report {

struct HistoryView {
  const Corpus& corpus;
  std::string query;                   // as the user gave it
  std::size_t clause = 0;              // the clause it names or resembles
  bool by_text = false;                // found by its text, not its id
  double similarity = 1;               // of the text found (by_text)
  std::vector<const Thread*> threads;  // the threads the clause is in
};

std::string history_text(const HistoryView& v);
std::string history_json(const HistoryView& v);

}  // namespace ct::report

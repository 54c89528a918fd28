// Helpers for segmentation tests: segment a text written by the test (as a
// file outside any corpus would be) and look its clauses up by id, role or
// number. Only ingest and segment run: no extract, no alignment.
#pragma once

#include <string>
#include <vector>

#include "model/corpus.h"

namespace ct::test {

struct Segmented {
  Corpus corpus;  // the text's documents (several for a compilation) and clauses

  // The clauses of document `doc` (default: the first one).
  std::vector<const Clause*> clauses(const std::string& doc = "") const;
  // Clause by its id's part after "DOC/", in document `doc`; null if absent.
  const Clause* find(const std::string& local_id, const std::string& doc = "") const;
  std::vector<const Clause*> with_role(Role role, const std::string& doc = "") const;
  // "id role text" lines, for failure messages.
  std::string dump(const std::string& doc = "") const;
};

// The clause `id` (as Segmented::find) of the first document; fails the
// current test, with the clauses listed, when there is none.
const Clause& need(const Segmented& s, const std::string& id);

// Segments `text` as the file NAME in `language` (detected when empty). The
// bytes go through ingest (BOM and CRLF handling, compilation splitting).
Segmented segment_text(const std::string& text, const std::string& language = "",
                       const std::string& name = "doc.txt");

// Segments a file as `clausetrack segment FILE` does (ingest + segment).
Segmented segment_file(const std::string& path, const std::string& language = "");

// The shipped corpus, ingested and segmented (built once per test executable).
const Corpus& segmented_corpus();

}  // namespace ct::test

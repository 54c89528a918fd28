// tracker.json (schema clausetrack/tracker/1, CONTRACT.md): documents,
// clauses, threads and, as an extension, entity lifecycles. Also the partial
// object `segment --format json` prints (documents and clauses only).
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "graph/persistence_graph.h"
#include "model/corpus.h"

namespace ct::report {

using Json = nlohmann::ordered_json;

Json document_json(const Corpus& corpus, const Document& d);
Json clause_json(const Corpus& corpus, const Clause& c);
Json entity_json(const Entity& e);
Json thread_json(const Corpus& corpus, const Thread& t);

// {"schema", "documents", "clauses"} for the given documents (indices).
Json segment_json(const Corpus& corpus, const std::vector<std::size_t>& docs);

// The whole tracker; `entities` is the lifecycle array (may be null: omitted).
Json tracker_json(const Corpus& corpus, const Json& entities = Json());

// Pretty JSON text with a final newline (UTF-8 kept as is).
std::string dump(const Json& j);

// dump(tracker_json(corpus, entities)), written one item at a time so the
// whole tree is never in memory (a large corpus's tracker is hundreds of MB
// as a tree, tens as text). Byte-identical to the tree's dump.
std::string tracker_json_text(const Corpus& corpus, const Json& entities = Json());
// The same with the entities made one at a time from the graph's catalogue
// (as entities_json would make them), never all in memory as a tree.
std::string tracker_json_text(const Corpus& corpus, const graph::Catalogue& catalogue);

// One document's entries in tracker.json as tracker_json_text writes them:
// its entry of "documents" and those of its clauses in "clauses" (joined by
// ",\n", "" when it has none). They read only what document_entries_input
// returns, so equal inputs give equal entries (track caches them by it).
struct DocumentEntries {
  std::string document;
  std::string clauses;
};
DocumentEntries document_entries(const Corpus& corpus, std::size_t doc);
std::string document_entries_input(const Corpus& corpus, std::size_t doc);
// tracker_json_text(corpus, catalogue) with each document's entries made by
// `entries(doc)` (when the clauses follow their documents' order, as the
// pipeline makes them; else made here).
std::string tracker_json_text(const Corpus& corpus, const graph::Catalogue& catalogue,
                              const std::function<DocumentEntries(std::size_t)>& entries);
// The same text in consecutive parts (joined, they are tracker_json_text),
// to be written one after the other: no string of the whole (a hundred MB
// for a large corpus, its pages touched once more). Each part is whole UTF-8.
// `entries` may be empty (the entries made here).
std::vector<std::string> tracker_json_parts(
    const Corpus& corpus, const graph::Catalogue& catalogue,
    const std::function<DocumentEntries(std::size_t)>& entries);

}  // namespace ct::report

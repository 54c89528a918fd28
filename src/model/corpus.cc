// Lookups and source mapping over the data model.
#include "model/corpus.h"

#include <algorithm>

namespace ct {

bool Entity::has_flag(const std::string& f) const {
  return std::find(flags.begin(), flags.end(), f) != flags.end();
}

std::size_t Clause::source_offset(std::size_t text_offset) const {
  if (runs.empty()) return source_begin;
  // Last run starting at or before text_offset.
  auto it = std::upper_bound(runs.begin(), runs.end(), text_offset,
                             [](std::size_t off, const TextRun& r) { return off < r.text_begin; });
  if (it == runs.begin()) return runs.front().source_begin;
  --it;
  std::size_t delta = std::min(text_offset - it->text_begin, it->length);
  return it->source_begin + delta;
}

const Document* Corpus::find_document(const std::string& id) const {
  auto i = document_index(id);
  return i ? &documents[*i] : nullptr;
}

const Series* Corpus::find_series(const std::string& id) const {
  for (const auto& s : series)
    if (s.id == id) return &s;
  return nullptr;
}

std::optional<std::size_t> Corpus::document_index(const std::string& id) const {
  for (std::size_t i = 0; i < documents.size(); ++i)
    if (documents[i].id == id) return i;
  return std::nullopt;
}

std::optional<std::size_t> Corpus::clause_index(const std::string& id) const {
  for (std::size_t i = 0; i < clauses.size(); ++i)
    if (clauses[i].id == id) return i;
  return std::nullopt;
}

Position Corpus::position(const Clause& c, std::size_t text_offset) const {
  const Document& d = documents[c.doc];
  if (!d.text) return {c.line, 1};
  return d.text->position(c.source_offset(text_offset));
}

}  // namespace ct

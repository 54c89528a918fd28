// segment: splits each document into clauses (title, headings, preambular and
// operative paragraphs, numbered items and sub-items, narrative paragraphs,
// signature blocks), undoing hard line breaks and end-of-line hyphenation,
// stripping web/PDF chrome and conversion markup, and keeping each clause's
// source lines. See CONTRACT.md for roles and clause ids.
#pragma once

#include <cstddef>
#include <vector>

#include "model/corpus.h"
#include "rules/rules.h"
#include "text/analyzer.h"

namespace ct::segment {

// The longest clause text accepted, in bytes (README, "Limits"): the
// stages after segmentation are linear or n log n in a clause's size, but a
// clause is a paragraph, and one of megabytes is a broken file (no line
// breaks) rather than a text to compare. A longer one is an InputError
// naming the file and the clause's first line.
constexpr std::size_t kMaxClauseBytes = std::size_t{4} << 20;

// Clauses of one document, in reading order, with id, number, key, role,
// depth, lines, text, runs and tokens filled in; `doc` is set to doc_index
// and `parent` indices are relative to the returned vector. Throws
// InputError for a clause longer than kMaxClauseBytes.
std::vector<Clause> segment_document(const Document& doc, std::size_t doc_index, const Rules& rules,
                                     text::Analyzer& analyzer);

// Segments every document (replacing existing clauses), in document order, on
// `jobs` threads; fills Document::first_clause / clause_count. Deterministic.
void segment_corpus(Corpus& corpus, const Rules& rules, int jobs);

// Puts each document's clauses (`parts[i]` for document i, parent indices
// relative to the part) into corpus.clauses in document order, replacing
// what was there; fills Document::first_clause / clause_count.
void splice_clauses(Corpus& corpus, std::vector<std::vector<Clause>>&& parts);

}  // namespace ct::segment

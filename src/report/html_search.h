// The search index of a split report: small script files the pages load on
// demand with <script src> (a page opened from disk may not fetch JSON, but
// may run a script beside it), each calling one function of the page's
// script with its data:
//
//   search/pages.js   ctSite.pages([[FILE, LABEL], ...])        every page
//   search/w-B.js     ctSite.words(B, {WORD: [Δclause...], ...}) postings
//   search/c-K.js     ctSite.texts(K, [[PAGE, ANCHOR, LABEL, TEXT], ...])
//   search/a-B.js     ctSite.anchors(B, {ANCHOR: PAGE, ...})    where each
//                     anchor lives, so "index.html#thread-t7qm194w" still lands
//
// Words are the clause texts folded as text::fold does (lower case, accents
// removed), cut at every character that is not a letter or a digit, each
// Han character a word of its own; a word's bucket is FNV-1a 32 of its UTF-8
// bytes modulo the bucket count (the page's script computes the same).
// Clause postings are ascending clause numbers, delta-coded; text chunks
// hold kSearchChunk clauses each.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/persistence_graph.h"
#include "model/corpus.h"
#include "report/html_index.h"
#include "report/html_pages.h"
#include "report/html_report.h"
#include "util/hash.h"

namespace ct::report {

inline constexpr std::size_t kSearchChunk = 200;
// Target size of one postings or anchors file.
inline constexpr std::size_t kSearchBucketBytes = 150'000;

struct SearchShape {
  std::size_t word_buckets = 0, anchor_buckets = 0, chunk = kSearchChunk;
};

using ct::fnv1a32;  // util/hash.h: the buckets site.js computes too
// The words of a text as the search sees them (folded, in order, repeated).
std::vector<std::string> search_words(std::string_view text);

// The number of anchor files (what a series page needs to follow a deep
// link), as write_search_index will write them.
std::size_t anchor_bucket_count(const Corpus& corpus, const ReportIndex& index,
                                const PageMap& pages, const graph::Catalogue* catalogue);

// Writes search/*.js through `sink`; returns the bucket counts the pages
// need to find the files.
SearchShape write_search_index(const Corpus& corpus, const ReportIndex& index, const PageMap& pages,
                               const graph::Catalogue* catalogue, const ReportSink& sink);

}  // namespace ct::report

// What a series page of a split report (html_site.cc) is made from, written
// out as text for a cache key (pipeline/page_cache.h): equal texts give
// byte-identical pages, so a page kept from an earlier run can stand in for
// one made again. Items are named by content, never by their index in the
// corpus (which shifts when a document is added). The text holds:
//   - the page itself: its file, series, sessions, part, title and range,
//     its sibling pages' files and ranges, and what every page shows of the
//     whole corpus (the filter bar's series, the search index's shape, the
//     common graph note);
//   - its series (sessions with their strands, documents) and the documents
//     it lists;
//   - every thread it shows as a card, whole (members, their clauses and
//     documents, word diffs, facts), with where each member sits (series,
//     session, page) and, for the versions on the page, what they link to
//     (the versions compared with them, the other threads of their clause,
//     their findings);
//   - every thread of its series (the matrix's rows, the timeline's counts):
//     its versions in each session up to the page's last, the sessions up to
//     it that the thread is not measured against (strands), and for a row
//     (versions in the page's sessions) its label, attributes and place in
//     reading order;
//   - its findings, its entities (what their rows show) and its series'
//     drawing;
//   - every link it prints, as the page computes it (html_sections.h), so
//     that a thread, clause, finding or document moving to another page
//     changes the text.
// Documents, clauses, threads and findings are summed up once per run,
// hashes of all their fields whether or not a page shows them (more than a
// page reads only costs a page made again) but for a member's alignment
// score, which no page shows and which moves with every document added.
// tests/report/html_page_input_test.cc changes each kind of item and checks
// that every page whose bytes change has a changed text.
//
//   PageInputs in(corpus, inputs, index, pages);
//   std::string key_material = in.of(p, shape);
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/corpus.h"
#include "report/html_index.h"
#include "report/html_pages.h"
#include "report/html_report.h"
#include "report/html_search.h"

namespace ct::report {

class PageInputs {
 public:
  PageInputs(const Corpus& corpus, const HtmlInputs& inputs, const ReportIndex& index,
             const PageMap& pages);
  // The text of series page `p` (not the index page) of a split report.
  std::string of(std::size_t p, const SearchShape& shape) const;

 private:
  const Corpus& corpus_;
  const HtmlInputs& inputs_;
  const ReportIndex& index_;
  const PageMap& pages_;
  // Per item, a hash of its fields (a thread's: with its members' clauses
  // and their documents; an entity's: what its row shows).
  std::vector<std::uint64_t> documents_, clauses_, threads_, findings_, entities_;
  std::vector<std::uint64_t> labels_;  // a thread's id and label as the page writes them
  std::vector<std::uint64_t> rows_;    // ... with its attributes and rank in reading order
  std::vector<char> furniture_;        // whether a thread is furniture (model/reading.h)
  std::vector<std::uint64_t> files_;   // a page's file name
  // By page: how many documents, which findings and entities it lists.
  std::vector<std::size_t> documents_on_;
  std::vector<std::vector<std::size_t>> findings_on_, entities_on_;
  std::vector<std::size_t> entity_groups_;  // the series whose page lists an entity
  // Threads and entities by their anchor as a drawing writes it (escaped).
  std::unordered_map<std::string, std::vector<std::size_t>> thread_anchors_, entity_anchors_;
  std::string common_;  // what every page shows of the whole corpus
};

}  // namespace ct::report

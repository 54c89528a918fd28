// Where each part of the HTML report lives when it is split into pages: an
// index (index.html) and, for every series, pages of consecutive sessions
// (series/ID.html, series/ID-p2.html, …), documents outside any series on
// pages of their own. Each page is kept under a byte budget, estimated from
// the text it will show (never measured after the fact, so the split depends
// on the input only), and to kMaxPageSessions sessions, so the lifecycle
// matrix of a page shows all of its sessions.
//
// Every anchor of the report ("#clause-…", "#thread-…", "#doc-…",
// "#finding-…", "#entity-…") has one page; links from one page to another
// name the file. A thread whose versions fall on several pages has a card on
// each, showing the versions of that page; its canonical page (the one its
// anchor resolves to from elsewhere) holds its newest version.
//
//   PageMap pages = PageMap::split(corpus, index, catalogue);  // or ::single()
//   for (std::size_t p = 0; p < pages.size(); ++p) render(pages.page(p));
//   std::string href = pages.href(from, pages.clause_page(c), "clause-" + id);
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "graph/persistence_graph.h"
#include "model/corpus.h"
#include "report/html_index.h"

namespace ct::report {

// A series page holds at most this many sessions (the lifecycle matrix shows
// them all) and about this many bytes of estimated HTML.
inline constexpr std::size_t kMaxPageSessions = 30;
inline constexpr std::size_t kPageBudgetBytes = 2'500'000;

struct Page {
  std::string file;  // relative to the output folder: "index.html", "series/x.html"
  // The series shown (index into Corpus::series); npos: the documents outside
  // any series, or the index page.
  std::size_t series = ReportIndex::npos;
  // Sessions [first, last) of the series, or positions [first, last) in the
  // list of documents outside any series.
  std::size_t first = 0, last = 0;
  std::size_t part = 0, parts = 1;  // 0-based part of the series, and how many
  bool index = false;               // the index page (or the one page)
  bool loose = false;               // documents outside any series
  std::size_t estimate = 0;         // estimated bytes
};

class PageMap {
 public:
  static constexpr std::size_t npos = ReportIndex::npos;

  // Everything on one page, index.html.
  static PageMap single(const Corpus& corpus, const ReportIndex& index);
  // An index page (page 0) and the pages of each series.
  static PageMap split(const Corpus& corpus, const ReportIndex& index,
                       const graph::Catalogue* catalogue, std::size_t budget = kPageBudgetBytes);
  // Estimated size of the one-page report (what decides between the two).
  static std::size_t estimate_single(const Corpus& corpus, const ReportIndex& index,
                                     const graph::Catalogue* catalogue);

  bool is_single() const { return single_; }
  std::size_t size() const { return pages_.size(); }
  const Page& page(std::size_t p) const { return pages_[p]; }
  const std::vector<Page>& pages() const { return pages_; }
  // The pages of a series (or of the loose documents, series == npos), in order.
  std::vector<std::size_t> pages_of_series(std::size_t series) const;

  std::size_t member_page(std::size_t thread, std::size_t member) const {
    return member_page_[thread][member];
  }
  std::size_t clause_page(std::size_t clause) const;
  std::size_t document_page(std::size_t doc) const { return doc_page_[doc]; }
  std::size_t thread_page(std::size_t thread) const { return thread_page_[thread]; }
  // Whether thread `t` has a card on page `p`.
  bool thread_on(std::size_t thread, std::size_t p) const;
  // The threads with a card on page `p`, ascending.
  const std::vector<std::size_t>& threads_on(std::size_t p) const { return page_threads_[p]; }
  std::size_t finding_page(std::size_t finding) const { return finding_page_[finding]; }
  // The page listing the entities whose main series is `series` (npos: none).
  std::size_t entity_page(std::size_t series) const;
  // The n-th document outside any series (pages of loose documents count them).
  std::size_t loose_document(std::size_t n) const { return loose_docs_[n]; }
  // The page of a session of a series.
  std::size_t session_page(std::size_t series, std::size_t session) const;

  // A link from page `from` to `anchor` on page `to`: "#anchor" on the same
  // page, else the file relative to `from` ("../index.html#…",
  // "x-p2.html#…").
  std::string href(std::size_t from, std::size_t to, std::string_view anchor) const;
  // The path from page `from` to the output folder: "" or "../".
  std::string root(std::size_t from) const;

 private:
  const Corpus* corpus_ = nullptr;
  const ReportIndex* index_ = nullptr;
  bool single_ = true;
  std::vector<Page> pages_;
  std::vector<std::vector<std::size_t>> member_page_;
  std::vector<std::size_t> doc_page_, thread_page_, finding_page_;
  std::vector<std::size_t> entity_page_;                // by series, last: outside any series
  std::vector<std::vector<std::size_t>> series_pages_;  // by series, last: loose
  std::vector<std::size_t> loose_docs_;                 // documents outside any series
  std::vector<std::vector<std::size_t>> page_threads_;  // by page: threads_on
};

// A series id made safe as a file name: ASCII letters, digits, '-', '.' and
// '_' kept, any other byte '_'; never empty, never starting with '.'.
std::string file_stem(std::string_view id);

}  // namespace ct::report

// Splitting the report into pages: members of threads placed on the sessions
// of their home series, sessions grouped greedily into pages under the
// budget, then every anchor given its page.
#include "report/html_pages.h"

#include <algorithm>
#include <set>

#include "report/html_graph.h"

namespace ct::report {

namespace {

// Estimated bytes of HTML, from the sizes of the templates' output measured
// on the archive corpus (thread cards about twice the clause text: word
// diffs and escaping).
constexpr std::size_t kPageChrome = 60'000;
constexpr std::size_t kVersionBytes = 900;
constexpr std::size_t kCardBytes = 800;
constexpr std::size_t kRowBytes = 400;
constexpr std::size_t kCellBytes = 160;
constexpr std::size_t kDocumentBytes = 500;
constexpr std::size_t kSessionBytes = 700;
constexpr std::size_t kFindingBytes = 800;
constexpr std::size_t kEntityBytes = 600;

std::size_t version_bytes(const Corpus& corpus, std::size_t clause) {
  return kVersionBytes + 2 * corpus.clauses[clause].text.size();
}

// A unit of paging: one session of a series, or one document outside any.
struct Unit {
  std::size_t bytes = 0;             // versions, documents, findings
  std::vector<std::size_t> threads;  // with a version placed here
};

}  // namespace

std::string file_stem(std::string_view id) {
  std::string out;
  for (char c : id) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '.' || c == '_';
    out += keep ? c : '_';
  }
  if (out.empty() || out.front() == '.') out.insert(out.begin(), '_');
  return out;
}

PageMap PageMap::single(const Corpus& corpus, const ReportIndex& index) {
  PageMap m;
  m.corpus_ = &corpus;
  m.index_ = &index;
  m.single_ = true;
  Page p;
  p.file = "index.html";
  p.index = true;
  m.pages_.push_back(p);
  m.member_page_.resize(corpus.threads.size());
  m.page_threads_.resize(1);
  for (std::size_t t = 0; t < corpus.threads.size(); ++t) {
    m.member_page_[t].assign(corpus.threads[t].members.size(), 0);
    m.page_threads_[0].push_back(t);
  }
  m.doc_page_.assign(corpus.documents.size(), 0);
  m.thread_page_.assign(corpus.threads.size(), 0);
  m.finding_page_.assign(corpus.findings.size(), 0);
  m.entity_page_.assign(corpus.series.size() + 1, 0);
  m.series_pages_.assign(corpus.series.size() + 1, {});
  return m;
}

namespace {

// Thread members placed on units: (group, unit) per member, group being a
// series index or `loose_group` for the documents outside any series.
struct Placement {
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> member;
  std::vector<std::vector<Unit>> units;  // by group
};

Placement place(const Corpus& corpus, const ReportIndex& index,
                const std::vector<std::size_t>& loose_pos, std::size_t loose_count) {
  const std::size_t loose_group = corpus.series.size();
  Placement pl;
  pl.units.resize(corpus.series.size() + 1);
  for (std::size_t s = 0; s < corpus.series.size(); ++s)
    pl.units[s].resize(corpus.series[s].sessions.size());
  pl.units[loose_group].resize(loose_count);
  auto unit_of = [&](std::size_t group, std::size_t doc) -> std::size_t {
    if (group == loose_group) return loose_pos[doc];
    if (index.series_of(doc) != group) return ReportIndex::npos;
    return index.session_of(doc);
  };

  // Documents and findings weigh on their unit.
  for (std::size_t d = 0; d < corpus.documents.size(); ++d) {
    std::size_t s = index.series_of(d);
    std::size_t g = s == ReportIndex::npos ? loose_group : s;
    std::size_t u = unit_of(g, d);
    if (u != ReportIndex::npos && u < pl.units[g].size()) pl.units[g][u].bytes += kDocumentBytes;
  }
  for (std::size_t s = 0; s < corpus.series.size(); ++s)
    for (Unit& u : pl.units[s]) u.bytes += kSessionBytes;
  for (const Finding& f : corpus.findings) {
    std::size_t d = index.document(f.where.doc);
    if (d == ReportIndex::npos) continue;
    std::size_t s = index.series_of(d);
    std::size_t g = s == ReportIndex::npos ? loose_group : s;
    std::size_t u = unit_of(g, d);
    if (u != ReportIndex::npos && u < pl.units[g].size()) pl.units[g][u].bytes += kFindingBytes;
  }

  pl.member.resize(corpus.threads.size());
  for (std::size_t t = 0; t < corpus.threads.size(); ++t) {
    const Thread& thread = corpus.threads[t];
    std::size_t h = index.home_series(t);
    std::size_t g = h == ReportIndex::npos ? loose_group : h;
    auto& placed = pl.member[t];
    placed.assign(thread.members.size(), {g, ReportIndex::npos});
    // A member outside the home series goes with the member before it (or
    // the first placed one): a thread's card stays in one series.
    std::size_t last = ReportIndex::npos;
    for (std::size_t m = 0; m < thread.members.size(); ++m) {
      std::size_t c = thread.members[m].clause;
      if (c >= corpus.clauses.size()) continue;
      std::size_t u = unit_of(g, corpus.clauses[c].doc);
      if (u != ReportIndex::npos && u < pl.units[g].size()) last = u;
      placed[m].second = u != ReportIndex::npos && u < pl.units[g].size() ? u : last;
    }
    std::size_t first = ReportIndex::npos;
    for (const auto& p : placed)
      if (p.second != ReportIndex::npos) {
        first = p.second;
        break;
      }
    if (first == ReportIndex::npos) first = 0;
    for (auto& p : placed)
      if (p.second == ReportIndex::npos) p.second = first;
    if (pl.units[g].empty()) continue;  // nowhere to show it (no unit at all)
    for (std::size_t m = 0; m < thread.members.size(); ++m) {
      std::size_t c = thread.members[m].clause;
      Unit& u = pl.units[g][placed[m].second];
      if (c < corpus.clauses.size()) u.bytes += version_bytes(corpus, c);
      if (u.threads.empty() || u.threads.back() != t) u.threads.push_back(t);
    }
  }
  return pl;
}

std::size_t entities_bytes(const graph::Catalogue* catalogue, std::size_t group,
                           std::size_t series_count) {
  if (!catalogue) return 0;
  std::size_t n = 0;
  for (const graph::EntityNode& e : catalogue->entities) {
    std::size_t s = series_count;
    if (!e.life.empty() && e.life.main_life().series < series_count) s = e.life.main_life().series;
    if (s == group) n += kEntityBytes + 40 * e.texts.size();
  }
  return n;
}

}  // namespace

std::size_t PageMap::estimate_single(const Corpus& corpus, const ReportIndex& index,
                                     const graph::Catalogue* catalogue) {
  std::vector<std::size_t> loose_pos(corpus.documents.size(), ReportIndex::npos);
  std::size_t loose = 0;
  for (std::size_t d = 0; d < corpus.documents.size(); ++d)
    if (index.series_of(d) == ReportIndex::npos) loose_pos[d] = loose++;
  Placement pl = place(corpus, index, loose_pos, loose);
  std::size_t n = kPageChrome + corpus.threads.size() * (kCardBytes + kRowBytes);
  for (std::size_t g = 0; g < pl.units.size(); ++g) {
    n += entities_bytes(catalogue, g, corpus.series.size());
    if (g < corpus.series.size()) n += kMaxInlineSvgBytes / 4;  // a typical drawing
    const std::size_t cols = std::min(pl.units[g].size(), kMaxPageSessions);
    for (const Unit& u : pl.units[g]) n += u.bytes + u.threads.size() * cols * kCellBytes;
  }
  return n;
}

PageMap PageMap::split(const Corpus& corpus, const ReportIndex& index,
                       const graph::Catalogue* catalogue, std::size_t budget) {
  PageMap m;
  m.corpus_ = &corpus;
  m.index_ = &index;
  m.single_ = false;
  const std::size_t loose_group = corpus.series.size();
  std::vector<std::size_t> loose_pos(corpus.documents.size(), npos);
  for (std::size_t d = 0; d < corpus.documents.size(); ++d)
    if (index.series_of(d) == npos) {
      loose_pos[d] = m.loose_docs_.size();
      m.loose_docs_.push_back(d);
    }
  Placement pl = place(corpus, index, loose_pos, m.loose_docs_.size());

  Page home;
  home.file = "index.html";
  home.index = true;
  m.pages_.push_back(home);
  m.series_pages_.assign(corpus.series.size() + 1, {});

  // Sessions grouped greedily: a page closes when the next session would
  // take it over the budget or past kMaxPageSessions.
  std::set<std::string> used;
  std::vector<std::vector<std::size_t>> unit_page(pl.units.size());
  std::vector<std::size_t> seen_on(corpus.threads.size(), npos);  // last page counted
  for (std::size_t g = 0; g < pl.units.size(); ++g) {
    const auto& units = pl.units[g];
    if (units.empty()) continue;
    bool loose = g == loose_group;
    std::string stem = file_stem(loose ? std::string("outside-any-series") : corpus.series[g].id);
    std::size_t fixed = kPageChrome + entities_bytes(catalogue, g, corpus.series.size()) +
                        (loose ? 0 : kMaxInlineSvgBytes);
    std::vector<Page> pages;
    Page cur;
    std::size_t members = 0, threads = 0;
    auto cost = [&](std::size_t mem, std::size_t thr, std::size_t cols) {
      return fixed + mem + thr * (kCardBytes + kRowBytes) + thr * cols * kCellBytes;
    };
    auto close = [&] {
      cur.estimate = cost(members, threads, cur.last - cur.first);
      pages.push_back(cur);
      fixed = kPageChrome;
    };
    cur.first = cur.last = 0;
    for (std::size_t k = 0; k < units.size(); ++k) {
      std::size_t page_no = m.pages_.size() + pages.size();
      std::size_t fresh = 0;
      for (std::size_t t : units[k].threads)
        if (seen_on[t] != page_no) ++fresh;
      std::size_t cols = cur.last - cur.first;
      bool full = cur.last > cur.first &&
                  (cols + 1 > kMaxPageSessions ||
                   cost(members + units[k].bytes, threads + fresh, cols + 1) > budget);
      if (full) {
        close();
        cur = Page{};
        cur.first = cur.last = k;
        members = threads = 0;
        page_no = m.pages_.size() + pages.size();
        fresh = units[k].threads.size();
      }
      for (std::size_t t : units[k].threads) seen_on[t] = page_no;
      members += units[k].bytes;
      threads += fresh;
      cur.last = k + 1;
      unit_page[g].push_back(page_no);
    }
    close();
    for (std::size_t i = 0; i < pages.size(); ++i) {
      Page& p = pages[i];
      p.series = loose ? npos : g;
      p.loose = loose;
      p.part = i;
      p.parts = pages.size();
      std::string name = i == 0 ? stem : stem + "-p" + std::to_string(i + 1);
      while (used.count(name)) name += "_";
      used.insert(name);
      p.file = "series/" + name + ".html";
      m.series_pages_[g].push_back(m.pages_.size());
      m.pages_.push_back(std::move(p));
    }
  }

  // Anchors to pages.
  m.doc_page_.assign(corpus.documents.size(), 0);
  for (std::size_t d = 0; d < corpus.documents.size(); ++d) {
    std::size_t s = index.series_of(d);
    std::size_t g = s == npos ? loose_group : s;
    std::size_t u = s == npos ? loose_pos[d] : index.session_of(d);
    if (u == npos) u = 0;
    if (u < unit_page[g].size()) m.doc_page_[d] = unit_page[g][u];
  }
  m.member_page_.resize(corpus.threads.size());
  m.thread_page_.assign(corpus.threads.size(), 0);
  for (std::size_t t = 0; t < corpus.threads.size(); ++t) {
    auto& mp = m.member_page_[t];
    mp.assign(corpus.threads[t].members.size(), 0);
    for (std::size_t i = 0; i < mp.size(); ++i) {
      auto [g, u] = pl.member[t][i];
      if (u < unit_page[g].size()) mp[i] = unit_page[g][u];
    }
    if (!mp.empty()) m.thread_page_[t] = mp.back();
  }
  // Each page's threads, listed once: every page's cards are drawn from this,
  // where a test per thread and page cost a tenth of the pages' time.
  m.page_threads_.resize(m.pages_.size());
  for (std::size_t t = 0; t < corpus.threads.size(); ++t)
    for (std::size_t p : m.member_page_[t])
      if (m.page_threads_[p].empty() || m.page_threads_[p].back() != t)
        m.page_threads_[p].push_back(t);
  m.finding_page_.assign(corpus.findings.size(), 0);
  for (std::size_t f = 0; f < corpus.findings.size(); ++f) {
    const Location& w = corpus.findings[f].where;
    if (std::size_t c = index.clause(w.clause); c != npos)
      m.finding_page_[f] = m.clause_page(c);
    else if (std::size_t d = index.document(w.doc); d != npos)
      m.finding_page_[f] = m.doc_page_[d];
  }
  m.entity_page_.assign(corpus.series.size() + 1, 0);
  std::size_t fallback = 0;
  for (const auto& ps : m.series_pages_)
    if (!ps.empty() && fallback == 0) fallback = ps.front();
  for (std::size_t g = 0; g <= corpus.series.size(); ++g)
    m.entity_page_[g] = m.series_pages_[g].empty() ? fallback : m.series_pages_[g].front();
  return m;
}

std::vector<std::size_t> PageMap::pages_of_series(std::size_t series) const {
  std::size_t g = series == npos ? series_pages_.size() - 1 : series;
  return g < series_pages_.size() ? series_pages_[g] : std::vector<std::size_t>{};
}

std::size_t PageMap::clause_page(std::size_t clause) const {
  if (single_) return 0;
  const auto& ms = index_->memberships(clause);
  if (!ms.empty()) return member_page_[ms.front().thread][ms.front().member];
  return doc_page_[corpus_->clauses[clause].doc];
}

bool PageMap::thread_on(std::size_t thread, std::size_t p) const {
  if (single_) return true;
  const auto& mp = member_page_[thread];
  return std::find(mp.begin(), mp.end(), p) != mp.end();
}

std::size_t PageMap::entity_page(std::size_t series) const {
  if (single_) return 0;
  return series < entity_page_.size() - 1 ? entity_page_[series] : entity_page_.back();
}

std::size_t PageMap::session_page(std::size_t series, std::size_t session) const {
  if (single_ || series >= series_pages_.size() - 1) return 0;
  for (std::size_t p : series_pages_[series])
    if (session >= pages_[p].first && session < pages_[p].last) return p;
  return series_pages_[series].empty() ? 0 : series_pages_[series].front();
}

std::string PageMap::root(std::size_t from) const {
  return pages_[from].index ? std::string() : std::string("../");
}

std::string PageMap::href(std::size_t from, std::size_t to, std::string_view anchor) const {
  std::string out;
  if (single_ || from != to) {
    if (!single_) out = root(from) + pages_[to].file;
  }
  if (!anchor.empty()) {
    out += '#';
    out += anchor;
  }
  return out;
}

}  // namespace ct::report

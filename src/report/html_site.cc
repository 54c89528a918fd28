// The report as files: one page when it is small, else an index page, the
// pages of each series and the search index (html_report.h). Each page is
// rendered and handed to the sink at once, so only one page is in memory.
#include <algorithm>
#include <atomic>
#include <future>
#include <map>
#include <optional>
#include <set>

#include "report/assets.h"
#include "report/html_page_input.h"
#include "report/html_report.h"
#include "report/html_search.h"
#include "report/html_sections.h"
#include "util/stage_timer.h"

namespace ct::report {

namespace {

// Findings listed on the index (the most severe first); the others are on
// their series' pages and in findings.json.
constexpr std::size_t kIndexFindings = 200;
// Series listed on the index; more are reached through the search.
constexpr std::size_t kIndexSeries = 2000;

std::string site_js() {
  return std::string(asset("site.js"));
}

}  // namespace

std::string series_page(const Corpus& corpus, const HtmlInputs& inputs, const ReportIndex& index,
                        const PageMap& pages, std::size_t p, const SearchShape& shape) {
  Templates templates;
  ReportContext cx{corpus, inputs, index, templates, pages, p};
  const Page& page = pages.page(p);
  Data d = filters_data(cx);
  d["root"] = Data(pages.root(p));
  d["site_page"] = Data(true);
  d["series"] = Data(false);  // a page of one series offers no choice of series
  d["title"] = Data(page.loose ? std::string("Outside any series")
                               : series_title(corpus.series[page.series]));
  d["range"] = opt(page_range(cx, p));

  std::vector<std::size_t> siblings = pages.pages_of_series(page.series);
  d["paged"] = Data(siblings.size() > 1);
  d["part"] = Data(std::to_string(page.part + 1));
  d["parts"] = Data(std::to_string(page.parts));
  std::vector<Data> list;
  for (std::size_t i = 0; i < siblings.size(); ++i) {
    Data o;
    o["label"] = Data(page_range(cx, siblings[i]));
    o["href"] = Data(pages.href(p, siblings[i], ""));
    o["current"] = Data(siblings[i] == p);
    list.push_back(std::move(o));
  }
  d["pages"] = list_of(std::move(list));
  d["prev"] = page.part > 0 ? Data(pages.href(p, siblings[page.part - 1], "")) : Data(false);
  d["next"] = page.part + 1 < siblings.size() ? Data(pages.href(p, siblings[page.part + 1], ""))
                                              : Data(false);

  // What the page holds.
  std::size_t docs = 0, threads = 0, findings = 0;
  for (std::size_t doc = 0; doc < corpus.documents.size(); ++doc)
    docs += pages.document_page(doc) == p;
  threads = pages.threads_on(p).size();
  for (std::size_t f = 0; f < corpus.findings.size(); ++f) findings += pages.finding_page(f) == p;
  d["documents_count"] = Data(plural(docs, "document"));
  d["threads_count"] = Data(plural(threads, "thread"));
  d["findings_count"] = Data(plural(findings, "finding"));

  d["timeline"] = templates.slot(timeline_section(cx));
  d["matrix"] = templates.slot(matrix_section(cx));
  d["threads"] = templates.slot(threads_section(cx));
  const bool graphs = !page.loose && page.part == 0;
  d["has_graphs"] = Data(graphs);
  d["graphs"] = templates.slot(graphs ? graphs_section(cx) : std::string());
  d["findings"] = templates.slot(findings_section(cx));
  std::string entities = entities_section(cx);
  d["has_entities"] = Data(!entities.empty());
  d["entities"] = templates.slot(std::move(entities));
  set_head(d, page_css(!page.loose && has_strands(corpus.series[page.series])), true);
  d["js"] = Data(std::string(asset("report.js")) + "\n" + site_js());
  // The search index's shape, for the script (attributes of <html>).
  d["anchors"] = Data(std::to_string(shape.anchor_buckets));
  return templates.fill(templates.render("page.html", d));
}

namespace {

std::string index_page(const Corpus& corpus, const HtmlInputs& inputs, const ReportIndex& index,
                       const PageMap& pages, const SearchShape& shape) {
  Templates templates;
  ReportContext cx{corpus, inputs, index, templates, pages, 0};
  Data d;
  d["series_count"] = Data(plural(corpus.series.size(), "series", "series"));
  d["documents_count"] = Data(std::to_string(corpus.documents.size()));
  d["threads_count"] = Data(std::to_string(corpus.threads.size()));
  d["findings_count"] = Data(std::to_string(corpus.findings.size()));
  d["summary"] = templates.slot(summary_section(cx));

  // Threads and findings per series (their home, their document's).
  std::vector<std::size_t> threads(corpus.series.size() + 1), findings(corpus.series.size() + 1);
  for (std::size_t t = 0; t < corpus.threads.size(); ++t) {
    std::size_t s = index.home_series(t);
    ++threads[s == ReportIndex::npos ? corpus.series.size() : s];
  }
  for (const Finding& f : corpus.findings) {
    std::size_t doc = index.document(f.where.doc);
    std::size_t s = doc == ReportIndex::npos ? ReportIndex::npos : index.series_of(doc);
    ++findings[s == ReportIndex::npos ? corpus.series.size() : s];
  }
  std::vector<Data> rows;
  auto row = [&](std::size_t s) {
    bool loose = s == corpus.series.size();
    std::vector<std::size_t> ps = pages.pages_of_series(loose ? ReportIndex::npos : s);
    if (ps.empty()) return;
    Data r;
    r["title"] = Data(loose ? std::string("Outside any series") : series_title(corpus.series[s]));
    r["href"] = Data(pages.href(0, ps.front(), ""));
    std::vector<std::size_t> docs;
    if (loose) {
      for (std::size_t doc = 0; doc < corpus.documents.size(); ++doc)
        if (index.series_of(doc) == ReportIndex::npos) docs.push_back(doc);
      r["span"] = Data(std::string("\u2014"));
    } else {
      const Series& ser = corpus.series[s];
      docs = ser.documents;
      std::string span = plural(ser.sessions.size(), "session");
      if (!ser.sessions.empty()) {
        const std::string& a = ser.sessions.front().date;
        const std::string& b = ser.sessions.back().date;
        span += ", " + date_or_undated(a) + (a != b ? " \u2013 " + date_or_undated(b) : "");
      }
      r["span"] = Data(span);
    }
    r["languages"] = opt(languages(corpus, docs));
    r["documents"] = Data(std::to_string(docs.size()));
    r["threads"] = Data(std::to_string(threads[s]));
    r["findings"] = Data(std::to_string(findings[s]));
    std::vector<Data> links;
    if (ps.size() > 1)
      for (std::size_t i = 0; i < ps.size(); ++i) {
        Data l;
        l["n"] = Data(std::to_string(i + 1));
        l["href"] = Data(pages.href(0, ps[i], ""));
        l["range"] = Data(page_range(cx, ps[i]));
        links.push_back(std::move(l));
      }
    r["pages"] = list_of(std::move(links));
    rows.push_back(std::move(r));
  };
  for (std::size_t s = 0; s <= corpus.series.size() && rows.size() < kIndexSeries; ++s) row(s);
  d["series_listed"] = Data(std::to_string(rows.size()));
  d["series_more"] = rows.size() == kIndexSeries && corpus.series.size() + 1 > kIndexSeries
                         ? Data("The first " + std::to_string(kIndexSeries) +
                                " series are listed; the search finds the clauses of all.")
                         : Data(false);
  d["series"] = list_of(std::move(rows));

  // Findings: by rule, and the most severe with links to their pages.
  std::map<std::pair<int, std::string>, std::size_t> by_rule;  // (-severity, rule)
  for (const Finding& f : corpus.findings) ++by_rule[{-static_cast<int>(f.severity), f.rule}];
  std::vector<Data> rules;
  for (const auto& [key, n] : by_rule) {
    Data r;
    r["rule"] = Data(key.second);
    r["severity"] = label_data(label(static_cast<Severity>(-key.first)));
    r["count"] = Data(std::to_string(n));
    rules.push_back(std::move(r));
  }
  d["rules"] = list_of(std::move(rules));
  std::vector<std::size_t> order(corpus.findings.size());
  for (std::size_t f = 0; f < order.size(); ++f) order[f] = f;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return corpus.findings[a].severity > corpus.findings[b].severity;
  });
  std::vector<Data> items;
  for (std::size_t i = 0; i < order.size() && i < kIndexFindings; ++i) {
    const Finding& f = corpus.findings[order[i]];
    Data o;
    o["severity"] = label_data(label(f.severity));
    o["rule"] = Data(f.rule);
    o["message"] = Data(f.message);
    Data where = location_data(cx, f.where);
    o["where"] = Data(where["text"].string_value());
    std::size_t doc = index.document(f.where.doc);
    o["href"] = doc == ReportIndex::npos && index.clause(f.where.clause) == ReportIndex::npos
                    ? Data(false)
                    : Data(finding_href(cx, order[i]));
    std::size_t s = doc == ReportIndex::npos ? ReportIndex::npos : index.series_of(doc);
    o["series"] = opt(s == ReportIndex::npos ? std::string() : series_title(corpus.series[s]));
    items.push_back(std::move(o));
  }
  d["listed"] = Data(std::to_string(items.size()));
  d["listed_note"] = corpus.findings.size() > items.size()
                         ? Data("The " + std::to_string(items.size()) + " most severe of " +
                                std::to_string(corpus.findings.size()) +
                                "; every finding is on its series' page and in findings.json.")
                         : Data(false);
  d["findings"] = list_of(std::move(items));
  d["no_findings"] = Data(corpus.findings.empty());
  set_head(d, asset("report.css"), true);
  d["js"] = Data(site_js());
  d["anchors"] = Data(std::to_string(shape.anchor_buckets));
  d["words"] = Data(std::to_string(shape.word_buckets));
  d["chunk"] = Data(std::to_string(shape.chunk));
  return templates.fill(templates.render("site.html", d));
}

}  // namespace

void html_site(const Corpus& corpus, const HtmlInputs& inputs, const ReportSink& sink, bool overlap,
               PageMemo* memo) {
  StageTimer timer;
  ReportIndex index(corpus);
  timer.lap("html index");
  if (PageMap::estimate_single(corpus, index, inputs.catalogue) <= kMaxSinglePageBytes) {
    std::string html = render_single_page(corpus, inputs, index);
    if (html.size() <= kMaxSinglePageBytes) {
      sink("index.html", std::move(html));
      return;
    }
  }
  PageMap pages = PageMap::split(corpus, index, inputs.catalogue);
  timer.lap("html pages");
  // The pages need only the search index's bucket count, known before it is
  // written: with a second thread the index is written meanwhile.
  SearchShape shape;
  shape.anchor_buckets = anchor_bucket_count(corpus, index, pages, inputs.catalogue);
  // The series pages are taken in turn by this thread and, once it has
  // written the search index, by the second one: each page depends only on
  // the shared, read-only maps, so the bytes do not depend on who made it.
  // With a memo, a page whose input is unchanged is not made again; what
  // the pages are made from is summed up by this thread while the second
  // writes the search index.
  std::optional<PageInputs> page_inputs;
  std::promise<void> inputs_made;
  std::shared_future<void> inputs_ready = inputs_made.get_future().share();
  std::atomic<std::size_t> next{1};
  auto write_pages = [&] {
    inputs_ready.get();
    for (std::size_t p = next++; p < pages.size(); p = next++) {
      const std::string& file = pages.page(p).file;
      if (!memo) {
        sink(file, series_page(corpus, inputs, index, pages, p, shape));
        continue;
      }
      const std::string input = page_inputs->of(p, shape);
      if (memo->put_kept(input, file)) continue;
      memo->put_made(input, file, series_page(corpus, inputs, index, pages, p, shape));
    }
  };
  std::future<SearchShape> search;
  auto write_search = [&] {
    return write_search_index(corpus, index, pages, inputs.catalogue, sink);
  };
  if (overlap)
    search = std::async(std::launch::async, [&] {
      SearchShape written = write_search();
      write_pages();
      return written;
    });
  try {
    if (memo) {
      page_inputs.emplace(corpus, inputs, index, pages);
      timer.lap("html page inputs");
    }
    inputs_made.set_value();
  } catch (...) {
    inputs_made.set_exception(std::current_exception());
    throw;
  }
  write_pages();
  timer.lap("html series pages");
  shape = overlap ? search.get() : write_search();
  timer.lap("html search index (waited)");
  sink("index.html", index_page(corpus, inputs, index, pages, shape));
  timer.lap("html index page");
}

}  // namespace ct::report

// Assembles the HTML report: each section rendered by its own template, then
// the page template (report.html) with the stylesheet and script inlined.
// html_site() chooses between that one page and a split report
// (html_site.cc).
#include "report/html_report.h"

#include <algorithm>

#include "report/assets.h"
#include "report/html_sections.h"
#include "util/stage_timer.h"

namespace ct::report {

std::string render_single_page(const Corpus& corpus, const HtmlInputs& inputs,
                               const ReportIndex& index) {
  StageTimer timer;
  Templates templates;
  PageMap pages = PageMap::single(corpus, index);
  ReportContext cx{corpus, inputs, index, templates, pages, 0};

  Data page = filters_data(cx);
  std::string titles;
  for (const Series& s : corpus.series)
    titles += (titles.empty() ? "" : " \u00B7 ") + series_title(s);
  page["series_titles"] = Data(titles);
  page["documents_count"] = Data(std::to_string(corpus.documents.size()));
  page["threads_count"] = Data(std::to_string(corpus.threads.size()));
  page["findings_count"] = Data(std::to_string(corpus.findings.size()));
  page["summary"] = templates.slot(summary_section(cx));
  page["timeline"] = templates.slot(timeline_section(cx));
  page["matrix"] = templates.slot(matrix_section(cx));
  timer.lap("html summary..matrix");
  page["threads"] = templates.slot(threads_section(cx));
  timer.lap("html threads");
  page["graphs"] = templates.slot(graphs_section(cx));
  page["findings"] = templates.slot(findings_section(cx));
  std::string entities = entities_section(cx);
  page["has_entities"] = Data(!entities.empty());
  page["entities"] = templates.slot(std::move(entities));
  set_head(page,
           page_css(std::any_of(corpus.series.begin(), corpus.series.end(),
                                [](const Series& s) { return has_strands(s); })),
           false);
  page["js"] = Data(std::string(asset("report.js")));
  timer.lap("html graphs..entities");
  std::string html = templates.fill(templates.render("report.html", page));
  timer.lap("html page");
  return html;
}

std::string html_report(const Corpus& corpus, const HtmlInputs& inputs) {
  StageTimer timer;
  ReportIndex index(corpus);
  timer.lap("html index");
  return render_single_page(corpus, inputs, index);
}

}  // namespace ct::report

// The findings of the checks: severity (symbol and label), rule, message,
// a link to the exact clause (or document) and to every related location.
// Errors first, then warnings, then notes; in file order within each (the
// order of findings.json).
#include <algorithm>
#include <numeric>

#include "report/html_sections.h"

namespace ct::report {

std::string findings_section(ReportContext& cx) {
  const Corpus& corpus = cx.corpus;
  std::vector<Data> items;
  std::vector<std::size_t> order(corpus.findings.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return corpus.findings[a].severity > corpus.findings[b].severity;
  });
  for (std::size_t f : order) {
    if (cx.split() && cx.pages.finding_page(f) != cx.page) continue;  // on its own page
    const Finding& finding = corpus.findings[f];
    Data d;
    d["anchor"] = Data(cx.index.finding_anchor(f));
    d["severity"] = label_data(label(finding.severity));
    d["severity_name"] = Data(std::string(name(finding.severity)));
    d["rule"] = Data(finding.rule);
    d["message"] = Data(finding.message);
    d["where"] = location_data(cx, finding.where);
    std::size_t doc = cx.index.document(finding.where.doc);
    std::size_t s = doc == ReportIndex::npos ? ReportIndex::npos : cx.index.series_of(doc);
    d["series"] = opt(s == ReportIndex::npos ? std::string() : corpus.series[s].id);
    std::vector<Data> related;
    for (const Location& r : finding.related) related.push_back(location_data(cx, r));
    d["has_related"] = Data(!related.empty());
    d["related"] = list_of(std::move(related));
    items.push_back(std::move(d));
  }
  Data d;
  d["none"] = Data(items.empty());
  d["count"] = Data(std::to_string(items.size()));
  d["findings"] = list_of(std::move(items));
  return cx.templates.render("findings.html", d);
}

}  // namespace ct::report

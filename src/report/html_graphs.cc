// The persistence graph of each series: the SVG Graphviz drew (threads and
// entities link to their sections), or a note saying why there is none.
#include "report/html_sections.h"

namespace ct::report {

std::string graphs_section(ReportContext& cx) {
  std::vector<Data> series;
  for (const Series& s : cx.corpus.series) {
    Data d;
    d["id"] = Data(s.id);
    d["anchor"] = Data(ReportIndex::series_anchor("graph", s.id));
    d["title"] = Data(series_title(s));
    auto it = cx.inputs.series_svg.find(s.id);
    bool has = it != cx.inputs.series_svg.end() && !it->second.empty();
    d["has_svg"] = Data(has);
    d["svg"] = opt(has ? it->second : std::string());
    auto file = cx.inputs.series_svg_file.find(s.id);
    d["file"] = opt(file != cx.inputs.series_svg_file.end() ? file->second : std::string());
    series.push_back(std::move(d));
  }
  Data d;
  d["series"] = list_of(std::move(series));
  d["note"] = opt(cx.inputs.graph_note);
  d["has_note"] = Data(!cx.inputs.graph_note.empty());
  return cx.templates.render("graphs.html", d);
}

}  // namespace ct::report

// The persistence graph of each series: the SVG Graphviz drew (threads and
// entities link to their sections), or a note saying why there is none.
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "graph/ids.h"
#include "report/html_escape.h"
#include "report/html_sections.h"

namespace ct::report {

namespace {

constexpr std::string_view kHref = "href=\"#";

// A split page: the drawing's links to threads and entities listed on other
// pages name those pages.
std::string relink(const ReportContext& cx, std::string_view svg) {
  // The anchors the drawing links to: only those need a target (a page's
  // drawing names a few hundred of the corpus' threads and entities).
  const std::vector<std::string_view> anchors = svg_link_anchors(svg);
  const std::unordered_set<std::string_view> wanted(anchors.begin(), anchors.end());
  std::unordered_map<std::string, std::string> target;  // escaped anchor -> href
  std::string escaped;
  auto wants = [&](const std::string& anchor) {
    escaped.clear();
    html_escape_to(escaped, anchor);
    return wanted.count(escaped) > 0;
  };
  for (std::size_t t = 0; t < cx.corpus.threads.size(); ++t) {
    if (cx.pages.thread_on(t, cx.page)) continue;
    if (!wants(graph::thread_anchor(cx.corpus.threads[t].id))) continue;
    target[escaped] = thread_href(cx, t);
  }
  if (cx.inputs.catalogue)
    for (const graph::EntityNode& e : cx.inputs.catalogue->entities) {
      std::size_t s = cx.corpus.series.size();
      if (!e.life.empty() && e.life.main_life().series < cx.corpus.series.size())
        s = e.life.main_life().series;
      std::size_t p = cx.pages.entity_page(s);
      if (p == cx.page) continue;
      std::string anchor = graph::entity_anchor(e.id);
      if (!wants(anchor)) continue;
      target[escaped] = cx.pages.href(cx.page, p, anchor);
    }
  std::string out;
  out.reserve(svg.size());
  std::size_t at = 0;
  for (std::size_t h = svg.find(kHref); h != std::string_view::npos; h = svg.find(kHref, at)) {
    std::size_t start = h + kHref.size(), end = svg.find('"', start);
    if (end == std::string_view::npos) break;
    out.append(svg.substr(at, h - at));
    out += "href=\"";
    auto it = target.find(std::string(svg.substr(start, end - start)));
    if (it != target.end())
      out += html_escape(it->second);
    else
      out.append(svg.substr(start - 1, end - start + 1));
    out += '"';
    at = end + 1;
  }
  out.append(svg.substr(at));
  return out;
}

}  // namespace

std::vector<std::string_view> svg_link_anchors(std::string_view svg) {
  std::vector<std::string_view> out;
  for (std::size_t h = svg.find(kHref); h != std::string_view::npos;
       h = svg.find(kHref, h + kHref.size())) {
    std::size_t start = h + kHref.size(), end = svg.find('"', start);
    if (end == std::string_view::npos) break;
    out.push_back(svg.substr(start, end - start));
  }
  return out;
}

std::string graphs_section(ReportContext& cx) {
  std::vector<Data> series;
  for (std::size_t i = 0; i < cx.corpus.series.size(); ++i) {
    // A split report draws a series' graph on its first page.
    if (cx.split() && (cx.here().series != i || cx.here().part != 0)) continue;
    const Series& s = cx.corpus.series[i];
    Data d;
    d["id"] = Data(s.id);
    d["anchor"] = Data(ReportIndex::series_anchor("graph", s.id));
    d["title"] = Data(series_title(s));
    auto it = cx.inputs.series_svg.find(s.id);
    bool has = it != cx.inputs.series_svg.end() && !it->second.empty();
    d["has_svg"] = Data(has);
    d["svg"] = opt(!has ? std::string() : cx.split() ? relink(cx, it->second) : it->second);
    auto file = cx.inputs.series_svg_file.find(s.id);
    d["file"] = opt(file != cx.inputs.series_svg_file.end() ? cx.pages.root(cx.page) + file->second
                                                            : std::string());
    series.push_back(std::move(d));
  }
  // A split report's page: only what concerns its series.
  std::string note = cx.inputs.graph_note;
  if (cx.split()) {
    note = cx.inputs.graph_note_common;
    const std::size_t s = cx.here().series;
    if (s < cx.corpus.series.size())
      if (auto it = cx.inputs.series_undrawn.find(cx.corpus.series[s].id);
          it != cx.inputs.series_undrawn.end())
        note = "Not drawn, " + it->second + "." + (note.empty() ? "" : " " + note);
  }
  Data d;
  d["series"] = list_of(std::move(series));
  d["note"] = opt(note);
  d["has_note"] = Data(!note.empty());
  d["none"] = Data(series.empty());
  return cx.templates.render("graphs.html", d);
}

}  // namespace ct::report

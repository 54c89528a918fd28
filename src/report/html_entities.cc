// The entities the persistence graph links to ("#entity-…"): dates,
// references, meetings, sessions and names, grouped by the series they live
// in most, each with its status, first and last document and its mentions.
// Rows are written with HtmlWriter (html_writer.h says why); the tables
// around them are a template.
#include "graph/ids.h"
#include "report/html_sections.h"

namespace ct::report {

namespace {

void write_entity(HtmlWriter& w, const ReportContext& cx, const graph::EntityNode& e) {
  const Corpus& corpus = cx.corpus;
  std::string series;
  for (const graph::SeriesLife& l : e.life.per_series)
    if (l.series < corpus.series.size())
      series += (series.empty() ? "" : " ") + corpus.series[l.series].id;
  Label status = label(e.life.status);
  w.open("tr", {{"id", graph::entity_anchor(e.id)},
                {"data-entity", e.value},
                {"data-series", series},
                {"data-status", name(e.life.status)}});
  w.element("th", {{"scope", "row"}}, e.value).element("td", {}, name(e.type));
  std::string forms;
  for (const std::string& t : e.texts) forms += (forms.empty() ? "" : " \u00B7 ") + t;
  w.element("td", {}, forms);
  w.open("td", {{"class", status.css}})
      .symbol(status.symbol)
      .raw(" ")
      .text(status.text)
      .close("td");
  w.open("td");
  if (!e.life.empty() && e.life.first_doc < corpus.documents.size() &&
      e.life.last_doc < corpus.documents.size()) {
    const Document& first = corpus.documents[e.life.first_doc];
    const Document& last = corpus.documents[e.life.last_doc];
    w.element("a", {{"href", document_href(cx, e.life.first_doc)}}, date_or_undated(first.date));
    if (e.life.first_doc != e.life.last_doc)
      w.raw(" \u2192 ")
          .element("a", {{"href", document_href(cx, e.life.last_doc)}}, date_or_undated(last.date));
  }
  w.close("td");
  w.open("td").text(std::to_string(e.mentions.size()) + ":");
  for (std::size_t i = 0; i < e.mentions.size() && i < kEntityMentionLinks; ++i) {
    if (e.mentions[i] >= corpus.clauses.size()) continue;
    w.raw(" ").element("a", {{"href", clause_href(cx, e.mentions[i])}},
                       corpus.clauses[e.mentions[i]].id);
  }
  if (e.mentions.size() > kEntityMentionLinks)
    w.raw(" ").element("span", {{"class", "muted"}},
                       "+" + std::to_string(e.mentions.size() - kEntityMentionLinks));
  w.close("td").close("tr").raw("\n");
}

}  // namespace

std::string entities_section(ReportContext& cx) {
  const Corpus& corpus = cx.corpus;
  if (!cx.inputs.catalogue) return {};
  const auto& entities = cx.inputs.catalogue->entities;
  std::vector<std::string> rows(corpus.series.size() + 1);
  std::vector<std::size_t> counts(corpus.series.size() + 1, 0);
  std::size_t shown = 0;
  for (const graph::EntityNode& e : entities) {
    std::size_t s = corpus.series.size();
    if (!e.life.empty() && e.life.main_life().series < corpus.series.size())
      s = e.life.main_life().series;
    // A split report lists a series' entities on its first page.
    if (cx.split() && cx.pages.entity_page(s) != cx.page) continue;
    ++shown;
    HtmlWriter w(rows[s]);
    write_entity(w, cx, e);
    ++counts[s];
  }
  std::vector<Data> groups;
  for (std::size_t s = 0; s < rows.size(); ++s) {
    if (counts[s] == 0) continue;
    bool listed = s < corpus.series.size();
    Data g;
    g["id"] = Data(listed ? corpus.series[s].id : std::string());
    g["anchor"] =
        Data(ReportIndex::series_anchor("entities", listed ? corpus.series[s].id : "none"));
    g["title"] = Data(listed ? series_title(corpus.series[s]) : std::string("Outside any series"));
    g["count"] = Data(plural(counts[s], "entity", "entities"));
    g["rows_html"] = cx.templates.slot(std::move(rows[s]));
    groups.push_back(std::move(g));
  }
  if (cx.split() && shown == 0) return {};
  Data d;
  d["groups"] = list_of(std::move(groups));
  d["count"] = Data(std::to_string(shown));
  d["none"] = Data(shown == 0);
  return cx.templates.render("entities.html", d);
}

}  // namespace ct::report

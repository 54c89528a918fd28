// `clausetrack track`: the whole pipeline on the corpus, writing the reports
// into OUT. All outputs are built in memory first and then written, each
// atomically, so a failing run leaves the previous reports intact.
#include <fmt/format.h>

#include <filesystem>
#include <future>
#include <iostream>
#include <map>

#include "check/check.h"
#include "cli/commands.h"
#include "cli/resolve.h"
#include "graph/persistence_graph.h"
#include "pipeline/pipeline.h"
#include "report/findings_json.h"
#include "report/graph_dot.h"
#include "report/graph_graphml.h"
#include "report/graph_json.h"
#include "report/graph_summary.h"
#include "report/html_graph.h"
#include "report/html_report.h"
#include "report/tracker_json.h"
#include "util/atomic_file.h"
#include "util/stage_timer.h"

namespace ct::cli {

int run_track(const Common& common, const TrackOptions& opt) {
  StageTimer timer;
  Rules rules = load_rules(common.rules);
  timer.lap("rules");
  check::reaches({}, opt.fail_on);  // a bad --fail-on fails before the work
  Corpus corpus = pipeline::load(common.corpus, rules, jobs_of(common.jobs));
  timer.lap("pipeline");

  const graph::PersistenceGraph persistence = graph::build_graph(corpus);
  timer.lap("graph");
  // Graphviz draws each series' graph for index.html while the other
  // outputs are made.
  report::SeriesDrawing drawing(corpus, persistence);

  // tracker.json and the graph files read the analysed corpus and the graph,
  // not the findings: with more than one job they are written by another
  // thread while this one runs the checks and writes the report.
  auto write_data = [&corpus, &persistence] {
    std::map<std::string, std::string> out;
    out["tracker.json"] =
        report::tracker_json_text(corpus, report::entities_json(corpus, *persistence.catalogue));
    out["graph.dot"] = report::graph_dot(corpus, persistence);
    out["graph.graphml"] = report::graph_graphml(corpus, persistence);
    return out;
  };
  const bool overlap = jobs_of(common.jobs) > 1;
  std::future<std::map<std::string, std::string>> data;
  if (overlap) data = std::async(std::launch::async, write_data);

  corpus.findings = check::run_checks(corpus, rules);
  timer.lap("checks");
  std::map<std::string, std::string> outputs;
  outputs["findings.json"] = report::dump(report::findings_json(corpus.findings));
  outputs["findings.sarif"] =
      report::dump(report::findings_sarif(corpus.findings, rules.checks, common.corpus));
  {
    // index.html: the change report, with the graphs Graphviz drew.
    report::SeriesGraphs graphs = drawing.collect();
    timer.lap("graphviz (waited)");
    report::HtmlInputs html;
    html.series_svg = std::move(graphs.svg);
    html.graph_note = std::move(graphs.note);
    html.series_svg_file = std::move(graphs.files);
    for (auto& [file, svg] : graphs.contents) outputs[file] = std::move(svg);
    html.catalogue = persistence.catalogue.get();
    outputs["index.html"] = report::html_report(corpus, html);
    timer.lap("index.html");
  }
  outputs.merge(overlap ? data.get() : write_data());
  timer.lap("tracker.json, graph.dot, graph.graphml (waited)");

  for (const auto& [name, content] : outputs)
    write_file_atomically((std::filesystem::path(opt.out) / name).string(), content);
  timer.lap("write");

  if (!opt.quiet)
    std::cout << fmt::format("clausetrack: {} documents, {} clauses, {} threads -> {}\n",
                             corpus.documents.size(), corpus.clauses.size(), corpus.threads.size(),
                             opt.out)
              << report::graph_summary(corpus, persistence);
  return check::reaches(corpus.findings, opt.fail_on) ? 1 : 0;
}

}  // namespace ct::cli

// `clausetrack track`: the whole pipeline on the corpus, writing the reports
// into OUT. All outputs are built in memory first and then written, each
// atomically, so a failing run leaves the previous reports intact.
#include <fmt/format.h>
#include <malloc.h>

#include <filesystem>
#include <future>
#include <iostream>

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
  const int jobs = jobs_of(common.jobs);
  Corpus corpus = pipeline::load(common.corpus, rules, jobs);
  timer.lap("pipeline");

  const graph::PersistenceGraph persistence = graph::build_graph(corpus);
  timer.lap("graph");
  // Graphviz draws each series' graph for index.html while the other
  // outputs are made.
  report::SeriesDrawing drawing(corpus, persistence);

  // Each output is written (atomically) as soon as it is made and then
  // freed, so the large ones are never all in memory at once. tracker.json
  // and the graph files read the analysed corpus and the graph, not the
  // findings: with more than one job they are made by another thread while
  // this one runs the checks and makes the report.
  const std::filesystem::path out_dir(opt.out);
  auto put = [&out_dir](const std::string& name, std::string content) {
    write_file_atomically((out_dir / name).string(), content);
  };
  auto write_data = [&corpus, &persistence, &put] {
    put("tracker.json", report::tracker_json_text(corpus, *persistence.catalogue));
    put("graph.dot", report::graph_dot(corpus, persistence));
    put("graph.graphml", report::graph_graphml(corpus, persistence));
  };
  const bool overlap = jobs > 1;
  std::future<void> data;
  if (overlap) data = std::async(std::launch::async, write_data);

  corpus.findings = check::run_checks(corpus, rules);
  timer.lap("checks");
  // The checks were the last to read the clauses' tokens (the report and the
  // data files never do): their memory goes back before the report is made.
  for (Clause& c : corpus.clauses) std::vector<Token>().swap(c.tokens);
  // Hand the freed pages back to the system: the other thread allocates from
  // its own malloc arena and could not reuse them (glibc).
  malloc_trim(0);
  put("findings.json", report::dump(report::findings_json(corpus.findings)));
  put("findings.sarif",
      report::dump(report::findings_sarif(corpus.findings, rules.checks, common.corpus)));
  {
    // index.html: the change report, with the graphs Graphviz drew.
    report::SeriesGraphs graphs = drawing.collect();
    timer.lap("graphviz (waited)");
    report::HtmlInputs html;
    html.series_svg = std::move(graphs.svg);
    html.graph_note = std::move(graphs.note);
    html.series_svg_file = std::move(graphs.files);
    for (auto& [file, svg] : graphs.contents) put(file, std::move(svg));
    html.catalogue = persistence.catalogue.get();
    put("index.html", report::html_report(corpus, html));
    timer.lap("index.html");
  }
  if (overlap)
    data.get();
  else
    write_data();
  timer.lap("tracker.json, graph.dot, graph.graphml (waited)");

  if (!opt.quiet)
    std::cout << fmt::format("clausetrack: {} documents, {} clauses, {} threads -> {}\n",
                             corpus.documents.size(), corpus.clauses.size(), corpus.threads.size(),
                             opt.out)
              << report::graph_summary(corpus, persistence);
  return check::reaches(corpus.findings, opt.fail_on) ? 1 : 0;
}

}  // namespace ct::cli

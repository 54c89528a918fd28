// Sequencing and writing the track outputs.
#include "pipeline/track_outputs.h"

#include <fmt/format.h>
#include <malloc.h>

#include <filesystem>
#include <future>
#include <set>

#include "check/check.h"
#include "graph/neighborhood.h"
#include "graph/persistence_graph.h"
#include "pipeline/comparison_cache.h"
#include "pipeline/graph_files_cache.h"
#include "pipeline/page_cache.h"
#include "pipeline/svg_cache.h"
#include "pipeline/tracker_cache.h"
#include "report/findings_json.h"
#include "report/graph_dot.h"
#include "report/graph_graphml.h"
#include "report/graph_summary.h"
#include "report/html_graph.h"
#include "report/html_pages.h"
#include "report/html_report.h"
#include "report/tracker_json.h"
#include "text/utf8.h"
#include "util/atomic_file.h"
#include "util/stage_timer.h"

namespace ct::pipeline {

std::string write_track_outputs(Corpus& corpus, const Rules& rules, const TrackOutputs& o) {
  StageTimer timer;
  const bool overlap = o.jobs > 1;
  // The checks read neither the graph nor what is made from it: with several
  // jobs they start at once, while the graph is built and drawn.
  // The near-miss check's word diffs of an earlier run are read back from
  // the cache (comparison_cache.h).
  WordDiffCache word_diffs(corpus, o.entry_keys, o.cache, rules);
  std::future<std::vector<Finding>> checked;
  if (overlap)
    checked = std::async(std::launch::async, [&corpus, &rules, &o, &word_diffs] {
      return check::run_checks(corpus, rules, {}, o.jobs, &word_diffs);
    });
  const graph::PersistenceGraph persistence = graph::build_graph(corpus);
  timer.lap("graph");
  // Graphviz draws each series' graph for index.html while the other
  // outputs are made.
  // Drawings of an earlier run are read back from the cache (svg_cache.h).
  SvgCache drawings_kept(o.cache);
  report::SeriesDrawing drawing(corpus, persistence, &drawings_kept);

  const std::filesystem::path out_dir(o.out_dir);
  auto put = [&out_dir](const std::string& name, std::string content) {
    text::make_valid_utf8(content);  // all text that leaves is valid UTF-8
    write_file_atomically((out_dir / name).string(), content, StaleTemps::Skip);
  };
  const bool whole = o.graph_full || num_vertices(persistence.g) + num_edges(persistence.g) <=
                                         kMaxFullGraphElements;
  auto write_data = [&corpus, &persistence, &put, whole, &o] {
    StageTimer data_timer;
    {
      // In parts: no string of the whole (a hundred MB on a large corpus).
      // Each part is whole UTF-8 (tracker_json_parts), so made valid one by one.
      std::vector<std::string> parts = tracker_json_cached(corpus, *persistence.catalogue, o.cache);
      for (std::string& part : parts) text::make_valid_utf8(part);
      write_file_atomically((std::filesystem::path(o.out_dir) / "tracker.json").string(), parts,
                            StaleTemps::Skip);
    }
    data_timer.lap("data: tracker.json");
    if (whole) {
      put("graph.dot", report::graph_dot(corpus, persistence));
      put("graph.graphml", report::graph_graphml(corpus, persistence));
      return;
    }
    // A large corpus: the graph around each series, in files named as its
    // pages are.
    std::set<std::string> used;
    const GraphFilesCache cached(corpus, persistence, o.cache);
    auto make = [&corpus](const graph::PersistenceGraph& part, bool dot) {
      std::string content =
          dot ? report::graph_dot(corpus, part) : report::graph_graphml(corpus, part);
      text::make_valid_utf8(content);
      return content;
    };
    for (const Series& s : corpus.series) {
      std::string stem = report::file_stem(s.id);
      while (used.count(stem)) stem += "_";
      used.insert(stem);
      cached.write(graph::around_series(corpus, persistence, s.id), o.out_dir, stem, make, put);
    }
    data_timer.lap("data: graph files");
  };
  std::future<void> data;
  if (overlap) data = std::async(std::launch::async, write_data);

  corpus.findings =
      overlap ? checked.get() : check::run_checks(corpus, rules, {}, o.jobs, &word_diffs);
  word_diffs.save();
  timer.lap("checks");
  // The checks were the last to read the clauses' tokens (the report and the
  // data files never do): their memory goes back before the report is made.
  for (Clause& c : corpus.clauses) std::vector<Token>().swap(c.tokens);
  // Hand the freed pages back to the system: the other thread allocates from
  // its own malloc arena and could not reuse them (glibc).
  malloc_trim(0);
  put("findings.json", report::dump(report::findings_json(corpus.findings)));
  put("findings.sarif",
      report::dump(report::findings_sarif(corpus.findings, rules.checks, o.corpus_dir)));
  {
    // index.html: the change report, with the graphs Graphviz drew.
    report::SeriesGraphs graphs = drawing.collect();
    timer.lap("graphviz (waited)");
    report::HtmlInputs html;
    html.series_svg = std::move(graphs.svg);
    html.graph_note = std::move(graphs.note);
    html.graph_note_common = std::move(graphs.common);
    html.series_undrawn = std::move(graphs.undrawn);
    html.series_svg_file = std::move(graphs.files);
    for (auto& [file, svg] : graphs.contents) put(file, std::move(svg));
    html.catalogue = persistence.catalogue.get();
    if (!whole) {
      const std::string files =
          "The graph files of this corpus are per series (graphs/SERIES.dot and "
          ".graphml); `clausetrack track --graph-full` writes graph.dot and "
          "graph.graphml of the whole corpus.";
      for (std::string* note : {&html.graph_note, &html.graph_note_common})
        *note = (note->empty() ? "" : *note + " ") + files;
    }
    // Series pages of an earlier run are put back from the cache (page_cache.h).
    PageCache pages_kept(o.cache, rules, o.out_dir);
    report::html_site(
        corpus, html,
        [&put](const std::string& path, std::string content) { put(path, std::move(content)); },
        overlap, pages_kept.enabled() ? &pages_kept : nullptr);
    timer.lap("report (html)");
  }
  if (overlap)
    data.get();
  else
    write_data();
  timer.lap("tracker.json, graph files (waited)");

  return fmt::format("clausetrack: {} documents, {} clauses, {} threads -> {}\n",
                     corpus.documents.size(), corpus.clauses.size(), corpus.threads.size(),
                     o.shown_dir.empty() ? o.out_dir : o.shown_dir) +
         report::graph_summary(corpus, persistence);
}

}  // namespace ct::pipeline

// `clausetrack graph`: the persistence graph of the corpus, or the part
// around one series, thread or entity, as DOT, GraphML or JSON.
#include "graph/graph.h"
#include "model/error.h"
#include "pipeline/emit.h"
#include "pipeline/output_paths.h"
#include "pipeline/run_common.h"
#include "report/graph_dot.h"
#include "report/graph_graphml.h"
#include "report/graph_json.h"

namespace ct::pipeline {

Outcome run_graph(const Common& common, const GraphRequest& req) {
  int selectors = !req.series.empty() + !req.thread.empty() + !req.entity.empty();
  if (selectors > 1) throw InputError("give at most one of --series, --thread and --entity");
  Rules rules = load_rules(rules_dir(common));
  refuse_in_corpus(common.corpus, req.output, "-o");
  Inputs in = inputs_of(common);
  Analysed a = build(rules, in);
  const Corpus& corpus = a.corpus;

  graph::PersistenceGraph g = graph::build_graph(corpus);
  if (!req.series.empty()) g = graph::around_series(corpus, g, req.series);
  if (!req.thread.empty()) g = graph::around_thread(corpus, g, req.thread);
  if (!req.entity.empty()) g = graph::around_entity(corpus, g, req.entity);

  if (req.format == "graphml")
    emit(req.output, report::graph_graphml(corpus, g));
  else if (req.format == "json")
    emit(req.output, report::dump(report::graph_json(corpus, g)));
  else
    emit(req.output, report::graph_dot(corpus, g));
  return {};
}

}  // namespace ct::pipeline

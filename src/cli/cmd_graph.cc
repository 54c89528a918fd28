// `clausetrack graph`: the persistence graph of the corpus, or the part
// around one series, thread or entity, as DOT, GraphML or JSON.
#include "cli/commands.h"
#include "cli/resolve.h"
#include "graph/graph.h"
#include "model/error.h"
#include "pipeline/pipeline.h"
#include "report/graph_dot.h"
#include "report/graph_graphml.h"
#include "report/graph_json.h"

namespace ct::cli {

int run_graph(const Common& common, const GraphOptions& opt) {
  int selectors = !opt.series.empty() + !opt.thread.empty() + !opt.entity.empty();
  if (selectors > 1) throw InputError("give at most one of --series, --thread and --entity");
  Rules rules = load_rules(common.rules);
  Corpus corpus = pipeline::load(common.corpus, rules, jobs_of(common.jobs));

  graph::PersistenceGraph g = graph::build_graph(corpus);
  if (!opt.series.empty()) g = graph::around_series(corpus, g, opt.series);
  if (!opt.thread.empty()) g = graph::around_thread(corpus, g, opt.thread);
  if (!opt.entity.empty()) g = graph::around_entity(corpus, g, opt.entity);

  std::string content;
  if (opt.format == "graphml")
    content = report::graph_graphml(corpus, g);
  else if (opt.format == "json")
    content = report::dump(report::graph_json(corpus, g));
  else
    content = report::graph_dot(corpus, g);
  emit(opt.output, content);
  return 0;
}

}  // namespace ct::cli

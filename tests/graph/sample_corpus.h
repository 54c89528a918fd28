// The hand-built corpus the graph tests assert exact results on, and helpers
// that print a graph's vertices and edges as comparable strings.
//
// Series s (3 sessions: d1 | d2 + d2f, its French text | d3) and series r
// (r1 | compilation r2 with items r2-1, r2-2). Threads: t1 in every session
// of s and r, amended in d3 and translated into r (modified); t2 skips d2
// (intermittent); t3 everywhere, unchanged (persistent); t4 only in d1
// (dropped); t5, t6 in r's newest session (new). Meetings recalled: B@2019-05-01
// everywhere, B@2019-09-01 dropped from d3's list, B@2020-01-10 from d2 on;
// the OHCHR report cited in d1 and d2 only.
#pragma once

#include <boost/range/iterator_range.hpp>
#include <string>
#include <vector>

#include "graph/persistence_graph.h"
#include "report/graph_labels.h"
#include "support/model_builder.h"

namespace ct::test {

inline Corpus sample_corpus() {
  ModelBuilder b;
  b.series("s", "B").series("r");
  const EntitySpec m05{"meeting", "B@2019-05-01", "1 May 2019"};
  const EntitySpec m09{"meeting", "B@2019-09-01", "1 September 2019"};
  const EntitySpec m20{"meeting", "B@2020-01-10", "10 January 2020"};
  const EntitySpec report{"report", "OHCHR@2018-06", "the OHCHR report of June 2018"};
  b.document("d1", "s", "2020-01-10");
  b.clause("d1", "1", "Demands the release of all political prisoners.");
  b.clause("d1", "2", "Urges the repeal of the laws.");
  b.clause("d1", "3",
           "Recalls its meetings of 1 May 2019 and 1 September 2019 (September 2019) and the OHCHR "
           "report of June 2018.",
           {{"date", "2019-09", "September 2019"}, m05, m09, report});
  b.clause("d1", "4", "Welcomes the visit.");
  b.document("d2", "s", "2021-01-10");
  b.clause("d2", "1", "Demands the release of all political prisoners.");
  b.clause("d2", "2",
           "Recalls its meetings of 1 May 2019, 1 September 2019 and 10 January 2020, the OHCHR "
           "report of June 2018 and the June 2018 report.",
           {m05, m09, m20, report, {"report", "OHCHR@2018-06", "the June 2018 report"}});
  b.document("d2f", "s", "2021-01-10", "fr");
  b.clause("d2f", "1", "Exige la libération de tous les prisonniers politiques.");
  b.document("d3", "s", "2022-01-10");
  b.clause("d3", "1", "Demands the release of all political prisoners by 31 January 2022.",
           {{"date", "2022-01-31", "31 January 2022"}});
  b.clause("d3", "2", "Recalls its meetings of 1 May 2019 and 10 January 2020 (September 2019).",
           {{"date", "2019-09", "September 2019"}, m05, m20});
  b.clause("d3", "3", "Urges the repeal of the PSA, used against 2,800 persons.",
           {{"law", "PSA", "PSA"}, {"number", "2800", "2,800"}});
  b.document("r1", "r", "2020-06-01");
  b.clause("r1", "1", "Exige la libération des prisonniers (1er mai 2019).", {m05});
  b.document("r2", "r", "2021-06-01", "fr", "R-2", "", "compilation");
  b.document("r2-1", "r", "2021-06-01", "fr", "R-2", "r2", "resolution");
  b.clause("r2-1", "1", "Rappelle la résolution R/1.", {{"resolution", "R/1", "R/1"}});
  b.document("r2-2", "r", "2021-06-01", "fr", "R-2", "r2", "resolution");
  b.clause("r2-2", "1", "Prend note du rapport.");
  b.clause("r2-2", "2", "Exige la libération des prisonniers politiques.");

  b.thread("t1",
           {{"d1/1", Change::First},
            {"r1/1", Change::Translated},
            {"d2/1", Change::Unchanged},
            {"d2f/1", Change::Translated},
            {"r2-2/2", Change::Translated},
            {"d3/1", Change::Amended}},
           "release of political prisoners");
  b.thread("t2", {{"d1/2", Change::First}, {"d3/3", Change::Reappeared}}, "repeal of laws");
  b.thread("t3",
           {{"d1/3", Change::First}, {"d2/2", Change::Unchanged}, {"d3/2", Change::Unchanged}},
           "meetings recalled");
  b.thread("t4", {{"d1/4", Change::First}}, "visit");
  b.thread("t5", {{"r2-1/1", Change::First}});
  b.thread("t6", {{"r2-2/1", Change::First}});
  return b.build();
}

// "ID" of every vertex, in graph order.
inline std::vector<std::string> vertex_list(const Corpus& c, const graph::PersistenceGraph& g) {
  std::vector<std::string> out;
  for (graph::Vertex v : boost::make_iterator_range(vertices(g.g)))
    out.push_back(report::node_id(c, g, v));
  return out;
}

// "SOURCE kind TARGET[ change][ xCOUNT]" of every edge, in graph order
// (count shown when it is not 1).
inline std::vector<std::string> edge_list(const Corpus& c, const graph::PersistenceGraph& g) {
  std::vector<std::string> out;
  for (graph::Edge e : boost::make_iterator_range(edges(g.g))) {
    const graph::EdgeData& d = g.g[e];
    std::string s = report::node_id(c, g, source(e, g.g)) + " " + std::string(name(d.kind)) + " " +
                    report::node_id(c, g, target(e, g.g));
    if (d.kind == graph::EdgeKind::BelongsTo || d.kind == graph::EdgeKind::AppearsIn)
      s += " " + std::string(name(d.change));
    if (d.count != 1) s += " x" + std::to_string(d.count);
    out.push_back(s);
  }
  return out;
}

}  // namespace ct::test

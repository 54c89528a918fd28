// The persistence graph of the UN Security Council development set
// (../shared/corpora/unsc-dev, skipped when absent): yearly mandate renewals
// in eight series, English and French. Lifecycles must hold together on real
// series the seeds do not show.
#include "support/unsc_dev.h"

#include <boost/range/iterator_range.hpp>
#include <catch2/catch.hpp>
#include <cstdio>

#include "graph/neighborhood.h"
#include "graph/persistence_graph.h"
#include "report/graph_json.h"
#include "report/graph_summary.h"
#include "support/test_support.h"

namespace ct::test {
namespace {

TEST_CASE("unsc-dev: lifecycles of threads and entities across yearly renewals",
          "[graph][unsc-dev]") {
  if (!have(unsc_dev_dir(), "the unsc-dev set")) return;
  auto rs = unsc_dev();
  REQUIRE_FALSE(rs.empty());
  TempDir dir;
  auto [manifest, files] = unsc_corpus_files(rs);
  Corpus corpus = corpus_from(dir, files, manifest, 2);
  auto g = graph::build_graph(corpus);
  REQUIRE(corpus.series.size() == 8);

  // Thread statuses are the aligner's.
  std::size_t disagree = 0;
  for (std::size_t t = 0; t < corpus.threads.size(); ++t)
    disagree += corpus.threads[t].status != g.catalogue->threads[t].status;
  CHECK(disagree == 0);

  // Every lifecycle holds together: in each series, the sessions it is in
  // and absent from are exactly those since its first (a partial one, a
  // technical rollover, only when it is in it); its first and last
  // documents are in its first and last sessions; the English and French
  // texts of one resolution count as one session.
  std::size_t lives = 0, with_gaps = 0;
  auto check = [&](const graph::Lifecycle& life) {
    REQUIRE_FALSE(life.empty());
    for (const graph::SeriesLife& l : life.per_series) {
      const Series& s = corpus.series[l.series];
      std::size_t since = 0;
      for (std::size_t k = l.present.front(); k < s.sessions.size(); ++k)
        since += !s.sessions[k].partial ||
                 std::find(l.present.begin(), l.present.end(), k) != l.present.end();
      CHECK(l.present.size() + l.absent.size() == since);
      CHECK(s.sessions[l.present.front()].documents.front() <= corpus.documents.size());
      auto in = [&](std::size_t doc, std::size_t k) {
        const auto& ds = s.sessions[k].documents;
        return std::find(ds.begin(), ds.end(), doc) != ds.end();
      };
      CHECK(in(l.first_doc, l.present.front()));
      CHECK(in(l.last_doc, l.present.back()));
      CHECK(s.sessions[l.present.front()].documents.size() == 2);  // EN and FR
      with_gaps += !l.absent.empty();
      ++lives;
    }
  };
  for (const auto& life : g.catalogue->threads) check(life);
  for (const auto& e : g.catalogue->entities) check(e.life);
  CHECK(with_gaps > 0);

  // A resolution each renewal recalls in the next year's preamble: the
  // graph links documents to the resolutions they cite.
  std::size_t cites = 0;
  for (auto e : boost::make_iterator_range(edges(g.g)))
    cites += g.g[e].kind == graph::EdgeKind::Cites;
  CHECK(cites > rs.size());

  std::string summary = report::graph_summary(corpus, g);
  for (const Series& s : corpus.series)
    CHECK(summary.find("series " + s.id + ": " + std::to_string(s.sessions.size()) + " sessions") !=
          std::string::npos);
  std::printf("unsc-dev graph: %zu vertices, %zu edges, %zu entities, %zu lifecycles\n%s",
              num_vertices(g.g), num_edges(g.g), g.catalogue->entities.size(), lives,
              summary.substr(0, summary.find("series ", 1)).c_str());

  // Views of each series stay within it.
  for (const Series& s : corpus.series) {
    auto view = graph::fold_clauses(corpus, graph::around_series(corpus, g, s.id));
    for (auto v : boost::make_iterator_range(vertices(view.g)))
      if (view.g[v].kind == graph::VertexKind::Document)
        CHECK(corpus.documents[view.g[v].index].series == s.id);
  }
}

}  // namespace
}  // namespace ct::test

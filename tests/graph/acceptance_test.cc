// The persistence graph of the shipped corpus answers the questions issue 6
// asks: demands of the 2023 communiqués the 2025 one no longer makes, the
// meetings each communiqué recalls and which lists lack which, the reports
// and laws cited until 2023 and no longer in 2025.
#include <algorithm>
#include <boost/range/iterator_range.hpp>
#include <catch2/catch.hpp>
#include <set>

#include "graph/persistence_graph.h"
#include "pipeline/pipeline.h"
#include "report/graph_summary.h"
#include "support/test_support.h"

namespace ct::test {
namespace {

struct Shipped {
  Corpus corpus = pipeline::load(corpus_dir(), rules(), 2);
  graph::PersistenceGraph g = graph::build_graph(corpus);

  const graph::EntityNode& entity(const std::string& id) const {
    const auto* e = g.catalogue->find_entity(id);
    if (!e) FAIL("no entity " << id);
    return *e;
  }
  std::vector<std::string> absent(const graph::Lifecycle& l) const {
    std::vector<std::string> out;
    for (std::size_t d : l.absent) out.push_back(corpus.documents[d].id);
    return out;
  }
  std::string doc(std::size_t d) const { return corpus.documents[d].id; }
  // Documents that cite (or, through a clause, mention) the entity.
  std::set<std::string> documents_of(const graph::EntityNode& e) const {
    std::set<std::string> out;
    for (std::size_t c : e.mentions) out.insert(doc(corpus.clauses[c].doc));
    return out;
  }
};

const Shipped& shipped() {
  static const Shipped s;
  return s;
}

TEST_CASE("acceptance: thread statuses agree with the aligner's", "[graph][acceptance]") {
  const auto& s = shipped();
  REQUIRE(s.corpus.threads.size() == s.g.catalogue->threads.size());
  std::size_t disagree = 0;
  for (std::size_t t = 0; t < s.corpus.threads.size(); ++t)
    if (s.corpus.threads[t].status != s.g.catalogue->threads[t].status) {
      UNSCOPED_INFO(s.corpus.threads[t].id << ": align says " << name(s.corpus.threads[t].status)
                                           << ", graph says "
                                           << name(s.g.catalogue->threads[t].status));
      ++disagree;
    }
  CHECK(disagree == 0);
}

TEST_CASE("acceptance: the OHCHR reports cited until 2023, no longer in 2025",
          "[graph][acceptance]") {
  const auto& s = shipped();
  for (const char* id : {"report:OHCHR@2018-06", "report:OHCHR@2019-07"}) {
    const auto& e = s.entity(id);
    CHECK(e.life.status == Status::Dropped);
    CHECK(s.doc(e.life.first_doc) == "cg-jk-2023-03");
    CHECK(s.doc(e.life.last_doc) == "cg-jk-2023-09");
    CHECK(s.absent(e.life) == std::vector<std::string>{"cg-jk-2025-09"});
    CHECK(s.documents_of(e) == std::set<std::string>{"cg-jk-2023-03", "cg-jk-2023-09"});
  }
  // Both communiqués of 2023 cite the report: `cites` edges.
  std::set<std::string> citing;
  auto report =
      graph::entity_vertex(s.corpus, *s.g.catalogue->entity_index("report:OHCHR@2019-07"));
  for (auto e : boost::make_iterator_range(edges(s.g.g)))
    if (s.g.g[e].kind == graph::EdgeKind::Cites && target(e, s.g.g) == report)
      citing.insert(s.doc(s.g.g[source(e, s.g.g)].index));
  CHECK(citing == std::set<std::string>{"cg-jk-2023-03", "cg-jk-2023-09"});
}

TEST_CASE("acceptance: the laws named until 2023, no longer in 2025", "[graph][acceptance]") {
  const auto& s = shipped();
  for (const char* id : {"law:AFSPA", "law:PSA", "law:UAPA"}) {
    const auto& e = s.entity(id);
    CHECK(e.life.status == Status::Dropped);
    CHECK(s.documents_of(e) == std::set<std::string>{"cg-jk-2023-03", "cg-jk-2023-09"});
  }
}

TEST_CASE("acceptance: the meetings each communiqué recalls, and which lists lack which",
          "[graph][acceptance]") {
  const auto& s = shipped();
  // The Nouakchott meeting of 16 March 2023, as its own report dates it, is
  // recalled by no later communiqué: they list it as 17 March 2023.
  const auto& own = s.entity("meeting:OIC-CG-JK@2023-03-16");
  CHECK(own.life.status == Status::Dropped);
  CHECK(s.documents_of(own) == std::set<std::string>{"cg-jk-2023-03"});
  CHECK(s.absent(own.life) == std::vector<std::string>{"cg-jk-2023-09", "cg-jk-2025-09"});
  const auto& listed = s.entity("meeting:OIC-CG-JK@2023-03-17");
  CHECK(listed.life.status == Status::Persistent);
  CHECK(s.documents_of(listed) == std::set<std::string>{"cg-jk-2023-09", "cg-jk-2025-09"});

  // Meetings in every list since the 2023 Nouakchott one.
  for (const char* id : {"meeting:OIC-CG-JK@2021-09-23", "meeting:OIC-CG-JK@2022-03-22",
                         "meeting:OIC-CG-JK@2022-09-21"}) {
    const auto& e = s.entity(id);
    CHECK(e.life.status == Status::Persistent);
    CHECK(s.doc(e.life.first_doc) == "cg-jk-2023-03");
    CHECK(s.doc(e.life.last_doc) == "cg-jk-2025-09");
  }
  // Only the 2025 list has the meetings held since 2023.
  for (const char* id : {"meeting:OIC-CG-JK@2024-09-26", "meeting:OIC-CG-JK@2025-06-22"}) {
    const auto& e = s.entity(id);
    CHECK(e.life.status == Status::New);
    CHECK(s.documents_of(e) == std::set<std::string>{"cg-jk-2025-09"});
  }
}

TEST_CASE("acceptance: demands of 2023 that the 2025 communiqué no longer makes",
          "[graph][acceptance]") {
  const auto& s = shipped();
  const auto* newest = s.corpus.find_document("cg-jk-2025-09");
  REQUIRE(newest);
  std::size_t dropped = 0;
  bool third_report = false;
  for (std::size_t t = 0; t < s.corpus.threads.size(); ++t) {
    const auto& life = s.g.catalogue->threads[t];
    const auto& thread = s.corpus.threads[t];
    if (life.empty() || life.status != Status::Dropped) continue;
    if (s.doc(life.last_doc).rfind("cg-jk-2023", 0) != 0) continue;
    const Clause& last = s.corpus.clauses[thread.members.back().clause];
    if (last.action.empty()) continue;  // a demand, request, call... of the text
    ++dropped;
    const auto absent = s.absent(life);
    CHECK(std::find(absent.begin(), absent.end(), "cg-jk-2025-09") != absent.end());
    if (last.text.find("third report") != std::string::npos) third_report = true;
  }
  CHECK(dropped >= 5);
  CHECK(third_report);  // the request that OHCHR issue a third report

  // The summary track prints says it too.
  std::string summary = report::graph_summary(s.corpus, s.g);
  CHECK(summary.find("series oic-cg-jk: 4 sessions, newest 2025-09-23\n") != std::string::npos);
  CHECK(summary.find("OHCHR@2019-07") != std::string::npos);
  CHECK(summary.find("    meeting: OIC-CG-JK@2024-09-26, OIC-CG-JK@2025-06-22") !=
        std::string::npos);
}

}  // namespace
}  // namespace ct::test

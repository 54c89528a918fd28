// Furniture and reading order: the clauses classified as furniture against
// the furniture of the hand-annotated gold (tests/align/gold/cg-jk-threads.yaml;
// precision and recall printed), and threads in reading order lead with
// demands, never with a document's title, symbol or dateline.
#include "model/reading.h"

#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <set>

#include "pipeline/pipeline.h"
#include "support/test_support.h"

using namespace ct;
using namespace ct::test;

TEST_CASE("furniture of the Contact Group texts against the gold", "[model][furniture]") {
  YAML::Node gold = YAML::LoadFile(source_dir() + "/tests/align/gold/cg-jk-threads.yaml");
  std::set<std::string> docs, furniture;
  for (const auto& d : gold["documents"]) docs.insert(d.as<std::string>());
  for (const auto& f : gold["furniture"]) furniture.insert(f.as<std::string>());

  Corpus c = pipeline::load(corpus_dir(), rules(), 2, pipeline::Depth::Segment);
  std::size_t predicted = 0, correct = 0;
  std::string wrong, missed;
  for (const Document& d : c.documents) {
    if (!docs.count(d.id)) continue;
    for (std::size_t k = d.first_clause; k < d.first_clause + d.clause_count; ++k) {
      const Clause& cl = c.clauses[k];
      bool f = is_furniture(cl.role);
      predicted += f;
      correct += f && furniture.count(cl.id);
      if (f && !furniture.count(cl.id)) wrong += cl.id + "\n";
      if (!f && furniture.count(cl.id)) missed += cl.id + "\n";
    }
  }
  double precision = predicted ? double(correct) / double(predicted) : 0;
  double recall = double(correct) / double(furniture.size());
  std::printf("furniture against the gold: %zu gold, %zu predicted, precision %.3f recall %.3f\n",
              furniture.size(), predicted, precision, recall);
  INFO("furniture not in the gold:\n" << wrong << "gold furniture missed:\n" << missed);
  CHECK(recall == 1.0);
  CHECK(precision >= 0.9);
}

TEST_CASE("threads in reading order lead with demands", "[model][furniture]") {
  Corpus c = pipeline::load(corpus_dir(), rules(), 2);
  for (const Series& s : c.series) {
    std::vector<std::size_t> ts;
    for (std::size_t t = 0; t < c.threads.size(); ++t)
      if (c.threads[t].series == s.id) ts.push_back(t);
    if (ts.empty()) continue;
    sort_for_reading(c, ts);
    INFO("series " << s.id);
    const Thread& first = c.threads[ts.front()];
    CHECK_FALSE(is_furniture(c, first));
    // Furniture comes after every thread of substance.
    bool seen_furniture = false;
    for (std::size_t t : ts) {
      bool f = is_furniture(c, c.threads[t]);
      CHECK((!seen_furniture || f));
      seen_furniture |= f;
    }
  }
}

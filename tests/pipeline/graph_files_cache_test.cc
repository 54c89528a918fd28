// The per-series graph files kept in track's cache (graph_files_cache.h):
// a file read back equals the one made from the graph; a changed item (a
// thread's label) changes its series' key, so the file is made again; a
// damaged entry (cut, or changed in place) is made again, never put back;
// with track's own cache the files in OUT are links to the entries.
#include "pipeline/graph_files_cache.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>

#include "graph/neighborhood.h"
#include "graph/persistence_graph.h"
#include "pipeline/pipeline.h"
#include "report/graph_dot.h"
#include "report/graph_graphml.h"
#include "support/test_support.h"

namespace fs = std::filesystem;
using ct::test::read_file;
using ct::test::TempDir;

namespace {

using namespace ct;

// Every series' files written through `cache` into `out` (name -> content),
// and how many were made (not copied).
std::map<std::string, std::string> write_all(const Corpus& corpus, const graph::PersistenceGraph& g,
                                             const pipeline::CacheOptions& cache,
                                             const std::string& out, int& made) {
  pipeline::GraphFilesCache cached(corpus, g, cache);
  std::map<std::string, std::string> files;
  made = 0;
  auto make = [&](const graph::PersistenceGraph& part, bool dot) {
    ++made;
    return dot ? report::graph_dot(corpus, part) : report::graph_graphml(corpus, part);
  };
  auto put = [&](const std::string& name, std::string content) {
    std::string path = out + "/" + name;
    fs::create_directories(fs::path(path).parent_path());
    std::FILE* f = std::fopen(path.c_str(), "wb");
    REQUIRE(f);
    std::fwrite(content.data(), 1, content.size(), f);
    std::fclose(f);
  };
  for (std::size_t s = 0; s < corpus.series.size(); ++s)
    cached.write(graph::around_series(corpus, g, corpus.series[s].id), out, "s" + std::to_string(s),
                 make, put);
  for (const auto& e : fs::recursive_directory_iterator(out))
    if (e.is_regular_file())
      files[fs::relative(e.path(), out).generic_string()] = read_file(e.path().string());
  return files;
}

// The files made from the graph, no cache.
std::map<std::string, std::string> expected(const Corpus& corpus,
                                            const graph::PersistenceGraph& g) {
  std::map<std::string, std::string> files;
  for (std::size_t s = 0; s < corpus.series.size(); ++s) {
    auto part = graph::around_series(corpus, g, corpus.series[s].id);
    files["graphs/s" + std::to_string(s) + ".dot"] = report::graph_dot(corpus, part);
    files["graphs/s" + std::to_string(s) + ".graphml"] = report::graph_graphml(corpus, part);
  }
  return files;
}

}  // namespace

TEST_CASE("graph files from the cache equal those made; a changed item is made again", "[cache]") {
  Corpus corpus =
      pipeline::load(ct::test::corpus_dir(), ct::test::rules(), 2, pipeline::Depth::Align);
  REQUIRE(corpus.series.size() >= 2);
  REQUIRE(!corpus.threads.empty());
  TempDir dir;
  const std::string cache = dir.path() + "/cache";
  int made = 0;
  auto g = graph::build_graph(corpus);
  const std::size_t n = 2 * corpus.series.size();

  CHECK(write_all(corpus, g, {cache, ""}, dir.path() + "/a", made) == expected(corpus, g));
  CHECK(made == static_cast<int>(n));
  // Read back (and carried into a second cache folder, as track does).
  CHECK(write_all(corpus, g, {cache, dir.path() + "/cache2"}, dir.path() + "/b", made) ==
        expected(corpus, g));
  CHECK(made == 0);
  CHECK(fs::exists(dir.path() + "/cache2/graphs"));

  SECTION("a thread renamed: its series' files are made again, equal to a cold make") {
    corpus.threads[0].label += " (renamed)";
    auto g2 = graph::build_graph(corpus);
    CHECK(write_all(corpus, g2, {cache, ""}, dir.path() + "/c", made) == expected(corpus, g2));
    CHECK(made > 0);
    CHECK(made < static_cast<int>(n));
  }
  SECTION("track's own cache: files linked into OUT from the entries") {
    const std::string out = dir.path() + "/e";
    CHECK(write_all(corpus, g, {cache, dir.path() + "/cache3"}, out, made) == expected(corpus, g));
    CHECK(made == 0);
    for (const auto& e : fs::directory_iterator(out + "/graphs")) {
      struct stat st {};
      REQUIRE(::stat(e.path().c_str(), &st) == 0);
      CHECK(st.st_nlink >= 2);
    }
  }
  SECTION("damaged entries are made again") {
    int k = 0;
    for (const auto& e : fs::directory_iterator(cache + "/graphs")) {
      std::string bytes = read_file(e.path().string());
      std::FILE* f = std::fopen(e.path().c_str(), "wb");
      REQUIRE(f);
      // Cut, replaced, or changed in place with its end kept (an output
      // edited through its link).
      std::string damaged = k % 3 == 0   ? bytes.substr(0, bytes.size() / 2)
                            : k % 3 == 1 ? std::string("x")
                                         : bytes.substr(0, 10) + "X" + bytes.substr(11);
      ++k;
      std::fwrite(damaged.data(), 1, damaged.size(), f);
      std::fclose(f);
    }
    CHECK(write_all(corpus, g, {cache, ""}, dir.path() + "/d", made) == expected(corpus, g));
    CHECK(made == static_cast<int>(n));
  }
}

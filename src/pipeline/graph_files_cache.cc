// The per-series graph files read from or written to the cache.
#include "pipeline/graph_files_cache.h"

#include <boost/range/iterator_range.hpp>
#include <filesystem>
#include <string_view>

#include "util/hash.h"

namespace ct::pipeline {

namespace {

namespace fs = std::filesystem;

// Bump when the key's material or the entry's layout changes (the tool's
// version is in the key too).
constexpr int kFormat = 3;

// A string of `m`, length first (so that fields never run together).
void field(std::string& m, std::string_view s) {
  m += std::to_string(s.size());
  m += ':';
  m += s;
  m += '\n';
}

void number(std::string& m, std::uint64_t n) {
  m += std::to_string(n);
  m += ' ';
}

// What the writers read of a lifecycle: its status and, when it is not
// empty, its main series, first and last documents and absences.
void lifecycle(std::string& m, const Corpus& corpus, const graph::Lifecycle& l) {
  field(m, name(l.status));
  if (l.empty()) return;
  field(m, corpus.series[l.main_life().series].id);
  field(m, corpus.documents[l.first_doc].id);
  field(m, corpus.documents[l.last_doc].id);
  for (std::size_t a : l.absent) field(m, corpus.documents[a].id);
}

}  // namespace

GraphFilesCache::GraphFilesCache(const Corpus& corpus, const graph::PersistenceGraph& whole,
                                 const CacheOptions& cache)
    : corpus_(corpus), entries_(cache, "graphs", {".dot", ".graphml"}) {
  if (!entries_.enabled()) return;
  std::string m;
  for (const Document& d : corpus.documents) {
    m.clear();
    for (const std::string* s : {&d.id, &d.date, &d.title, &d.series, &d.language}) field(m, *s);
    documents_.push_back(fast_hash64(m));
  }
  for (const Clause& c : corpus.clauses) {
    m.clear();
    for (const std::string* s : {&c.id, &c.number, &c.key, &c.text}) field(m, *s);
    field(m, name(c.role));
    number(m, documents_[c.doc]);
    clauses_.push_back(fast_hash64(m));
  }
  const graph::Catalogue& cat = *whole.catalogue;
  for (std::size_t t = 0; t < corpus.threads.size(); ++t) {
    m.clear();
    field(m, corpus.threads[t].id);
    field(m, corpus.threads[t].label);
    if (t < cat.threads.size()) lifecycle(m, corpus, cat.threads[t]);
    threads_.push_back(fast_hash64(m));
  }
  for (const graph::EntityNode& e : cat.entities) {
    m.clear();
    field(m, e.id);
    field(m, name(e.type));
    field(m, e.value);
    lifecycle(m, corpus, e.life);
    entities_.push_back(fast_hash64(m));
  }
}

std::string GraphFilesCache::key(const graph::PersistenceGraph& part) const {
  std::string m = "clausetrack " CT_VERSION " graphs " + std::to_string(kFormat) + '\n';
  field(m, part.scope);
  constexpr graph::Vertex kNone = static_cast<graph::Vertex>(-1);
  std::vector<graph::Vertex> of_doc(corpus_.documents.size(), kNone);
  for (graph::Vertex v : boost::make_iterator_range(vertices(part.g))) {
    const graph::VertexData& d = part.g[v];
    number(m, static_cast<std::uint64_t>(d.kind));
    switch (d.kind) {
      case graph::VertexKind::Document:
        number(m, documents_[d.index]);
        of_doc[d.index] = v;
        break;
      case graph::VertexKind::Clause:
        number(m, clauses_[d.index]);
        break;
      case graph::VertexKind::Thread:
        number(m, threads_[d.index]);
        break;
      case graph::VertexKind::Entity:
        number(m, entities_[d.index]);
        break;
    }
  }
  m += "\nedges\n";
  for (graph::Edge e : boost::make_iterator_range(edges(part.g))) {
    const graph::EdgeData& d = part.g[e];
    number(m, source(e, part.g));
    number(m, target(e, part.g));
    number(m, static_cast<std::uint64_t>(d.kind));
    number(m, static_cast<std::uint64_t>(d.change));
    number(m, static_cast<std::uint64_t>(d.count));
    m += '\n';
  }
  // The series' columns (graph_dot's rank groups): each series' documents in
  // the part, in the series' order.
  m += "columns\n";
  for (const Series& s : corpus_.series) {
    for (std::size_t d : s.documents)
      if (of_doc[d] != kNone) number(m, of_doc[d]);
    m += '\n';
  }
  return hex_hash128(m);
}

void GraphFilesCache::write(const graph::PersistenceGraph& part, const std::string& out_dir,
                            const std::string& stem, const Make& make, const Put& put) const {
  const std::string file = "graphs/" + stem;
  if (!entries_.enabled()) {
    put(file + ".dot", make(part, true));
    put(file + ".graphml", make(part, false));
    return;
  }
  const std::string k = key(part);
  for (bool dot : {true, false}) {
    const std::string ext = dot ? ".dot" : ".graphml";
    const std::string name = file + ext;
    const fs::path target = fs::path(out_dir) / name;
    auto put_file = [&put, &name](std::string bytes) { put(name, std::move(bytes)); };
    if (!entries_.put_kept(k, ext, target, put_file))
      entries_.put_made(k, ext, target, make(part, dot), put_file);
  }
}

}  // namespace ct::pipeline

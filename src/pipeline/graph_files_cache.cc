// The per-series graph files read from or written to the cache.
#include "pipeline/graph_files_cache.h"

#include <boost/range/iterator_range.hpp>
#include <filesystem>
#include <string_view>

#include "util/atomic_file.h"
#include "util/hash.h"
#include "util/read_file.h"

namespace ct::pipeline {

namespace {

namespace fs = std::filesystem;

// Bump when the key's material or the entry's layout changes (the tool's
// version is in the key too).
constexpr int kFormat = 3;
constexpr std::size_t kKeyDigits = 32, kSumDigits = 16;

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

bool hex(std::string_view s) {
  return s.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

// "KEY.SUM.dot" -> "KEY.dot" (and .graphml), or "" for any other name.
std::string kept_name(std::string_view name) {
  const std::size_t dot = name.find('.', kKeyDigits + 1);
  if (name.size() < kKeyDigits + 1 + kSumDigits || name[kKeyDigits] != '.' ||
      dot != kKeyDigits + 1 + kSumDigits || !hex(name.substr(0, kKeyDigits)) ||
      !hex(name.substr(kKeyDigits + 1, kSumDigits)))
    return {};
  const std::string_view ext = name.substr(dot);
  if (ext != ".dot" && ext != ".graphml") return {};
  return std::string(name.substr(0, kKeyDigits)) + std::string(ext);
}

}  // namespace

GraphFilesCache::GraphFilesCache(const Corpus& corpus, const graph::PersistenceGraph& whole,
                                 const CacheOptions& cache)
    : corpus_(corpus) {
  if (cache.dir.empty()) return;
  dir_ = (fs::path(cache.dir) / "graphs").string();
  write_dir_ =
      ((cache.write_dir.empty() ? fs::path(cache.dir) : fs::path(cache.write_dir)) / "graphs")
          .string();
  link_out_ = !cache.write_dir.empty();
  std::error_code ec;
  fs::create_directories(write_dir_, ec);
  remove_stale_temps(write_dir_);
  for (auto it = fs::directory_iterator(dir_, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (std::string k = kept_name(name); !k.empty()) kept_[k] = name;
  }
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
  if (dir_.empty()) {
    put(file + ".dot", make(part, true));
    put(file + ".graphml", make(part, false));
    return;
  }
  const std::string k = key(part);
  for (bool dot : {true, false}) {
    const std::string ext = dot ? ".dot" : ".graphml";
    const fs::path target = fs::path(out_dir) / (file + ext);
    std::error_code ec;
    // OUT is a folder made by this run: a link or a copy needs no temporary.
    auto link_out = [&](const fs::path& entry) {
      if (!link_out_) return false;
      fs::create_directories(target.parent_path(), ec);
      ec.clear();
      fs::create_hard_link(entry, target, ec);
      return !ec;
    };
    if (auto it = kept_.find(k + ext); it != kept_.end()) {
      const std::string& name = it->second;
      const fs::path entry = fs::path(dir_) / name;
      std::string bytes = read_whole_file(entry);
      if (!bytes.empty() && hex_hash64(bytes) == name.substr(kKeyDigits + 1, kSumDigits)) {
        const fs::path written = fs::path(write_dir_) / name;
        if (written != entry) {
          fs::create_hard_link(entry, written, ec);
          if (ec) fs::copy_file(entry, written, fs::copy_options::overwrite_existing, ec);
        }
        if (!link_out(written)) put(file + ext, std::move(bytes));
        continue;
      }
    }
    std::string content = make(part, dot);
    const fs::path written = fs::path(write_dir_) / (k + '.' + hex_hash64(content) + ext);
    bool kept = true;
    try {
      // The folder was swept once before the entries are written.
      write_file_atomically(written.string(), content, StaleTemps::Skip);
    } catch (const std::exception&) {
      kept = false;  // a cache that cannot be written only costs the next run time
    }
    if (!kept || !link_out(written)) put(file + ext, std::move(content));
  }
}

}  // namespace ct::pipeline

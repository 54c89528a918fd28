// The per-document analysis cache: key, CBOR encoding of a document's
// clauses, and the cached run of segmentation and extraction.
#include "pipeline/analysis_cache.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "extract/extract.h"
#include "segment/segment.h"
#include "text/analyzer_set.h"
#include "util/atomic_file.h"
#include "util/hash.h"
#include "util/parallel.h"

namespace ct::pipeline {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

// Bump when the encoding below changes (the tool's version is in the key too).
constexpr int kFormat = 2;

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return {};
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// What every entry depends on besides its document: the rules folder's files
// (relative path and bytes, in path order) and the tool's version.
std::string rules_key(const Rules& rules) {
  std::ostringstream k;
  k << "clausetrack " << CT_VERSION << " cache " << kFormat << '\n';
  std::vector<fs::path> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(rules.dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file(ec)) files.push_back(it->path());
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    std::string bytes = read_all(f);
    k << fs::relative(f, rules.dir, ec).generic_string() << ' ' << bytes.size() << ' '
      << fnv1a64(bytes) << '\n';
  }
  return k.str();
}

// Everything segmentation and extraction read about document `d`.
// `text_hash`: fnv1a64 of the document's whole source text.
std::string document_key(const Corpus& corpus, const Document& d, const std::string& rules,
                         std::uint64_t text_hash) {
  std::ostringstream k;
  k << rules;
  for (const std::string* s : {&d.id, &d.source, &d.series, &d.kind, &d.language, &d.date, &d.place,
                               &d.title, &d.parent, &d.session, &d.number})
    k << s->size() << ':' << *s << '\n';
  k << d.begin << ' ' << d.end << ' ' << d.line << ' ' << d.end_line << ' ' << d.whole_end << ' '
    << d.language_uncertain << '\n';
  for (const TocEntry& t : d.toc)
    k << t.number << '\t' << t.symbol << '\t' << t.title << '\t' << t.page << '\t' << t.line
      << '\n';
  if (const Series* s = corpus.find_series(d.series))
    k << s->body.size() << ':' << s->body << s->title.size() << ':' << s->title << '\n';
  if (d.text) {
    // Positions count lines from the start of the whole file (compilations).
    k << d.text->path() << '\n' << d.text->bytes().size() << ' ';
    k << text_hash;
  }
  std::string material = k.str();
  // Two independent 64-bit hashes (the material and its reverse): 128 bits.
  std::string reversed(material.rbegin(), material.rend());
  return hex_hash(material) + hex_hash(reversed);
}

// Packs unsigned integers as little-endian 32-bit words in a CBOR byte
// string. Hand-written because one JSON node per token field made decoding
// slower than analysing again (3 million tokens on a 16 MB corpus); packed,
// a clause is a handful of nodes.
void put32(std::vector<std::uint8_t>& out, std::uint64_t v) {
  if (v > 0xffffffffu) throw std::length_error("cache: value over 32 bits");
  for (int s = 0; s < 32; s += 8) out.push_back(static_cast<std::uint8_t>(v >> s));
}

std::uint32_t get32(const std::vector<std::uint8_t>& in, std::size_t& at) {
  if (at + 4 > in.size()) throw std::out_of_range("cache: packed field too short");
  std::uint32_t v = 0;
  for (int s = 0; s < 32; s += 8) v |= static_cast<std::uint32_t>(in[at++]) << s;
  return v;
}

json encode(const Clause& c, std::size_t first) {
  std::vector<std::uint8_t> runs, tokens;
  std::string folds, stems;
  for (const TextRun& r : c.runs) {
    put32(runs, r.text_begin);
    put32(runs, r.source_begin);
    put32(runs, r.length);
  }
  for (const Token& t : c.tokens) {
    put32(tokens, t.begin);
    put32(tokens, t.end);
    put32(tokens, (t.word ? 1 : 0) | (t.number ? 2 : 0) | (t.stop ? 4 : 0));
    put32(tokens, t.fold.size());
    put32(tokens, t.stem.size());
    folds += t.fold;
    stems += t.stem;
  }
  json entities = json::array();
  for (const Entity& e : c.entities)
    entities.push_back({static_cast<int>(e.type), e.text, e.value, e.begin, e.end, e.pos.line,
                        e.pos.column, e.flags, e.attrs});
  long parent = c.parent ? static_cast<long>(*c.parent - first) : -1;
  return json::array({c.id, c.number, c.key, static_cast<int>(c.role), c.depth, parent, c.line,
                      c.end_line, c.source_begin, c.source_end, c.text,
                      json::binary(std::move(runs)), json::binary(std::move(tokens)), folds, stems,
                      entities, c.lead, c.action, c.strength});
}

// Throws (json or std) on anything malformed; the caller ignores the entry.
Clause decode(const json& j, std::size_t doc, std::size_t first) {
  Clause c;
  c.id = j.at(0).get<std::string>();
  c.number = j.at(1).get<std::string>();
  c.key = j.at(2).get<std::string>();
  c.doc = doc;
  c.role = static_cast<Role>(j.at(3).get<int>());
  c.depth = j.at(4).get<int>();
  long parent = j.at(5).get<long>();
  if (parent >= 0) c.parent = first + static_cast<std::size_t>(parent);
  c.line = j.at(6).get<int>();
  c.end_line = j.at(7).get<int>();
  c.source_begin = j.at(8).get<std::size_t>();
  c.source_end = j.at(9).get<std::size_t>();
  c.text = j.at(10).get<std::string>();
  const auto& runs = j.at(11).get_binary();
  for (std::size_t at = 0; at < runs.size();) {
    TextRun r;
    r.text_begin = get32(runs, at);
    r.source_begin = get32(runs, at);
    r.length = get32(runs, at);
    c.runs.push_back(r);
  }
  const auto& tokens = j.at(12).get_binary();
  const std::string& folds = j.at(13).get_ref<const std::string&>();
  const std::string& stems = j.at(14).get_ref<const std::string&>();
  std::size_t fold_at = 0, stem_at = 0;
  c.tokens.reserve(tokens.size() / 20);
  for (std::size_t at = 0; at < tokens.size();) {
    Token t;
    t.begin = get32(tokens, at);
    t.end = get32(tokens, at);
    std::uint32_t f = get32(tokens, at);
    t.word = f & 1;
    t.number = f & 2;
    t.stop = f & 4;
    std::size_t fold_n = get32(tokens, at), stem_n = get32(tokens, at);
    t.fold = folds.substr(fold_at, fold_n);  // throws past the end
    t.stem = stems.substr(stem_at, stem_n);
    fold_at += fold_n;
    stem_at += stem_n;
    if (fold_at > folds.size() || stem_at > stems.size() || t.end > c.text.size() ||
        t.begin > t.end)
      throw std::out_of_range("cache: token past its clause");
    c.tokens.push_back(std::move(t));
  }
  for (const json& e : j.at(15)) {
    Entity ent;
    ent.type = static_cast<EntityType>(e.at(0).get<int>());
    ent.text = e.at(1).get<std::string>();
    ent.value = e.at(2).get<std::string>();
    ent.begin = e.at(3).get<std::size_t>();
    ent.end = e.at(4).get<std::size_t>();
    ent.pos.line = e.at(5).get<int>();
    ent.pos.column = e.at(6).get<int>();
    ent.flags = e.at(7).get<std::vector<std::string>>();
    ent.attrs = e.at(8).get<std::map<std::string, std::string>>();
    c.entities.push_back(std::move(ent));
  }
  c.lead = j.at(16).get<std::string>();
  c.action = j.at(17).get<std::string>();
  c.strength = j.at(18).get<int>();
  return c;
}

// The clauses stored under `path` for the document with `key`, or false.
bool load_entry(const fs::path& path, const std::string& key, std::size_t doc,
                std::vector<Clause>& out) {
  std::string bytes = read_all(path);
  if (bytes.empty()) return false;
  try {
    json j = json::from_cbor(bytes);
    if (j.at("key").get<std::string>() != key) return false;
    const json& clauses = j.at("clauses");
    std::vector<Clause> got;
    got.reserve(clauses.size());
    for (const json& c : clauses) got.push_back(decode(c, doc, 0));
    for (const Clause& c : got)
      if (c.parent && *c.parent >= got.size()) return false;
    out = std::move(got);
    return true;
  } catch (const std::exception&) {
    return false;  // truncated, corrupt or of another format: analysed again
  }
}

void store_entry(const fs::path& path, const std::string& key, const std::vector<Clause>& cs) {
  json clauses = json::array();
  for (const Clause& c : cs) clauses.push_back(encode(c, 0));
  std::vector<std::uint8_t> bytes = json::to_cbor(json{{"key", key}, {"clauses", clauses}});
  try {
    write_file_atomically(
        path.string(), std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
  } catch (const std::exception&) {
    // A cache that cannot be written only costs the next run time.
  }
}

// An entry reused from `from`, kept in the new cache `to`: a hard link where
// the file system allows it, else a copy.
void carry_entry(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::create_directories(to.parent_path(), ec);
  fs::create_hard_link(from, to, ec);
  if (ec) fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec);
}

}  // namespace

void segment_and_extract_cached(Corpus& corpus, const Rules& rules, int jobs,
                                const CacheOptions& cache) {
  if (cache.dir.empty()) {
    segment::segment_corpus(corpus, rules, jobs);
    extract::extract_corpus(corpus, rules, jobs);
    return;
  }
  const fs::path dir = cache.dir;
  const fs::path write_dir = cache.write_dir.empty() ? dir : fs::path(cache.write_dir);
  const bool carry = write_dir != dir;
  const std::string rkey = rules_key(rules);
  const std::size_t n = corpus.documents.size();
  std::vector<std::string> keys(n);
  std::vector<std::vector<Clause>> parts(n);
  std::vector<text::AnalyzerSet> analyzers;
  const int workers = std::max(1, jobs);
  for (int w = 0; w < workers; ++w) analyzers.push_back(analyzers_for(rules));
  // Compilation items share one text: its hash is computed once per text.
  std::map<const SourceText*, std::uint64_t> text_hashes;
  for (const Document& d : corpus.documents)
    if (d.text && !text_hashes.count(d.text.get()))
      text_hashes[d.text.get()] = fnv1a64(d.text->bytes());
  parallel_for(n, workers, [&](int w, std::size_t i) {
    const Document& d = corpus.documents[i];
    keys[i] = document_key(corpus, d, rkey, d.text ? text_hashes.at(d.text.get()) : 0);
    const std::string name = keys[i] + ".cbor";
    if (load_entry(dir / name, keys[i], i, parts[i])) {
      if (carry) carry_entry(dir / name, write_dir / name);
      return;
    }
    std::vector<Clause> cs = segment::segment_document(
        d, i, rules, analyzers[static_cast<std::size_t>(w)].get(d.language));
    // extract_clause reads the clause's document only (not Corpus::clauses).
    for (Clause& c : cs) c.entities = extract::extract_clause(corpus, c, rules);
    store_entry(write_dir / name, keys[i], cs);
    parts[i] = std::move(cs);
  });
  corpus.clauses.clear();
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t base = corpus.clauses.size();
    corpus.documents[i].first_clause = base;
    corpus.documents[i].clause_count = parts[i].size();
    for (Clause& c : parts[i]) {
      if (c.parent) *c.parent += base;
      corpus.clauses.push_back(std::move(c));
    }
  }
}

}  // namespace ct::pipeline

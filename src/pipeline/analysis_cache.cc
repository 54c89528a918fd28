// The per-document analysis cache: key, binary encoding of a document's
// clauses, and the cached run of segmentation and extraction.
#include "pipeline/analysis_cache.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

#include "extract/extract.h"
#include "pipeline/cache_codec.h"
#include "segment/segment.h"
#include "text/analyzer_set.h"
#include "util/atomic_file.h"
#include "util/hash.h"
#include "util/parallel.h"
#include "util/read_file.h"

namespace ct::pipeline {
namespace {

namespace fs = std::filesystem;

// Bump when the encoding below changes (the tool's version is in the key too).
constexpr int kFormat = 4;

// Everything segmentation and extraction read about document `d`.
// `text_hash`: fast_hash64 of the document's whole source text.
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
  return hex_hash128(material);
}

// The entry format: a magic word, the key, then each clause's fields in
// order: unsigned integers as LEB128 varints, signed ones zigzagged, strings
// as a length and their bytes. Hand-written because decoding through a JSON
// tree (nlohmann's CBOR) cost more than a third of analysing again on a 16 MB
// corpus (3 million tokens, two strings each); read straight into the
// clauses, an entry costs little more than its bytes.
constexpr std::string_view kMagic = "clausetrack-analysis\n";

void encode(Writer& w, const Clause& c) {
  w.s(c.id);
  w.s(c.number);
  w.s(c.key);
  w.u(static_cast<std::uint64_t>(c.role));
  w.i(c.depth);
  w.u(c.parent ? *c.parent + 1 : 0);  // within the document's clauses
  w.i(c.line);
  w.i(c.end_line);
  w.u(c.source_begin);
  w.u(c.source_end);
  w.s(c.text);
  w.u(c.runs.size());
  for (const TextRun& r : c.runs) {
    w.u(r.text_begin);
    w.u(r.source_begin);
    w.u(r.length);
  }
  w.u(c.tokens.size());
  for (const Token& t : c.tokens) {
    w.u(t.begin);
    w.u(t.end - t.begin);
    w.u((t.word ? 1 : 0) | (t.number ? 2 : 0) | (t.stop ? 4 : 0));
    w.s(t.fold);
    w.s(t.stem);
  }
  w.u(c.entities.size());
  for (const Entity& e : c.entities) {
    w.u(static_cast<std::uint64_t>(e.type));
    w.s(e.text);
    w.s(e.value);
    w.u(e.begin);
    w.u(e.end);
    w.i(e.pos.line);
    w.i(e.pos.column);
    w.u(e.flags.size());
    for (const std::string& f : e.flags) w.s(f);
    w.u(e.attrs.size());
    for (const auto& [k, v] : e.attrs) {
      w.s(k);
      w.s(v);
    }
  }
  w.s(c.lead);
  w.s(c.action);
  w.i(c.strength);
}

// `forms`: where the entry's token forms are kept (one storage per entry).
Clause decode(Reader& r, std::size_t doc, std::size_t clauses,
              const std::shared_ptr<TokenForms>& forms) {
  Clause c;
  c.id = r.s();
  c.number = r.s();
  c.key = r.s();
  c.doc = doc;
  std::uint64_t role = r.u();
  if (role > static_cast<std::uint64_t>(Role::Other)) throw std::out_of_range("cache: role");
  c.role = static_cast<Role>(role);
  c.depth = r.small();
  if (std::uint64_t parent = r.u()) {
    if (parent > clauses) throw std::out_of_range("cache: parent past the document");
    c.parent = parent - 1;
  }
  c.line = r.small();
  c.end_line = r.small();
  c.source_begin = r.u();
  c.source_end = r.u();
  c.text = r.s();
  c.runs.resize(r.count());
  for (TextRun& run : c.runs) {
    run.text_begin = r.u();
    run.source_begin = r.u();
    run.length = r.u();
  }
  c.tokens.resize(r.count());
  c.forms = forms;
  for (Token& t : c.tokens) {
    t.begin = r.u();
    t.end = t.begin + r.u();
    std::uint64_t f = r.u();
    t.word = f & 1;
    t.number = f & 2;
    t.stop = f & 4;
    t.fold = forms->add(r.view(r.u()));
    std::string_view stem = r.view(r.u());
    t.stem = stem == t.fold ? t.fold : forms->add(stem);
    if (t.end > c.text.size() || t.end < t.begin)
      throw std::out_of_range("cache: token past its clause");
  }
  c.entities.resize(r.count());
  for (Entity& e : c.entities) {
    std::uint64_t type = r.u();
    if (type >= kEntityTypes) throw std::out_of_range("cache: entity type");
    e.type = static_cast<EntityType>(type);
    e.text = r.s();
    e.value = r.s();
    e.begin = r.u();
    e.end = r.u();
    e.pos.line = r.small();
    e.pos.column = r.small();
    e.flags.resize(r.count());
    for (std::string& f : e.flags) f = r.s();
    for (std::size_t n = r.count(); n-- > 0;) {
      std::string k = r.s();
      e.attrs[std::move(k)] = r.s();
    }
  }
  c.lead = r.s();
  c.action = r.s();
  c.strength = r.small();
  return c;
}

// The clauses stored under `path` for the document with `key`, or false.
bool load_entry(const fs::path& path, const std::string& key, std::size_t doc,
                std::vector<Clause>& out) {
  std::string bytes = read_whole_file(path);
  if (bytes.empty()) return false;
  try {
    Reader r(bytes);
    if (r.view(kMagic.size()) != kMagic || r.view(r.u()) != key) return false;
    std::size_t n = r.count();
    std::vector<Clause> got;
    got.reserve(n);
    auto forms = std::make_shared<TokenForms>();
    for (std::size_t k = 0; k < n; ++k) got.push_back(decode(r, doc, n, forms));
    if (!r.done()) return false;
    out = std::move(got);
    return true;
  } catch (const std::exception&) {
    return false;  // truncated, corrupt or of another format: analysed again
  }
}

void store_entry(const fs::path& path, const std::string& key, const std::vector<Clause>& cs) {
  Writer w;
  w.raw(kMagic);
  w.s(key);
  w.u(cs.size());
  for (const Clause& c : cs) encode(w, c);
  try {
    // The folder was swept once before the entries are written.
    write_file_atomically(path.string(), w.bytes(), StaleTemps::Skip);
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
    std::string bytes = read_whole_file(f);
    k << fs::relative(f, rules.dir, ec).generic_string() << ' ' << bytes.size() << ' '
      << fast_hash64(bytes) << '\n';
  }
  return k.str();
}

std::vector<std::string> segment_and_extract_cached(Corpus& corpus, const Rules& rules, int jobs,
                                                    const CacheOptions& cache) {
  if (cache.dir.empty()) {
    segment::segment_corpus(corpus, rules, jobs);
    extract::extract_corpus(corpus, rules, jobs);
    return {};
  }
  const fs::path dir = cache.dir;
  const fs::path write_dir = cache.write_dir.empty() ? dir : fs::path(cache.write_dir);
  const bool carry = write_dir != dir;
  const std::string rkey = rules_key(rules);
  remove_stale_temps(write_dir.string());
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
      text_hashes[d.text.get()] = fast_hash64(d.text->bytes());
  parallel_for(n, workers, [&](int w, std::size_t i) {
    const Document& d = corpus.documents[i];
    keys[i] = document_key(corpus, d, rkey, d.text ? text_hashes.at(d.text.get()) : 0);
    const std::string name = keys[i] + ".bin";
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
  segment::splice_clauses(corpus, std::move(parts));
  return keys;
}

}  // namespace ct::pipeline

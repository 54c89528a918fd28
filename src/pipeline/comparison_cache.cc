// The comparison cache: keys, encoding (a word diff as the kinds and lengths
// of its runs, read back from the two clauses' texts) and the cache file.
#include "pipeline/comparison_cache.h"

#include <filesystem>

#include "diff/classify.h"
#include "diff/word_diff.h"
#include "pipeline/cache_codec.h"
#include "util/atomic_file.h"
#include "util/hash.h"
#include "util/read_file.h"

namespace ct::pipeline {
namespace {

namespace fs = std::filesystem;

// Bump when the encodings below change (the entry keys hold the version).
constexpr std::string_view kComparisonsMagic = "clausetrack-comparisons 2\n";
constexpr std::string_view kComparisonsFile = "comparisons.bin";
constexpr std::string_view kWordDiffsMagic = "clausetrack-word-diffs 2\n";
constexpr std::string_view kWordDiffsFile = "word-diffs.bin";
constexpr std::string_view kSeriesSwapsMagic = "clausetrack-vocabulary-swaps 1\n";
constexpr std::string_view kSeriesSwapsFile = "vocabulary-swaps.bin";
constexpr std::string_view kThreadSwapsMagic = "clausetrack-thread-swaps 1\n";
constexpr std::string_view kThreadSwapsFile = "thread-swaps.bin";
constexpr std::string_view kDocumentsMagic = "clausetrack-document-checks 1\n";
constexpr std::string_view kDocumentsFile = "documents.bin";

// Swaps by places (check::SeriesSwap), a count first.
std::string encode_swaps(const std::vector<check::SeriesSwap>& swaps) {
  Writer w;
  w.u(swaps.size());
  for (const check::SeriesSwap& s : swaps)
    for (std::uint32_t f :
         {s.doc, s.clause, s.token, s.before_doc, s.before_clause, s.before_token, s.versions})
      w.u(f);
  return std::move(w.bytes());
}

bool decode_swaps(const std::string* entry, std::vector<check::SeriesSwap>& out) {
  if (!entry) return false;
  try {
    Reader r(*entry);
    out.resize(r.count());
    for (check::SeriesSwap& s : out)
      for (std::uint32_t* f : {&s.doc, &s.clause, &s.token, &s.before_doc, &s.before_clause,
                               &s.before_token, &s.versions})
        *f = static_cast<std::uint32_t>(r.u());
    if (!r.done()) throw std::out_of_range("cache: entry too long");
  } catch (const std::exception&) {
    return false;
  }
  return true;
}

// A word diff's runs cut the older text (Equal, Delete) and the newer one
// (Equal, Insert) in order: each run is stored as its kind and length and
// read back from the texts; a diff whose runs are not such cuts keeps its
// texts.
void encode_runs(Writer& w, const std::vector<WordOp>& diff, std::string_view older,
                 std::string_view newer) {
  bool cuts = true;
  std::size_t o = 0, n = 0;
  for (const WordOp& op : diff) {
    const std::size_t len = op.text.size();
    if (op.kind == WordOp::Kind::Insert) {
      cuts &= newer.substr(n, len) == op.text;
      n += len;
    } else {
      cuts &= older.substr(o, len) == op.text;
      if (op.kind == WordOp::Kind::Equal) cuts &= newer.substr(n, len) == op.text;
      o += len;
      if (op.kind == WordOp::Kind::Equal) n += len;
    }
    if (o > older.size() || n > newer.size()) cuts = false;
    if (!cuts) break;
  }
  w.u(cuts ? 1 : 0);
  w.u(diff.size());
  for (const WordOp& op : diff) {
    w.u(static_cast<std::uint64_t>(op.kind));
    if (cuts)
      w.u(op.text.size());
    else
      w.s(op.text);
  }
}

// Throws std::out_of_range on malformed runs.
std::vector<WordOp> decode_runs(Reader& r, std::string_view older, std::string_view newer) {
  std::vector<WordOp> diff;
  const bool cuts = r.u() == 1;
  const std::size_t ops = r.count();
  diff.reserve(ops);
  std::size_t o = 0, n = 0;
  for (std::size_t i = 0; i < ops; ++i) {
    WordOp op;
    const auto kind = r.u();
    if (kind > static_cast<std::uint64_t>(WordOp::Kind::Delete))
      throw std::out_of_range("cache: bad run");
    op.kind = static_cast<WordOp::Kind>(kind);
    if (!cuts) {
      op.text = r.s();
    } else {
      const std::size_t len = r.u();
      std::string_view from = op.kind == WordOp::Kind::Delete ? older : newer;
      std::size_t& at = op.kind == WordOp::Kind::Delete ? o : n;
      if (len > from.size() - std::min(at, from.size()))
        throw std::out_of_range("cache: run past the text");
      op.text = std::string(from.substr(at, len));
      if (op.kind != WordOp::Kind::Insert) o += len;
      if (op.kind != WordOp::Kind::Delete) n += len;
    }
    diff.push_back(std::move(op));
  }
  return diff;
}

// A comparison: change, facts, then the runs.
std::string encode(const diff::Comparison& c, std::string_view older, std::string_view newer) {
  Writer w;
  w.u(static_cast<std::uint64_t>(c.change));
  w.u(c.facts.size());
  for (const std::string& f : c.facts) w.s(f);
  encode_runs(w, c.diff, older, newer);
  return std::move(w.bytes());
}

// Throws std::out_of_range on a malformed entry.
diff::Comparison decode(std::string_view bytes, std::string_view older, std::string_view newer) {
  Reader r(bytes);
  diff::Comparison c;
  c.change = static_cast<Change>(r.u());
  const std::size_t facts = r.count();
  for (std::size_t i = 0; i < facts; ++i) c.facts.push_back(r.s());
  c.diff = decode_runs(r, older, newer);
  if (!r.done()) throw std::out_of_range("cache: entry too long");
  return c;
}

}  // namespace

PairFile::PairFile(const Corpus& corpus, std::vector<std::string> doc_keys,
                   const CacheOptions& cache, std::string_view file, std::string_view magic)
    : corpus_(corpus),
      doc_keys_(std::move(doc_keys)),
      write_dir_(cache.write_dir.empty() ? cache.dir : cache.write_dir),
      file_(file),
      magic_(magic) {
  if (cache.dir.empty() || !valid()) return;
  const std::string bytes = read_whole_file(fs::path(cache.dir) / file_);
  if (bytes.empty()) return;
  try {
    Reader r(bytes);
    if (r.view(magic_.size()) != magic_) return;
    const std::size_t n = r.count();
    for (std::size_t i = 0; i < n; ++i) {
      Key k{r.u(), r.u()};
      kept_.emplace(k, r.s());
    }
  } catch (const std::exception&) {
    kept_.clear();  // truncated or corrupt: every pair is made again
  }
}

PairFile::Key PairFile::key_of(std::string_view material) {
  const Hash128 h = fast_hash128(material);
  return {h.low, h.high};
}

const std::string* PairFile::find(const Key& k) const {
  if (kept_.empty() || !valid()) return nullptr;
  auto it = kept_.find(k);
  if (it == kept_.end()) return nullptr;
  std::lock_guard<std::mutex> lock(mutex_);
  used_.emplace(k, it->second);
  return &it->second;
}

void PairFile::keep(const Key& k, std::string entry) {
  if (!writes()) return;
  std::lock_guard<std::mutex> lock(mutex_);
  used_.insert_or_assign(k, std::move(entry));
}

PairFile::Key PairFile::key(std::size_t older, std::size_t newer) const {
  std::string material;
  for (std::size_t c : {older, newer}) {
    const std::size_t d = corpus_.clauses[c].doc;
    material += doc_keys_[d];
    material += ':';
    material += std::to_string(c - corpus_.documents[d].first_clause);
    material += '\n';
  }
  return key_of(material);
}

const std::string* PairFile::find(std::size_t older, std::size_t newer) const {
  if (kept_.empty() || !valid()) return nullptr;
  return find(key(older, newer));
}

void PairFile::keep(std::size_t older, std::size_t newer, std::string entry) {
  if (!writes()) return;
  keep(key(older, newer), std::move(entry));
}

void PairFile::save() const {
  if (write_dir_.empty()) return;
  Writer w;
  w.raw(magic_);
  w.u(used_.size());
  for (const auto& [k, entry] : used_) {
    w.u(k[0]);
    w.u(k[1]);
    w.s(entry);
  }
  try {
    fs::create_directories(write_dir_);
    write_file_atomically((fs::path(write_dir_) / file_).string(), w.bytes(), StaleTemps::Skip);
  } catch (const std::exception&) {
    // A cache that cannot be written only costs the next run time.
  }
}

ComparisonCache::ComparisonCache(const Corpus& corpus, std::vector<std::string> doc_keys,
                                 const CacheOptions& cache)
    : corpus_(corpus),
      file_(corpus, std::move(doc_keys), cache, kComparisonsFile, kComparisonsMagic) {}

bool ComparisonCache::find(std::size_t older, std::size_t newer, diff::Comparison& out) const {
  const std::string* entry = file_.find(older, newer);
  if (!entry) return false;
  try {
    out = decode(*entry, corpus_.clauses[older].text, corpus_.clauses[newer].text);
  } catch (const std::exception&) {
    return false;
  }
  return true;
}

void ComparisonCache::keep(std::size_t older, std::size_t newer, const diff::Comparison& c) {
  if (!file_.writes()) return;
  file_.keep(older, newer, encode(c, corpus_.clauses[older].text, corpus_.clauses[newer].text));
}

WordDiffCache::WordDiffCache(const Corpus& corpus, std::vector<std::string> doc_keys,
                             const CacheOptions& cache, const Rules& rules)
    : corpus_(corpus),
      file_(corpus, doc_keys, cache, kWordDiffsFile, kWordDiffsMagic),
      series_file_(corpus, doc_keys, cache, kSeriesSwapsFile, kSeriesSwapsMagic),
      thread_file_(corpus, doc_keys, cache, kThreadSwapsFile, kThreadSwapsMagic),
      document_file_(corpus, std::move(doc_keys), cache, kDocumentsFile, kDocumentsMagic) {
  if (cache.dir.empty()) return;
  // The near-miss check asks the dictionaries whether a word is known: they
  // are files of the machine, not of the rules folder, so their bytes count.
  for (const auto& [code, language] : rules.languages)
    for (const std::string& base : language.spelling)
      for (const char* ext : {".aff", ".dic"}) {
        const std::string path = base + ext;
        dictionaries_ += code + ' ' + path + ' ' + hex_hash128(read_whole_file(path)) + '\n';
      }
}

PairFile::Key WordDiffCache::series_key(std::size_t series) const {
  std::string material = dictionaries_;
  for (std::size_t d : corpus_.series[series].documents) {
    material += series_file_.doc_keys()[d];
    material += '\n';
  }
  return PairFile::key_of(material);
}

bool WordDiffCache::find_series(std::size_t series, std::vector<check::SeriesSwap>& out) const {
  if (!series_file_.valid()) return false;
  return decode_swaps(series_file_.find(series_key(series)), out);
}

void WordDiffCache::keep_series(std::size_t series, const std::vector<check::SeriesSwap>& swaps) {
  if (!series_file_.writes()) return;
  series_file_.keep(series_key(series), encode_swaps(swaps));
}

// Each member: its clause and the one it was compared with (entry key and
// place in the document), then its word diff whole (kind, length, text).
PairFile::Key WordDiffCache::thread_key(std::size_t thread) const {
  std::string material = dictionaries_;
  auto clause = [&](std::size_t c) {
    const std::size_t d = corpus_.clauses[c].doc;
    material += thread_file_.doc_keys()[d];
    material += ':';
    material += std::to_string(c - corpus_.documents[d].first_clause);
    material += ' ';
  };
  for (const ThreadMember& m : corpus_.threads[thread].members) {
    clause(m.clause);
    if (m.against)
      clause(*m.against);
    else
      material += "- ";
    material += std::to_string(m.diff.size());
    material += '\n';
    for (const WordOp& op : m.diff) {
      material += std::to_string(static_cast<int>(op.kind));
      material += ' ';
      material += std::to_string(op.text.size());
      material += ':';
      material += op.text;
    }
    material += '\n';
  }
  return PairFile::key_of(material);
}

bool WordDiffCache::find_thread(std::size_t thread, std::vector<check::SeriesSwap>& out) const {
  if (!thread_file_.valid()) return false;
  return decode_swaps(thread_file_.find(thread_key(thread)), out);
}

void WordDiffCache::keep_thread(std::size_t thread, const std::vector<check::SeriesSwap>& swaps) {
  if (!thread_file_.writes()) return;
  thread_file_.keep(thread_key(thread), encode_swaps(swaps));
}

bool WordDiffCache::find(std::size_t older, std::size_t newer, std::vector<WordOp>& out) const {
  const std::string* entry = file_.find(older, newer);
  if (!entry) return false;
  try {
    Reader r(*entry);
    out = decode_runs(r, corpus_.clauses[older].text, corpus_.clauses[newer].text);
    if (!r.done()) throw std::out_of_range("cache: entry too long");
  } catch (const std::exception&) {
    return false;
  }
  // A word diff spells both texts whole: an entry that does not (damaged
  // yet decodable) is made again.
  return diff::old_text(out) == corpus_.clauses[older].text &&
         diff::new_text(out) == corpus_.clauses[newer].text;
}

void WordDiffCache::keep(std::size_t older, std::size_t newer, const std::vector<WordOp>& ops) {
  if (!file_.writes()) return;
  Writer w;
  encode_runs(w, ops, corpus_.clauses[older].text, corpus_.clauses[newer].text);
  file_.keep(older, newer, std::move(w.bytes()));
}

// The document's entry key covers all that the entry was made from.
bool WordDiffCache::find_document(std::size_t doc, std::string_view kind, std::string& out) const {
  if (!document_file_.valid()) return false;
  const std::string* kept = document_file_.find(
      PairFile::key_of(std::string(kind) + '\n' + document_file_.doc_keys()[doc]));
  if (!kept) return false;
  out = *kept;
  return true;
}

void WordDiffCache::keep_document(std::size_t doc, std::string_view kind, std::string entry) {
  if (!document_file_.writes()) return;
  document_file_.keep(PairFile::key_of(std::string(kind) + '\n' + document_file_.doc_keys()[doc]),
                      std::move(entry));
}

}  // namespace ct::pipeline

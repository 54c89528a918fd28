// tracker.json's per-document entries read from or written to the cache.
#include "pipeline/tracker_cache.h"

#include <filesystem>
#include <fstream>

#include "report/tracker_json.h"
#include "util/atomic_file.h"
#include "util/hash.h"
#include "util/read_file.h"

namespace ct::pipeline {

namespace {

namespace fs = std::filesystem;

// Bump when the entry file's layout changes (the tool's version is in the key too).
constexpr int kFormat = 2;

std::string entry_key(const Corpus& corpus, std::size_t doc) {
  std::string material = "clausetrack " CT_VERSION " tracker " + std::to_string(kFormat) + '\n' +
                         report::document_entries_input(corpus, doc);
  return hex_hash128(material);
}

// An entry file: "KEY\nN HASH\n" then the document's entry (N bytes), then
// its clauses' entries; HASH (hex_hash64 of both) tells a damaged file.
std::string header(const std::string& key, std::size_t document_size, const std::string& payload) {
  return key + '\n' + std::to_string(document_size) + ' ' + hex_hash64(payload) + '\n';
}

bool load(const fs::path& path, const std::string& key, report::DocumentEntries& e) {
  std::string bytes = read_whole_file(path);
  if (bytes.compare(0, key.size() + 1, key + '\n') != 0) return false;
  std::size_t nl = bytes.find('\n', key.size() + 1);
  if (nl == std::string::npos) return false;
  std::size_t n = 0, i = key.size() + 1;
  for (; i < nl && bytes[i] != ' '; ++i) {
    if (bytes[i] < '0' || bytes[i] > '9' || n > bytes.size()) return false;
    n = n * 10 + static_cast<std::size_t>(bytes[i] - '0');
  }
  if (i == key.size() + 1 || i >= nl || n > bytes.size() - nl - 1) return false;
  if (std::string_view(bytes).substr(i + 1, nl - i - 1) !=
      hex_hash64(std::string_view(bytes).substr(nl + 1)))
    return false;
  e.document = bytes.substr(nl + 1, n);
  bytes.erase(0, nl + 1 + n);
  e.clauses = std::move(bytes);
  return true;
}

void store(const fs::path& path, const std::string& key, const report::DocumentEntries& e) {
  try {
    // The folder was swept once before the entries are written.
    std::string payload = e.document + e.clauses;
    write_file_atomically(path.string(), header(key, e.document.size(), payload) + payload,
                          StaleTemps::Skip);
  } catch (const std::exception&) {
    // A cache that cannot be written only costs the next run time.
  }
}

}  // namespace

std::vector<std::string> tracker_json_cached(const Corpus& corpus,
                                             const graph::Catalogue& catalogue,
                                             const CacheOptions& cache) {
  if (cache.dir.empty()) return report::tracker_json_parts(corpus, catalogue, {});
  const fs::path dir = fs::path(cache.dir) / "tracker";
  const fs::path write_dir =
      (cache.write_dir.empty() ? fs::path(cache.dir) : fs::path(cache.write_dir)) / "tracker";
  const bool carry = write_dir != dir;
  std::error_code ec;
  fs::create_directories(write_dir, ec);
  remove_stale_temps(write_dir.string());
  return report::tracker_json_parts(corpus, catalogue, [&](std::size_t doc) {
    const std::string key = entry_key(corpus, doc);
    const fs::path name = key + ".json";
    report::DocumentEntries e;
    if (load(dir / name, key, e)) {
      if (carry) {
        std::error_code link_ec;
        fs::create_hard_link(dir / name, write_dir / name, link_ec);
        if (link_ec) fs::copy_file(dir / name, write_dir / name, link_ec);
      }
      return e;
    }
    e = report::document_entries(corpus, doc);
    store(write_dir / name, key, e);
    return e;
  });
}

}  // namespace ct::pipeline

// The series pages read from or written to the cache.
#include "pipeline/page_cache.h"

#include <filesystem>
#include <string_view>

#include "text/utf8.h"
#include "util/atomic_file.h"
#include "util/hash.h"
#include "util/read_file.h"

namespace ct::pipeline {

namespace {

namespace fs = std::filesystem;

// Bump when the key's material or the entry's layout changes.
constexpr int kFormat = 1;
constexpr std::size_t kKeyDigits = 32, kSumDigits = 16;
// Not ".html": the entries are no pages of the report (a tool listing OUT's pages
// would take them for some).
constexpr std::string_view kExtension = ".page";

// The running executable's bytes, hashed: the report's templates and the
// code that fills them are in it (about 7 MB, read once a run).
std::string executable_hash() {
  const std::string bytes = read_whole_file("/proc/self/exe");
  return bytes.empty() ? std::string("unknown") : hex_hash128(bytes);
}

bool hex(std::string_view s) {
  return s.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

// "KEY.SUM.page" -> KEY, or "" for any other name.
std::string key_of(std::string_view name) {
  if (name.size() != kKeyDigits + 1 + kSumDigits + kExtension.size() || name[kKeyDigits] != '.' ||
      name.substr(name.size() - kExtension.size()) != kExtension ||
      !hex(name.substr(0, kKeyDigits)) || !hex(name.substr(kKeyDigits + 1, kSumDigits)))
    return {};
  return std::string(name.substr(0, kKeyDigits));
}

}  // namespace

PageCache::PageCache(const CacheOptions& cache, const Rules& rules, std::string out_dir)
    : out_dir_(std::move(out_dir)) {
  if (cache.dir.empty()) return;
  dir_ = (fs::path(cache.dir) / "pages").string();
  write_dir_ =
      ((cache.write_dir.empty() ? fs::path(cache.dir) : fs::path(cache.write_dir)) / "pages")
          .string();
  link_out_ = !cache.write_dir.empty();
  std::error_code ec;
  fs::create_directories(write_dir_, ec);
  remove_stale_temps(write_dir_);
  build_ = "clausetrack " CT_VERSION " pages " + std::to_string(kFormat) + '\n' +
           executable_hash() + '\n' + rules_key(rules);
  for (auto it = fs::directory_iterator(dir_, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (std::string k = key_of(name); !k.empty()) kept_[k] = name;
  }
}

std::string PageCache::key(const std::string& input) const {
  return hex_hash128(build_ + '\n' + input);
}

bool PageCache::put_kept(const std::string& input, const std::string& file) {
  if (dir_.empty()) return false;
  const auto it = kept_.find(key(input));
  if (it == kept_.end()) return false;
  const std::string& name = it->second;
  const fs::path entry = fs::path(dir_) / name;
  std::string bytes = read_whole_file(entry);
  if (bytes.empty() || hex_hash64(bytes) != name.substr(kKeyDigits + 1, kSumDigits)) return false;
  std::error_code ec;
  // Carried into this run's cache folder.
  const fs::path written = fs::path(write_dir_) / name;
  if (written != entry) {
    fs::create_hard_link(entry, written, ec);
    if (ec) fs::copy_file(entry, written, fs::copy_options::overwrite_existing, ec);
  }
  const fs::path target = fs::path(out_dir_) / file;
  if (link_out_) {
    // OUT is a folder made by this run: nothing is there yet.
    fs::create_directories(target.parent_path(), ec);
    ec.clear();
    fs::create_hard_link(written, target, ec);
    if (!ec) return true;
  }
  write_file_atomically(target.string(), bytes, StaleTemps::Skip);
  return true;
}

void PageCache::put_made(const std::string& input, const std::string& file, std::string html) {
  text::make_valid_utf8(html);  // as the report's sink writes it
  const fs::path target = fs::path(out_dir_) / file;
  if (!write_dir_.empty()) {
    const fs::path entry =
        fs::path(write_dir_) / (key(input) + '.' + hex_hash64(html) + std::string(kExtension));
    bool kept = true;
    try {
      // The folder was swept once before the entries are written.
      write_file_atomically(entry.string(), html, StaleTemps::Skip);
    } catch (const std::exception&) {
      kept = false;  // a cache that cannot be written only costs the next run time
    }
    if (kept && link_out_) {
      std::error_code ec;
      fs::create_directories(target.parent_path(), ec);
      ec.clear();
      fs::create_hard_link(entry, target, ec);
      if (!ec) return;
    }
  }
  write_file_atomically(target.string(), html, StaleTemps::Skip);
}

}  // namespace ct::pipeline

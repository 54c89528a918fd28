// The cache folders of entries named KEY.SUM.EXT: listing, reading back,
// carrying, writing, and linking into OUT.
#include "pipeline/summed_entries.h"

#include <algorithm>

#include "util/atomic_file.h"
#include "util/hash.h"
#include "util/read_file.h"

namespace ct::pipeline {

namespace {

namespace fs = std::filesystem;

constexpr std::size_t kKeyDigits = 32, kSumDigits = 16;

bool hex(std::string_view s) {
  return s.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

// "KEY.SUM.EXT" -> "KEY.EXT" for one of `extensions`, or "" for any other name.
std::string kept_name(std::string_view name, const std::vector<std::string>& extensions) {
  if (name.size() <= kKeyDigits + 1 + kSumDigits || name[kKeyDigits] != '.' ||
      name[kKeyDigits + 1 + kSumDigits] != '.' || !hex(name.substr(0, kKeyDigits)) ||
      !hex(name.substr(kKeyDigits + 1, kSumDigits)))
    return {};
  const std::string_view ext = name.substr(kKeyDigits + 1 + kSumDigits);
  if (std::find(extensions.begin(), extensions.end(), ext) == extensions.end()) return {};
  return std::string(name.substr(0, kKeyDigits)) + std::string(ext);
}

}  // namespace

SummedEntries::SummedEntries(const CacheOptions& cache, const std::string& folder,
                             std::vector<std::string> extensions)
    : extensions_(std::move(extensions)) {
  if (cache.dir.empty()) return;
  dir_ = (fs::path(cache.dir) / folder).string();
  write_dir_ =
      ((cache.write_dir.empty() ? fs::path(cache.dir) : fs::path(cache.write_dir)) / folder)
          .string();
  link_out_ = !cache.write_dir.empty();
  std::error_code ec;
  fs::create_directories(write_dir_, ec);
  remove_stale_temps(write_dir_);
  for (auto it = fs::directory_iterator(dir_, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (std::string k = kept_name(name, extensions_); !k.empty()) kept_[k] = name;
  }
}

std::optional<fs::path> SummedEntries::carried(const std::string& key, std::string_view ext,
                                               std::string& bytes) const {
  if (dir_.empty()) return std::nullopt;
  const auto it = kept_.find(key + std::string(ext));
  if (it == kept_.end()) return std::nullopt;
  const std::string& name = it->second;
  const fs::path entry = fs::path(dir_) / name;
  bytes = read_whole_file(entry);
  if (bytes.empty() || hex_hash64(bytes) != name.substr(kKeyDigits + 1, kSumDigits))
    return std::nullopt;
  const fs::path written = fs::path(write_dir_) / name;
  if (written != entry) {
    std::error_code ec;
    fs::create_hard_link(entry, written, ec);
    if (ec) fs::copy_file(entry, written, fs::copy_options::overwrite_existing, ec);
  }
  return written;
}

std::optional<fs::path> SummedEntries::written(const std::string& key, std::string_view ext,
                                               std::string_view bytes) const {
  if (write_dir_.empty()) return std::nullopt;
  const fs::path entry = fs::path(write_dir_) / (key + '.' + hex_hash64(bytes) + std::string(ext));
  try {
    // The folder was swept once before the entries are written.
    write_file_atomically(entry.string(), bytes, StaleTemps::Skip);
  } catch (const std::exception&) {
    return std::nullopt;  // a cache that cannot be written only costs the next run time
  }
  return entry;
}

bool SummedEntries::link_out(const fs::path& entry, const fs::path& target) const {
  if (!link_out_) return false;
  // OUT is a folder made by this run: nothing is there yet.
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  ec.clear();
  fs::create_hard_link(entry, target, ec);
  return !ec;
}

std::optional<std::string> SummedEntries::read(const std::string& key, std::string_view ext) const {
  std::string bytes;
  if (!carried(key, ext, bytes)) return std::nullopt;
  return bytes;
}

bool SummedEntries::write(const std::string& key, std::string_view ext,
                          std::string_view bytes) const {
  return written(key, ext, bytes).has_value();
}

bool SummedEntries::put_kept(const std::string& key, std::string_view ext, const fs::path& target,
                             const Put& put) const {
  std::string bytes;
  const std::optional<fs::path> entry = carried(key, ext, bytes);
  if (!entry) return false;
  if (!link_out(*entry, target)) put(std::move(bytes));
  return true;
}

void SummedEntries::put_made(const std::string& key, std::string_view ext, const fs::path& target,
                             std::string bytes, const Put& put) const {
  const std::optional<fs::path> entry = written(key, ext, bytes);
  if (!entry || !link_out(*entry, target)) put(std::move(bytes));
}

}  // namespace ct::pipeline

// A folder of the cache whose entries carry their checksum in their name:
// KEY.SUM.EXT, KEY (32 hex digits) a hash of what the entry is made from,
// SUM (16) the XXH3 of its bytes, EXT one of the folder's extensions. The
// series pages (page_cache.h), the per-series graph files
// (graph_files_cache.h) and the Graphviz drawings (svg_cache.h) are kept so.
//
// An entry is found by its key, listed once when the folder is opened; one
// whose bytes do not match its sum (cut, replaced, or changed in place
// through a link into OUT) is never served: the caller makes it again, and
// that is no error. An entry found is carried into the write folder (a hard
// link, else a copy) and a made one written there: with track's own cache
// (a write folder in the staged output folder) that folder holds this run's
// entries only, and the unused ones go with the old OUT. With track's own
// cache, put_kept and put_made put an entry into OUT as a hard link to it,
// so a kept file costs no write and a made one one write; elsewhere
// (--cache) the bytes are written into OUT. A cache that cannot be written
// only costs the next run time. Reads may run on several threads at once.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pipeline/analysis_cache.h"

namespace ct::pipeline {

class SummedEntries {
 public:
  // No cache: nothing is found, nothing kept.
  SummedEntries() = default;
  // The folder `folder` of `cache` ("" in cache.dir: no cache), its entries
  // of the extensions `extensions` (".page").
  SummedEntries(const CacheOptions& cache, const std::string& folder,
                std::vector<std::string> extensions);
  bool enabled() const { return !dir_.empty(); }

  // The bytes of the entry of `key` and `ext` when one is kept whole; it
  // is then carried into the write folder.
  std::optional<std::string> read(const std::string& key, std::string_view ext) const;
  // Keeps `bytes` as the entry of `key` and `ext`; false when it cannot.
  bool write(const std::string& key, std::string_view ext, std::string_view bytes) const;

  // Writes `bytes` as the file `target` of OUT (a folder made by this run).
  using Put = std::function<void(std::string bytes)>;
  // When the entry of `key` and `ext` is kept whole, puts it in OUT as
  // `target` (a link to the entry, or by `put`) and returns true.
  bool put_kept(const std::string& key, std::string_view ext, const std::filesystem::path& target,
                const Put& put) const;
  // Keeps `bytes` as the entry of `key` and `ext` and puts it in OUT as
  // `target` (a link to the entry, or by `put`). Without a cache, only puts.
  void put_made(const std::string& key, std::string_view ext, const std::filesystem::path& target,
                std::string bytes, const Put& put) const;

 private:
  // The entry found whole, carried into the write folder: its path there.
  std::optional<std::filesystem::path> carried(const std::string& key, std::string_view ext,
                                               std::string& bytes) const;
  // The entry written: its path, or none when it cannot be written.
  std::optional<std::filesystem::path> written(const std::string& key, std::string_view ext,
                                               std::string_view bytes) const;
  // `target` made a hard link to `entry` with track's own cache.
  bool link_out(const std::filesystem::path& entry, const std::filesystem::path& target) const;

  std::string dir_, write_dir_;  // "" without a cache
  bool link_out_ = false;        // entries are linked into OUT
  std::vector<std::string> extensions_;
  std::unordered_map<std::string, std::string> kept_;  // "KEY.EXT" -> entry file name in dir_
};

}  // namespace ct::pipeline

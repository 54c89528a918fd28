// The Graphviz drawings read from or written to the cache.
#include "pipeline/svg_cache.h"

#include <cstdlib>
#include <filesystem>
#include <string_view>

#include "util/atomic_file.h"
#include "util/hash.h"
#include "util/read_file.h"

namespace ct::pipeline {

namespace {

namespace fs = std::filesystem;

// Bump when the entry file's layout changes (the tool's version is in the key too).
constexpr std::string_view kMagic = "clausetrack-svg 2 ";

// Path, size and modification time of `path`, or "-" when it is not there.
std::string stamp(const fs::path& path) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) return "-";
  const auto size = fs::is_regular_file(status) ? fs::file_size(path, ec) : 0;
  const auto time = fs::last_write_time(path, ec).time_since_epoch().count();
  return path.string() + ' ' + std::to_string(size) + ' ' + std::to_string(time);
}

// The `dot` that posix_spawnp would run: the first on PATH.
fs::path dot_on_path() {
  const char* path = std::getenv("PATH");
  std::string_view rest = path ? path : "";
  while (!rest.empty()) {
    const std::size_t colon = rest.find(':');
    const fs::path candidate = fs::path(std::string(rest.substr(0, colon))) / "dot";
    std::error_code ec;
    if (fs::is_regular_file(candidate, ec)) return candidate;
    if (colon == std::string_view::npos) break;
    rest.remove_prefix(colon + 1);
  }
  return {};
}

std::string machine() {
  std::string m = "clausetrack " CT_VERSION " svg\n" + stamp(dot_on_path()) + '\n' +
                  stamp("/var/cache/fontconfig") + '\n';
  for (const char* name :
       {"GVBINDIR", "GVPLUGIN_PATH", "FONTCONFIG_FILE", "FONTCONFIG_PATH", "FONTCONFIG_SYSROOT",
        "GDFONTPATH", "DOTFONTPATH", "LANG", "LC_ALL", "LC_CTYPE", "SERVER_NAME"}) {
    const char* v = std::getenv(name);
    m += name;
    m += '=';
    m += v ? v : "\x01unset";
    m += '\n';
  }
  return m;
}

}  // namespace

SvgCache::SvgCache(const CacheOptions& cache) {
  if (cache.dir.empty()) return;
  dir_ = (fs::path(cache.dir) / "svg").string();
  write_dir_ = ((cache.write_dir.empty() ? fs::path(cache.dir) : fs::path(cache.write_dir)) / "svg")
                   .string();
  std::error_code ec;
  fs::create_directories(write_dir_, ec);
  remove_stale_temps(write_dir_);
  machine_ = machine();
}

std::string SvgCache::key(const std::string& dot) const {
  const std::string material = machine_ + dot;
  return hex_hash128(material);
}

// An entry: the magic, the SVG's hex_hash64 and a line break, then the SVG.
bool SvgCache::find(const std::string& dot, std::string& svg) const {
  if (dir_.empty()) return false;
  const std::string name = key(dot) + ".svg";
  const fs::path entry = fs::path(dir_) / name;
  std::string bytes = read_whole_file(entry);
  if (bytes.compare(0, kMagic.size(), kMagic) != 0) return false;
  const std::size_t nl = bytes.find('\n', kMagic.size());
  if (nl == std::string::npos) return false;
  const std::string_view body = std::string_view(bytes).substr(nl + 1);
  if (body.empty() ||
      std::string_view(bytes).substr(kMagic.size(), nl - kMagic.size()) != hex_hash64(body))
    return false;
  svg.assign(body);
  const fs::path written = fs::path(write_dir_) / name;
  if (written != entry) {
    std::error_code ec;
    fs::create_hard_link(entry, written, ec);
    if (ec) fs::copy_file(entry, written, ec);
  }
  return true;
}

void SvgCache::keep(const std::string& dot, const std::string& svg) {
  if (write_dir_.empty()) return;
  try {
    // The folder was swept once before the entries are written.
    write_file_atomically((fs::path(write_dir_) / (key(dot) + ".svg")).string(),
                          std::string(kMagic) + hex_hash64(svg) + '\n' + svg, StaleTemps::Skip);
  } catch (const std::exception&) {
    // A cache that cannot be written only costs the next run time.
  }
}

}  // namespace ct::pipeline

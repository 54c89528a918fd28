// The Graphviz drawings read from or written to the cache.
#include "pipeline/svg_cache.h"

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string_view>

#include "util/hash.h"

namespace ct::pipeline {

namespace {

namespace fs = std::filesystem;

// Bump when the key's material or the entry's layout changes (the tool's
// version is in the key too). 3: the SVG's sum moved from the entry's first
// line into its name.
constexpr int kFormat = 3;

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
  std::string m = "clausetrack " CT_VERSION " svg " + std::to_string(kFormat) + '\n' +
                  stamp(dot_on_path()) + '\n' + stamp("/var/cache/fontconfig") + '\n';
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

SvgCache::SvgCache(const CacheOptions& cache) : entries_(cache, "svg", {".svg"}) {
  if (entries_.enabled()) machine_ = machine();
}

std::string SvgCache::key(const std::string& dot) const {
  const std::string material = machine_ + dot;
  return hex_hash128(material);
}

bool SvgCache::find(const std::string& dot, std::string& svg) const {
  if (!entries_.enabled()) return false;
  std::optional<std::string> kept = entries_.read(key(dot), ".svg");
  if (!kept) return false;
  svg = std::move(*kept);
  return true;
}

void SvgCache::keep(const std::string& dot, const std::string& svg) {
  if (entries_.enabled()) entries_.write(key(dot), ".svg", svg);
}

}  // namespace ct::pipeline

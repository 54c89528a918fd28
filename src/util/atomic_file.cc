// Atomic file writing (temporary file + rename; stale temporaries removed).
#include "util/atomic_file.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <span>

#include "model/error.h"
#include "util/signal_cleanup.h"
#include "util/temp_names.h"

namespace ct {

namespace fs = std::filesystem;

void remove_stale_temps(const std::string& dir) {
  std::error_code ec;
  for (const fs::path& p : stale_temps_in(dir)) fs::remove(p, ec);
}

namespace {

// The file of `path` made of `content`'s parts in order.
void write_parts(const std::string& path, std::span<const std::string_view> content,
                 StaleTemps stale) {
  fs::path target(path);
  std::error_code ec;
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  if (fs::is_directory(target, ec))
    throw InputError("is a directory, cannot write a file there", path);
  // Temporaries of this file that killed runs left behind go first.
  if (stale == StaleTemps::Remove)
    for (const StaleTemp& t : stale_temps(target))
      if (!t.old) fs::remove(t.path, ec);
  // Ctrl-C while the file is written waits until it is whole and in place.
  SignalsHeld held;
  fs::path tmp = temp_name(target);
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw InputError("cannot write file", path);
    for (std::string_view part : content)
      out.write(part.data(), static_cast<std::streamsize>(part.size()));
    out.flush();
    if (!out) {
      out.close();
      fs::remove(tmp, ec);
      throw InputError("cannot write file (disk full?)", path);
    }
  }
  fs::rename(tmp, target, ec);
  if (ec) {
    fs::remove(tmp, ec);
    throw InputError("cannot replace file: " + ec.message(), path);
  }
}

}  // namespace

void write_file_atomically(const std::string& path, std::string_view content, StaleTemps stale) {
  write_parts(path, std::span<const std::string_view>(&content, 1), stale);
}

void write_file_atomically(const std::string& path, const std::vector<std::string>& parts,
                           StaleTemps stale) {
  const std::vector<std::string_view> views(parts.begin(), parts.end());
  write_parts(path, views, stale);
}

}  // namespace ct

// The series pages read from or written to the cache.
#include "pipeline/page_cache.h"

#include <filesystem>

#include "text/utf8.h"
#include "util/atomic_file.h"
#include "util/hash.h"
#include "util/read_file.h"

namespace ct::pipeline {

namespace {

namespace fs = std::filesystem;

// Bump when the key's material or the entry's layout changes.
constexpr int kFormat = 1;
// Not ".html": the entries are no pages of the report (a tool listing OUT's pages
// would take them for some).
constexpr const char* kExtension = ".page";

// The running executable's bytes, hashed: the report's templates and the
// code that fills them are in it (about 7 MB, read once a run).
std::string executable_hash() {
  const std::string bytes = read_whole_file("/proc/self/exe");
  return bytes.empty() ? std::string("unknown") : hex_hash128(bytes);
}

// A page written into OUT as a file of its own (with a cache elsewhere, or
// when a link cannot be made).
SummedEntries::Put write_to(const fs::path& target) {
  return [target](std::string bytes) {
    write_file_atomically(target.string(), bytes, StaleTemps::Skip);
  };
}

}  // namespace

PageCache::PageCache(const CacheOptions& cache, const Rules& rules, std::string out_dir)
    : entries_(cache, "pages", {kExtension}), out_dir_(std::move(out_dir)) {
  if (!entries_.enabled()) return;
  build_ = "clausetrack " CT_VERSION " pages " + std::to_string(kFormat) + '\n' +
           executable_hash() + '\n' + rules_key(rules);
}

std::string PageCache::key(const std::string& input) const {
  return hex_hash128(build_ + '\n' + input);
}

bool PageCache::put_kept(const std::string& input, const std::string& file) {
  if (!entries_.enabled()) return false;
  const fs::path target = fs::path(out_dir_) / file;
  return entries_.put_kept(key(input), kExtension, target, write_to(target));
}

void PageCache::put_made(const std::string& input, const std::string& file, std::string html) {
  text::make_valid_utf8(html);  // as the report's sink writes it
  const fs::path target = fs::path(out_dir_) / file;
  // Without a cache the page is only written: it needs no key.
  entries_.put_made(enabled() ? key(input) : std::string(), kExtension, target, std::move(html),
                    write_to(target));
}

}  // namespace ct::pipeline

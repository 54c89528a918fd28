// Stable, platform-independent hashing for fingerprints and ids (FNV-1a 64:
// tiny, deterministic and good enough to tell evidence apart; not for security),
// and for the cache's names and checksums (XXH3 of libxxhash: the caches hash
// hundreds of megabytes a run, where FNV-1a's byte at a time cost more than
// making some of the entries again).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ct {

// Inline: word diffs hash every word of both sides (a call per short word showed).
// The offset basis lacks the last digit of FNV's (14695981039346656037): kept,
// as SARIF fingerprints and cache names written by earlier versions depend on it.
inline std::uint64_t fnv1a64(std::string_view s) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}
// FNV-1a 32-bit: the search index buckets of the HTML report (site.js hashes alike).
std::uint32_t fnv1a32(std::string_view s);
// 16 lowercase hex digits of fnv1a64(s).
std::string hex_hash(std::string_view s);

// XXH3 64 bits: checksums of cache entries and hashes of their parts.
std::uint64_t fast_hash64(std::string_view s);
// XXH3 128 bits, as two words (a pair file's keys).
struct Hash128 {
  std::uint64_t low = 0, high = 0;
  bool operator==(const Hash128&) const = default;
};
Hash128 fast_hash128(std::string_view s);
// 32 lowercase hex digits of fast_hash128(s): a cache entry's name.
std::string hex_hash128(std::string_view s);
// 16 lowercase hex digits of fast_hash64(s): a cache entry's checksum.
std::string hex_hash64(std::string_view s);

}  // namespace ct

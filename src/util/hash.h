// Stable, platform-independent hashing for fingerprints and ids (FNV-1a 64:
// tiny, deterministic and good enough to tell evidence apart; not for security).
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

}  // namespace ct

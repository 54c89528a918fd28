// FNV-1a hashing: 32 bits and the hex form (fnv1a64 is inline in the header);
// XXH3 (libxxhash) for the caches.
#include "util/hash.h"

#include <xxhash.h>

#include <cstdio>

namespace ct {

namespace {
// 16 lowercase hex digits of `h`.
std::string hex16(std::uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}
}  // namespace

std::uint32_t fnv1a32(std::string_view s) {
  std::uint32_t h = 0x811c9dc5u;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x01000193u;
  }
  return h;
}

std::string hex_hash(std::string_view s) {
  return hex16(fnv1a64(s));
}

std::uint64_t fast_hash64(std::string_view s) {
  return XXH3_64bits(s.data(), s.size());
}

Hash128 fast_hash128(std::string_view s) {
  const XXH128_hash_t h = XXH3_128bits(s.data(), s.size());
  return {h.low64, h.high64};
}

std::string hex_hash128(std::string_view s) {
  const Hash128 h = fast_hash128(s);
  return hex16(h.high) + hex16(h.low);
}

std::string hex_hash64(std::string_view s) {
  return hex16(fast_hash64(s));
}

}  // namespace ct

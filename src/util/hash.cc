// FNV-1a hashing: 32 bits and the hex form (fnv1a64 is inline in the header).
#include "util/hash.h"

#include <cstdio>

namespace ct {

std::uint32_t fnv1a32(std::string_view s) {
  std::uint32_t h = 0x811c9dc5u;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x01000193u;
  }
  return h;
}

std::string hex_hash(std::string_view s) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fnv1a64(s)));
  return buf;
}

}  // namespace ct

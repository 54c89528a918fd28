// Stable, platform-independent hashing for fingerprints and ids (FNV-1a 64:
// tiny, deterministic and good enough to tell evidence apart; not for security).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ct {

std::uint64_t fnv1a64(std::string_view s);
// FNV-1a 32-bit: the search index buckets of the HTML report (site.js hashes alike).
std::uint32_t fnv1a32(std::string_view s);
// 16 lowercase hex digits of fnv1a64(s).
std::string hex_hash(std::string_view s);

}  // namespace ct

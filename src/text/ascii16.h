// Sixteen bytes of text at a time: the byte loops that read every line of a
// document (its words and capitals) classify a run of ASCII bytes with a few
// vector compares (SSE2, in every x86-64) and bit masks instead of a table
// load and a branch per byte. Hand-written: no Debian library classifies
// bytes into masks (simdutf validates and transcodes only), and
// std::experimental::simd is not in GCC's C++20 mode. Other targets build
// the same masks one byte at a time.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ct::text::ascii16 {

constexpr std::size_t kWidth = 16;

// Bit k of each mask stands for byte k of the sixteen; only the `ascii`
// bytes at the start (up to the first byte from 0x80 on) are classified.
struct Classes {
  unsigned ascii = 0;  // how many bytes at the start are ASCII (0 to 16)
  std::uint32_t space = 0, upper = 0, lower = 0, digit = 0;
  std::uint32_t letter() const { return upper | lower; }
  std::uint32_t alnum() const { return upper | lower | digit; }
};

inline Classes classes(const char* p) {
  Classes c;
#if defined(__SSE2__)
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  auto mask = [](__m128i m) { return static_cast<std::uint32_t>(_mm_movemask_epi8(m)); };
  std::uint32_t high = mask(v);
  c.ascii = high ? static_cast<unsigned>(std::countr_zero(high)) : 16;
  std::uint32_t valid = (std::uint32_t{1} << c.ascii) - 1;
  // Signed compares: bytes from 0x80 on are negative, below every range.
  auto range = [&](char lo, char hi) {
    __m128i in = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1))),
                               _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(hi + 1))));
    return mask(in) & valid;
  };
  c.space = mask(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))) & valid;
  c.upper = range('A', 'Z');
  c.lower = range('a', 'z');
  c.digit = range('0', '9');
#else
  while (c.ascii < 16 && static_cast<unsigned char>(p[c.ascii]) < 0x80) {
    char b = p[c.ascii];
    std::uint32_t bit = std::uint32_t{1} << c.ascii++;
    c.space |= b == ' ' ? bit : 0;
    c.upper |= b >= 'A' && b <= 'Z' ? bit : 0;
    c.lower |= b >= 'a' && b <= 'z' ? bit : 0;
    c.digit |= b >= '0' && b <= '9' ? bit : 0;
  }
#endif
  return c;
}

// The bytes of the sixteen at `p` equal to `c`.
inline std::uint32_t equal(const char* p, char c) {
#if defined(__SSE2__)
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(c))));
#else
  std::uint32_t m = 0;
  for (unsigned k = 0; k < 16; ++k) m |= p[k] == c ? std::uint32_t{1} << k : 0;
  return m;
#endif
}

// The bytes of the sixteen at `p` in [lo, hi] (both ASCII) but for the
// bytes `Except...`, tested in one pass.
template <char... Except>
inline std::uint32_t between_except(const char* p, char lo, char hi) {
#if defined(__SSE2__)
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  __m128i in = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1))),
                             _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(hi + 1))));
  __m128i out = _mm_setzero_si128();
  ((out = _mm_or_si128(out, _mm_cmpeq_epi8(v, _mm_set1_epi8(Except)))), ...);
  return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_andnot_si128(out, in)));
#else
  std::uint32_t m = 0;
  for (unsigned k = 0; k < 16; ++k)
    m |= p[k] >= lo && p[k] <= hi && ((p[k] != Except) && ...) ? std::uint32_t{1} << k : 0;
  return m;
#endif
}

// The number of bits set in a 16-bit mask (std::popcount is a library call
// on the baseline x86-64 this is built for).
inline unsigned count(std::uint32_t mask) {
  static constexpr auto kBits = [] {
    std::array<std::uint8_t, 256> t{};
    for (int i = 0; i < 256; ++i) t[i] = static_cast<std::uint8_t>(std::popcount(unsigned(i)));
    return t;
  }();
  return kBits[mask & 0xFF] + kBits[(mask >> 8) & 0xFF];
}

// Of the spaces marked in `space`, those that end a run of other bytes
// holding one marked in `mark` (a run from the first byte counts from
// there; `mark` has no space). Adding ones within a run of ones carries out
// of the run exactly once, into the space that ends it.
constexpr std::uint32_t runs_ending_marked(std::uint32_t space, std::uint32_t mark) {
  return (~space + mark) & space;
}

}  // namespace ct::text::ascii16

// The binary encoding of the cache files (pipeline/analysis_cache.h,
// pipeline/comparison_cache.h): unsigned integers as LEB128 varints, signed
// ones zigzagged, strings as a length and their bytes.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ct::pipeline {

class Writer {
 public:
  void u(std::uint64_t v) {
    while (v >= 0x80) {
      out_ += static_cast<char>((v & 0x7f) | 0x80);
      v >>= 7;
    }
    out_ += static_cast<char>(v);
  }
  void i(std::int64_t v) {
    u((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
  }
  void s(std::string_view v) {
    u(v.size());
    out_ += v;
  }
  void raw(std::string_view v) { out_ += v; }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

// Throws std::out_of_range on a short or malformed entry.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  std::uint64_t u() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at_ >= in_.size()) throw std::out_of_range("cache: entry too short");
      auto b = static_cast<std::uint8_t>(in_[at_++]);
      v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    throw std::out_of_range("cache: varint too long");
  }
  std::int64_t i() {
    std::uint64_t v = u();
    return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
  }
  int small() { return static_cast<int>(i()); }
  std::string_view view(std::size_t n) {
    if (n > in_.size() - at_) throw std::out_of_range("cache: string past the entry");
    std::string_view v = in_.substr(at_, n);
    at_ += n;
    return v;
  }
  std::string s() { return std::string(view(u())); }
  // A count of items that take at least one byte each: bounded by the rest.
  std::size_t count() {
    std::uint64_t n = u();
    if (n > in_.size() - at_) throw std::out_of_range("cache: count past the entry");
    return n;
  }
  bool done() const { return at_ == in_.size(); }

 private:
  std::string_view in_;
  std::size_t at_ = 0;
};

}  // namespace ct::pipeline

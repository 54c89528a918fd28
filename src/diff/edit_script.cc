// edit_script: dtl::Diff::compose and recordSequence, restated.
//
// Hand-written rather than calling dtl: on the archive's word diffs dtl's
// compose() spent a third of its instructions growing its vector of 24-byte
// path points (copied at every growth), and its Ses is copied twice on the
// way out (getSes(), getSequence()). The loop below is dtl's, step for step (the same
// diagonals in the same order, the same tie-breaks, the same budget), so the
// script is the same; tests/diff/edit_script_test.cc compares the two on
// random sequences.
#include "diff/edit_script.h"

#include <algorithm>
#include <cstddef>
#include <memory>
#include <utility>

namespace ct::diff {

namespace {

constexpr std::size_t kMaxPoints = 2000000;  // dtl's MAX_CORDINATES_SIZE

// The end of a snake and the point it came from (index, or -1). Word
// counts of a text fit 32 bits.
struct Point {
  std::int32_t x, y, from;
};

// Points in blocks that never move: a diff of two unlike texts makes
// hundreds of thousands, and a growing vector copied them over and over.
class Points {
 public:
  std::size_t size() const { return size_; }
  void push(Point p) {
    if (free_ == 0) {
      blocks_.push_back(std::make_unique_for_overwrite<Point[]>(kBlock));
      next_ = blocks_.back().get();
      free_ = kBlock;
    }
    *next_++ = p;
    --free_;
    ++size_;
  }
  const Point& operator[](std::size_t i) const { return blocks_[i / kBlock][i % kBlock]; }

 private:
  static constexpr std::size_t kBlock = 4096;
  std::vector<std::unique_ptr<Point[]>> blocks_;
  Point* next_ = nullptr;  // where the next point goes
  std::size_t free_ = 0, size_ = 0;
};

}  // namespace

std::vector<Edit> edit_script(const std::vector<unsigned>& a, const std::vector<unsigned>& b) {
  // dtl walks the shorter sequence as A (the first one when of equal length
  // goes second), and swaps the kinds back when recording.
  const bool swapped = !(a.size() < b.size());
  const std::vector<unsigned>& A = swapped ? b : a;
  const std::vector<unsigned>& B = swapped ? a : b;
  const std::size_t M = A.size(), N = B.size();
  const std::int64_t delta = static_cast<std::int64_t>(N - M);
  const std::int64_t offset = static_cast<std::int64_t>(M) + 1;
  std::vector<std::int64_t> fp_store(M + N + 3, -1), path_store(M + N + 3, -1);
  // Indexed by diagonal k (from -M - 1 to N + 1), as dtl's fp[k + offset].
  std::int64_t* const fp = fp_store.data() + offset;
  std::int64_t* const path = path_store.data() + offset;
  const unsigned* const as = A.data();
  const unsigned* const bs = B.data();
  Points points;

  auto snake = [&](std::int64_t k) {
    const std::int64_t above = fp[k - 1] + 1, below = fp[k + 1];
    const std::int64_t from = above > below ? path[k - 1] : path[k + 1];
    std::int64_t y = std::max(above, below), x = y - k;
    while (static_cast<std::size_t>(x) < M && static_cast<std::size_t>(y) < N && as[x] == bs[y])
      ++x, ++y;
    path[k] = static_cast<std::int64_t>(points.size());
    points.push({static_cast<std::int32_t>(x), static_cast<std::int32_t>(y),
                 static_cast<std::int32_t>(from)});
    fp[k] = y;
  };
  std::int64_t p = -1;
  do {
    ++p;
    for (std::int64_t k = -p; k <= delta - 1; ++k) snake(k);
    for (std::int64_t k = delta + p; k >= delta + 1; --k) snake(k);
    snake(delta);
  } while (fp[delta] != static_cast<std::int64_t>(N) && points.size() < kMaxPoints);

  // The path's snake ends, first to last.
  std::vector<std::pair<std::int64_t, std::int64_t>> ends;
  for (std::int64_t r = path[delta]; r != -1; r = points[static_cast<std::size_t>(r)].from)
    ends.emplace_back(points[static_cast<std::size_t>(r)].x, points[static_cast<std::size_t>(r)].y);

  const Edit in_a = swapped ? Edit::Add : Edit::Delete;  // a step along A alone
  const Edit in_b = swapped ? Edit::Delete : Edit::Add;  // a step along B alone
  std::vector<Edit> script;
  script.reserve(M + N);
  std::int64_t px = 0, py = 0;
  for (auto it = ends.rbegin(); it != ends.rend(); ++it) {
    const auto [x, y] = *it;
    while (px < x || py < y) {
      if (y - x > py - px) {
        script.push_back(in_b);
        ++py;
      } else if (y - x < py - px) {
        script.push_back(in_a);
        ++px;
      } else {
        script.push_back(Edit::Common);
        ++px, ++py;
      }
    }
  }
  // Out of budget: what is left of A goes, then what is left of B comes.
  script.insert(script.end(), M - static_cast<std::size_t>(px), in_a);
  script.insert(script.end(), N - static_cast<std::size_t>(py), in_b);
  return script;
}

}  // namespace ct::diff

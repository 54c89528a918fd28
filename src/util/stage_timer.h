// Wall time of pipeline stages, for benchmarks: with CLAUSETRACK_TIMINGS set
// in the environment each lap prints "clausetrack: STAGE  SECONDS s" to
// stderr; otherwise it does nothing. Output files never change.
#pragma once

#include <chrono>
#include <string_view>

namespace ct {

class StageTimer {
 public:
  StageTimer();
  // Prints the time since the previous lap (or construction) under `stage`.
  void lap(std::string_view stage);

 private:
  bool on_;
  std::chrono::steady_clock::time_point mark_;
};

}  // namespace ct

// Wall time of pipeline stages, for benchmarks: with CLAUSETRACK_TIMINGS set
// in the environment each lap prints
// "clausetrack: STAGE  WALL s  CPU s cpu  OWN s own" to stderr (CPU: the
// whole process's, all threads, steadier than wall time on a busy machine;
// OWN: the lapping thread's alone, a stage's own cost where it runs on one
// thread, as each check family does); otherwise it does nothing. Output
// files never change.
#pragma once

#include <chrono>
#include <ctime>
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
  std::clock_t cpu_mark_;
  double own_mark_ = 0;  // this thread's CPU seconds
};

}  // namespace ct

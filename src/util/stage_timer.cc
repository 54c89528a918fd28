// StageTimer: reads CLAUSETRACK_TIMINGS once per timer.
#include "util/stage_timer.h"

#include <cstdio>
#include <cstdlib>

namespace ct {

namespace {
// CPU seconds of the calling thread.
double thread_cpu() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}
}  // namespace

StageTimer::StageTimer()
    : on_(std::getenv("CLAUSETRACK_TIMINGS") != nullptr),
      mark_(std::chrono::steady_clock::now()),
      cpu_mark_(std::clock()),
      own_mark_(on_ ? thread_cpu() : 0) {}

void StageTimer::lap(std::string_view stage) {
  if (!on_) return;
  auto now = std::chrono::steady_clock::now();
  std::clock_t cpu = std::clock();
  double own = thread_cpu();
  std::fprintf(stderr, "clausetrack: %-20.*s %.3f s  %.3f s cpu  %.3f s own\n",
               static_cast<int>(stage.size()), stage.data(),
               std::chrono::duration<double>(now - mark_).count(),
               static_cast<double>(cpu - cpu_mark_) / CLOCKS_PER_SEC, own - own_mark_);
  mark_ = now;
  cpu_mark_ = cpu;
  own_mark_ = own;
}

}  // namespace ct

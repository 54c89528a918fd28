// StageTimer: reads CLAUSETRACK_TIMINGS once per timer.
#include "util/stage_timer.h"

#include <cstdio>
#include <cstdlib>

namespace ct {

StageTimer::StageTimer()
    : on_(std::getenv("CLAUSETRACK_TIMINGS") != nullptr),
      mark_(std::chrono::steady_clock::now()),
      cpu_mark_(std::clock()) {}

void StageTimer::lap(std::string_view stage) {
  if (!on_) return;
  auto now = std::chrono::steady_clock::now();
  std::clock_t cpu = std::clock();
  std::fprintf(stderr, "clausetrack: %-20.*s %.3f s  %.3f s cpu\n", static_cast<int>(stage.size()),
               stage.data(), std::chrono::duration<double>(now - mark_).count(),
               static_cast<double>(cpu - cpu_mark_) / CLOCKS_PER_SEC);
  mark_ = now;
  cpu_mark_ = cpu;
}

}  // namespace ct

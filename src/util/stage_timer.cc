// StageTimer: reads CLAUSETRACK_TIMINGS once per timer.
#include "util/stage_timer.h"

#include <cstdio>
#include <cstdlib>

namespace ct {

StageTimer::StageTimer()
    : on_(std::getenv("CLAUSETRACK_TIMINGS") != nullptr), mark_(std::chrono::steady_clock::now()) {}

void StageTimer::lap(std::string_view stage) {
  if (!on_) return;
  auto now = std::chrono::steady_clock::now();
  std::fprintf(stderr, "clausetrack: %-20.*s %.3f s\n", static_cast<int>(stage.size()),
               stage.data(), std::chrono::duration<double>(now - mark_).count());
  mark_ = now;
}

}  // namespace ct

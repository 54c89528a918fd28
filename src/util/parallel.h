// Runs independent jobs on N worker threads. Each job writes only its own
// output slot, so results do not depend on the number of threads.
#pragma once

#include <cstddef>
#include <functional>

namespace ct {

// Calls fn(worker, i) for every i in [0, n) on `jobs` threads (at least one).
// `worker` in [0, jobs) lets a job use per-thread state (e.g. a stemmer).
// The first exception thrown by a job is rethrown after all threads stop.
void parallel_for(std::size_t n, int jobs, const std::function<void(int, std::size_t)>& fn);

// Number of worker threads to use for `--jobs 0` (the hardware's).
int default_jobs();

}  // namespace ct

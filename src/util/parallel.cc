// A minimal work-sharing loop over std::thread.
#include "util/parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace ct {

int default_jobs() {
  return std::max(1u, std::thread::hardware_concurrency());
}

void parallel_for(std::size_t n, int jobs, const std::function<void(int, std::size_t)>& fn) {
  jobs = std::max(1, std::min<int>(jobs, static_cast<int>(std::max<std::size_t>(n, 1))));
  if (jobs == 1) {
    for (std::size_t i = 0; i < n; ++i) fn(0, i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::exception_ptr error;
  std::mutex error_mutex;
  auto work = [&](int w) {
    for (std::size_t i; (i = next.fetch_add(1)) < n;) {
      try {
        fn(w, i);
      } catch (...) {
        std::lock_guard<std::mutex> lock(error_mutex);
        if (!error) error = std::current_exception();
        next = n;
      }
    }
  };
  // The calling thread is worker 0: one thread fewer to start per step, and
  // its work is allocated where the caller's memory already is.
  std::vector<std::thread> threads;
  for (int w = 1; w < jobs; ++w) threads.emplace_back(work, w);
  work(0);
  for (auto& t : threads) t.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace ct

// parallel_for: every index once, worker numbers in range, the calling
// thread working as worker 0, the first exception rethrown.
#include "util/parallel.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

namespace ct {

TEST_CASE("parallel_for calls every index once, on workers 0 to jobs-1", "[parallel]") {
  for (int jobs : {1, 2, 4})
    for (std::size_t n : {std::size_t{0}, std::size_t{1}, std::size_t{5}, std::size_t{1000}}) {
      std::vector<std::atomic<int>> calls(n);
      std::atomic<bool> in_range{true};
      parallel_for(n, jobs, [&](int w, std::size_t i) {
        if (w < 0 || w >= jobs) in_range = false;
        ++calls[i];
      });
      CHECK(in_range);
      for (std::size_t i = 0; i < n; ++i) CHECK(calls[i] == 1);
    }
}

TEST_CASE("parallel_for: the calling thread is worker 0, the others are new threads",
          "[parallel]") {
  const std::thread::id caller = std::this_thread::get_id();
  std::mutex m;
  std::set<std::thread::id> zero, others;
  // Slow enough jobs that both workers take some.
  parallel_for(64, 2, [&](int w, std::size_t) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    std::lock_guard<std::mutex> lock(m);
    (w == 0 ? zero : others).insert(std::this_thread::get_id());
  });
  REQUIRE(zero.size() == 1);
  CHECK(*zero.begin() == caller);
  REQUIRE(others.size() == 1);
  CHECK(*others.begin() != caller);
}

TEST_CASE("parallel_for rethrows the first exception after every worker stops", "[parallel]") {
  for (int jobs : {1, 2, 3}) {
    std::atomic<int> running{0};
    std::atomic<int> after{0};
    CHECK_THROWS_AS(parallel_for(100, jobs,
                                 [&](int, std::size_t i) {
                                   ++running;
                                   if (i == 10) throw std::runtime_error("job 10");
                                   --running;
                                   ++after;
                                 }),
                    std::runtime_error);
    // The failed job never finished; every other job that started did.
    CHECK(running == 1);
    CHECK(after < 100);
  }
}

}  // namespace ct

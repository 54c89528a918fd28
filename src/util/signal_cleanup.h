// Cleanup on SIGINT, SIGTERM and SIGHUP without a signal handler: while a
// SignalCleanup lives, the three signals are blocked in the thread that made
// it and in every thread started after (threads inherit the mask), and one
// waiter thread takes them with sigwait. On a signal it removes the guarded
// path (a temporary output folder or file) and ends the process with
// 128 + the signal (130 for SIGINT, 143 for SIGTERM). Nothing is global: the
// state lives in the object, which the waiter thread borrows.
//
//   SignalCleanup signals;              // before any worker thread starts
//   signals.guard(staged.path());       // removed on Ctrl-C
//   signals.finish([&] { staged.commit(); });   // the temporary is now in place
#pragma once

#include <signal.h>

#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace ct {

class SignalCleanup {
 public:
  SignalCleanup();
  ~SignalCleanup();  // the signals are unblocked again (one pending is then delivered)
  SignalCleanup(const SignalCleanup&) = delete;
  SignalCleanup& operator=(const SignalCleanup&) = delete;

  // The path removed (recursively) on a signal; empty for none.
  void guard(const std::string& path);
  // Runs `fn` with the signals held off (a signal arriving meanwhile is acted
  // on once `fn` is done, so a folder is never left half swapped); then the
  // guarded path is forgotten (`fn` moved it into place).
  void finish(const std::function<void()>& fn);

 private:
  void wait();

  sigset_t set_{}, old_mask_{};
  std::mutex mutex_;
  std::string path_;
  bool done_ = false;
  std::thread waiter_;
};

// Blocks SIGINT, SIGTERM and SIGHUP in the calling thread while alive, so a
// short step (writing and renaming one file) is not cut in half; a signal
// that arrives meanwhile is delivered when the object dies.
class SignalsHeld {
 public:
  SignalsHeld();
  ~SignalsHeld();
  SignalsHeld(const SignalsHeld&) = delete;
  SignalsHeld& operator=(const SignalsHeld&) = delete;

 private:
  sigset_t old_mask_{};
};

}  // namespace ct

// SignalCleanup: a sigwait thread removing a temporary path on a signal.
#include "util/signal_cleanup.h"

#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace ct {

namespace {

sigset_t cleanup_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGHUP);
  return set;
}

}  // namespace

SignalCleanup::SignalCleanup() : set_(cleanup_signals()) {
  pthread_sigmask(SIG_BLOCK, &set_, &old_mask_);
  waiter_ = std::thread([this] { wait(); });
}

SignalCleanup::~SignalCleanup() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    done_ = true;
  }
  // Wakes the waiter (the signal is blocked everywhere, so it reaches sigwait).
  pthread_kill(waiter_.native_handle(), SIGHUP);
  waiter_.join();
  pthread_sigmask(SIG_SETMASK, &old_mask_, nullptr);
}

void SignalCleanup::guard(const std::string& path) {
  std::lock_guard<std::mutex> lock(mutex_);
  path_ = path;
}

void SignalCleanup::finish(const std::function<void()>& fn) {
  std::lock_guard<std::mutex> lock(mutex_);
  fn();
  path_.clear();
}

void SignalCleanup::wait() {
  int sig = 0;
  if (sigwait(&set_, &sig) != 0) return;
  std::lock_guard<std::mutex> lock(mutex_);
  if (done_) return;
  if (!path_.empty()) {
    // Worker threads may still be writing into the folder, and a writer
    // creates the folders it writes into: renamed aside, with a plain file
    // holding its name, the folder can neither be written into nor made
    // again while it is emptied (a few rounds catch a file a writer had
    // open); the placeholder goes last, just before the exit.
    std::error_code ec;
    std::string aside = path_ + ".interrupted";
    bool placeholder = false;
    if (::rename(path_.c_str(), aside.c_str()) == 0) {
      int fd = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
      placeholder = fd >= 0;
      if (fd >= 0) ::close(fd);
    } else {
      aside = path_;
    }
    for (int round = 0; round < 20 && std::filesystem::exists(aside, ec); ++round) {
      std::filesystem::remove_all(aside, ec);
      if (ec) ::usleep(10000);
    }
    if (placeholder) ::unlink(path_.c_str());
  }
  static const char kMessage[] = "clausetrack: interrupted; previous outputs left as they were\n";
  [[maybe_unused]] auto n = ::write(2, kMessage, sizeof kMessage - 1);
  std::_Exit(128 + sig);
}

SignalsHeld::SignalsHeld() {
  sigset_t set = cleanup_signals();
  pthread_sigmask(SIG_BLOCK, &set, &old_mask_);
}

SignalsHeld::~SignalsHeld() {
  pthread_sigmask(SIG_SETMASK, &old_mask_, nullptr);
}

}  // namespace ct

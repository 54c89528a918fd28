// Temporary names with the writer's process id, and stale ones found again.
#include "util/temp_names.h"

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <random>

namespace ct {

namespace fs = std::filesystem;

namespace {

bool alive(long pid) {
  if (pid <= 0) return true;  // not ours to judge
  if (pid == static_cast<long>(::getpid())) return true;
  return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

bool all_of_class(const std::string& s, bool hex) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [hex](char c) {
    return (c >= '0' && c <= '9') || (hex && c >= 'a' && c <= 'f');
  });
}

// The pid of `name` when it is `output`.KIND-PID or `output`.KIND-PID-HEX, else -1.
long temp_pid(const std::string& name, const std::string& output, const std::string& kind) {
  std::string prefix = output + "." + kind + "-";
  if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) return -1;
  std::string rest = name.substr(prefix.size());
  std::size_t dash = rest.find('-');
  std::string pid = rest.substr(0, dash);
  if (!all_of_class(pid, false) || pid.size() > 9) return -1;
  if (dash != std::string::npos && !all_of_class(rest.substr(dash + 1), true)) return -1;
  if (dash == std::string::npos && kind != "tmp") return -1;
  return std::stol(pid);
}

}  // namespace

fs::path temp_name(const fs::path& target, const std::string& kind) {
  // A random part besides the pid: two writers of one process, or a pid
  // reused after a crash, never share a name.
  std::random_device random;
  unsigned long long bits = (static_cast<unsigned long long>(random()) << 32) ^ random();
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", bits);
  fs::path p = target;
  p += "." + kind + "-" + std::to_string(::getpid()) + "-" + hex;
  return p;
}

std::vector<StaleTemp> stale_temps(const fs::path& target) {
  std::vector<StaleTemp> out;
  const std::string output = target.filename().string();
  fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::error_code ec;
  for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    for (const char* kind : {"tmp", "old"}) {
      long pid = temp_pid(name, output, kind);
      if (pid > 0 && !alive(pid)) out.push_back({it->path(), std::string(kind) == "old"});
    }
  }
  std::sort(out.begin(), out.end(),
            [](const StaleTemp& a, const StaleTemp& b) { return a.path < b.path; });
  return out;
}

std::vector<fs::path> stale_temps_in(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    std::size_t at = name.rfind(".tmp-");
    if (at == std::string::npos || at == 0) continue;
    long pid = temp_pid(name, name.substr(0, at), "tmp");
    if (pid > 0 && !alive(pid)) out.push_back(it->path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool is_temp_of(const std::string& name, const std::string& output) {
  return name == output || temp_pid(name, output, "tmp") > 0;
}

}  // namespace ct

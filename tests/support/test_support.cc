// Test helpers: paths, temporary folders, running the binary.
#include "support/test_support.h"

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include "pipeline/pipeline.h"

namespace ct::test {

namespace fs = std::filesystem;

std::string source_dir() {
  return CT_SOURCE_DIR;
}
std::string corpus_dir() {
  return source_dir() + "/corpus";
}
std::string rules_dir() {
  // Another rules folder, for measuring with other lexicons (issue 14's
  // held-out figure): CLAUSETRACK_RULES_DIR.
  if (const char* env = std::getenv("CLAUSETRACK_RULES_DIR"); env && *env) return env;
  return source_dir() + "/rules";
}
std::string binary() {
  return CT_BINARY;
}
std::string shared_dir() {
  if (const char* env = std::getenv("CLAUSETRACK_SHARED_DIR"); env && *env) return env;
  return CT_SHARED_DIR;
}

bool have(const std::string& path, const std::string& what) {
  if (fs::exists(path)) return true;
  const char* required = std::getenv("CLAUSETRACK_REQUIRE_DATA");
  if (fs::is_directory(shared_dir()) || (required && *required && std::string(required) != "0")) {
    FAIL(what << " is missing (" << path << "), and in CI every test must run");
    return false;
  }
  std::cout << kSkipMarker << ": " << what << " is missing (" << path << ")" << std::endl;
  return false;
}
bool exists(const std::string& path) {
  return fs::exists(path);
}

const Rules& rules() {
  static const Rules r = load_rules(rules_dir());
  return r;
}

TempDir::TempDir() {
  std::string tmpl = (fs::temp_directory_path() / "clausetrack-test-XXXXXX").string();
  char* p = ::mkdtemp(tmpl.data());
  if (!p) throw std::runtime_error("mkdtemp failed");
  path_ = p;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

std::string TempDir::write(const std::string& rel, const std::string& content) const {
  fs::path p = fs::path(path_) / rel;
  fs::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary);
  out << content;
  return p.string();
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Running::Running(const std::vector<std::string>& args, const std::string& cwd, long max_file_bytes)
    : Running(binary(), args, cwd, Limits{max_file_bytes, 0, 0}) {}

Running::Running(const std::string& program, const std::vector<std::string>& args,
                 const std::string& cwd, const Limits& limits) {
  long max_file_bytes = limits.max_file_bytes;
  std::string out_path = files_.path() + "/out", err_path = files_.path() + "/err";
  std::fflush(nullptr);  // the child must not write the parent's buffered output again
  pid_ = ::fork();
  if (pid_ == 0) {
    if (!cwd.empty() && ::chdir(cwd.c_str()) != 0) ::_exit(127);
    if (!std::freopen(out_path.c_str(), "w", stdout)) ::_exit(127);
    if (!std::freopen(err_path.c_str(), "w", stderr)) ::_exit(127);
    if (max_file_bytes > 0) {
      ::signal(SIGXFSZ, SIG_IGN);  // a write past the limit fails (EFBIG) instead
      struct rlimit limit = {static_cast<rlim_t>(max_file_bytes),
                             static_cast<rlim_t>(max_file_bytes)};
      ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    if (limits.max_memory_bytes > 0) {
      struct rlimit limit = {static_cast<rlim_t>(limits.max_memory_bytes),
                             static_cast<rlim_t>(limits.max_memory_bytes)};
      ::setrlimit(RLIMIT_AS, &limit);
    }
    if (limits.max_cpu_seconds > 0) {
      struct rlimit limit = {static_cast<rlim_t>(limits.max_cpu_seconds),
                             static_cast<rlim_t>(limits.max_cpu_seconds + 1)};
      ::setrlimit(RLIMIT_CPU, &limit);
    }
    std::vector<char*> argv;
    std::string bin = program;
    argv.push_back(bin.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execvp(bin.c_str(), argv.data());
    ::_exit(127);
  }
}

Running::~Running() {
  if (reaped_ || pid_ <= 0) return;
  ::kill(pid_, SIGKILL);
  ::waitpid(pid_, &status_, 0);
}

void Running::signal(int sig) const {
  if (!reaped_) ::kill(pid_, sig);
}

bool Running::finished() {
  if (!reaped_ && ::waitpid(pid_, &status_, WNOHANG) == pid_) reaped_ = true;
  return reaped_;
}

RunResult Running::wait() {
  if (!reaped_) ::waitpid(pid_, &status_, 0);
  reaped_ = true;
  RunResult r;
  r.exit_code = WIFEXITED(status_) ? WEXITSTATUS(status_) : 128 + WTERMSIG(status_);
  r.out = read_file(files_.path() + "/out");
  r.err = read_file(files_.path() + "/err");
  return r;
}

RunResult run(const std::vector<std::string>& args, const std::string& cwd) {
  return Running(args, cwd).wait();
}

RunResult run_program(const std::string& program, const std::vector<std::string>& args,
                      const std::string& cwd) {
  return Running(program, args, cwd, Limits{}).wait();
}

std::string find_program(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/bin:/bin";
  for (std::size_t b = 0; b <= dirs.size();) {
    std::size_t e = dirs.find(':', b);
    if (e == std::string::npos) e = dirs.size();
    std::string candidate = dirs.substr(b, e - b) + "/" + program;
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    b = e + 1;
  }
  return "";
}

RunResult run_limited(const std::vector<std::string>& args, const Limits& limits) {
  return Running(binary(), args, "", limits).wait();
}

Corpus corpus_from(const TempDir& dir,
                   const std::vector<std::pair<std::string, std::string>>& files,
                   const std::string& manifest, int jobs) {
  for (const auto& [rel, content] : files) dir.write("corpus/" + rel, content);
  if (!manifest.empty()) dir.write("corpus/manifest.yaml", manifest);
  return pipeline::load(dir.path() + "/corpus", rules(), jobs);
}

std::size_t clause_with(const Corpus& corpus, const std::string& doc, const std::string& needle) {
  auto d = corpus.document_index(doc);
  if (!d) throw std::runtime_error("no document " + doc);
  const Document& document = corpus.documents[*d];
  for (std::size_t c = document.first_clause; c < document.first_clause + document.clause_count;
       ++c)
    if (corpus.clauses[c].text.find(needle) != std::string::npos) return c;
  throw std::runtime_error("no clause of " + doc + " contains " + needle);
}

std::size_t count_of(const std::string& s, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = s.find(needle); at != std::string::npos; at = s.find(needle, at + 1)) ++n;
  return n;
}

void track_folder(const std::string& corpus, const std::string& out, bool cache) {
  std::vector<std::string> args = {"track", "--corpus", corpus,   "--rules", rules_dir(), "--out",
                                   out,     "--quiet",  "--jobs", "2",       "--fail-on", "never"};
  if (!cache) args.push_back("--no-cache");
  auto r = run(args);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
}

std::map<std::string, std::string> output_files(const std::string& out) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(out)) {
    std::string rel = fs::relative(e.path(), out).generic_string();
    if (e.is_regular_file() && rel.rfind(".clausetrack-cache", 0) != 0)
      files[rel] = read_file(e.path().string());
  }
  return files;
}

}  // namespace ct::test

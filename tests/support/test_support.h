// Helpers shared by the tests: paths of the project, temporary folders, the
// rules, running the built binary, and small corpora written by the tests.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "model/corpus.h"
#include "rules/rules.h"

namespace ct::test {

std::string source_dir();  // the project's top folder
std::string corpus_dir();  // its shipped corpus
std::string rules_dir();   // its rules
std::string binary();      // the built clausetrack
std::string shared_dir();  // ../shared, or $CLAUSETRACK_SHARED_DIR (may not exist)
bool exists(const std::string& path);

// Whether what a test needs (a data set of ../shared, a program) is at
// `path`. When it is not, the test must stop: in CI (../shared is present,
// or CLAUSETRACK_REQUIRE_DATA is set) this fails the test; elsewhere it
// prints the marker kSkipMarker, which ctest reports as SKIPPED
// (SKIP_REGULAR_EXPRESSION in tests/CMakeLists.txt).
//   if (!have(unsc_dev_dir(), "the unsc-dev set")) return;
bool have(const std::string& path, const std::string& what);
inline constexpr const char* kSkipMarker = "CLAUSETRACK-TEST-SKIPPED";

// The project's rules, loaded once per test executable.
const Rules& rules();

// A fresh empty temporary folder, removed when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  // Writes `content` to path()/rel (parents created); returns the full path.
  std::string write(const std::string& rel, const std::string& content) const;

 private:
  std::string path_;
};

std::string read_file(const std::string& path);

struct RunResult {
  int exit_code = -1;
  std::string out, err;
};
// Runs the clausetrack binary with `args` (no shell); captures its output.
RunResult run(const std::vector<std::string>& args, const std::string& cwd = "");
// Runs another program (a path, or a name looked up in PATH) the same way.
RunResult run_program(const std::string& program, const std::vector<std::string>& args,
                      const std::string& cwd = "");
// Where `program` is in PATH, "" when it is not: have(find_program("pandoc"), "pandoc").
std::string find_program(const std::string& program);

// Resource limits of a child (setrlimit), 0 for none.
struct Limits {
  long max_file_bytes = 0;    // a write past it fails (EFBIG), as on a full disk
  long max_memory_bytes = 0;  // address space: an allocation past it fails
  int max_cpu_seconds = 0;    // killed (SIGXCPU) past it
};
// Runs the clausetrack binary under `limits`.
RunResult run_limited(const std::vector<std::string>& args, const Limits& limits);

// The binary started in the background, for tests that interrupt a run.
// `max_file_bytes` > 0 limits the size of any file it writes (a write past
// the limit fails, as on a full disk).
//   Running r(args);  ... r.signal(SIGTERM);  RunResult res = r.wait();
class Running {
 public:
  explicit Running(const std::vector<std::string>& args, const std::string& cwd = "",
                   long max_file_bytes = 0);
  Running(const std::string& program, const std::vector<std::string>& args, const std::string& cwd,
          const Limits& limits);
  ~Running();  // kills and reaps the process if wait() was not called
  Running(const Running&) = delete;
  Running& operator=(const Running&) = delete;
  void signal(int sig) const;
  bool finished();  // whether it has ended (reaped then)
  RunResult wait();

 private:
  TempDir files_;
  int pid_ = -1;
  int status_ = 0;
  bool reaped_ = false;
};

// A corpus from texts in memory: files (relative path, content) and a
// manifest text; analysed through the pipeline up to alignment.
Corpus corpus_from(const TempDir& dir,
                   const std::vector<std::pair<std::string, std::string>>& files,
                   const std::string& manifest, int jobs = 1);

// `clausetrack track` of folder `corpus` into `out` (rules of the project,
// two jobs, never failing on findings), with or without its analysis cache;
// fails the current test when it does not exit 0.
void track_folder(const std::string& corpus, const std::string& out, bool cache = true);

// Every file a track run wrote under `out` but its cache folder
// (.clausetrack-cache): relative path -> content.
std::map<std::string, std::string> output_files(const std::string& out);

// Index of the clause of document `doc` whose text contains `needle`;
// throws std::runtime_error if there is none.
std::size_t clause_with(const Corpus& corpus, const std::string& doc, const std::string& needle);

// A communiqué whose numeric character references name no character (two
// surrogates, a surrogate in decimal, one past U+10FFFF, NUL) beside a good
// one (&#x41;), and U+FFFD in UTF-8, which each of the bad ones becomes.
inline const std::string kNoCharacterReferences =
    "Joint Communique\n\nThe Ministers:\n\n1. Decided to meet again &#xD800; and &#xDFFF; and "
    "&#55296; and &#x110000; and &#0; then &#x41; in New York on 5 May 2021.\n";
inline const std::string kReplacementCharacter = "\xEF\xBF\xBD";

// How many times `needle` occurs in `s` (overlaps counted).
std::size_t count_of(const std::string& s, const std::string& needle);

}  // namespace ct::test

// The commands of the command line (CONTRACT.md "Commands"). Each returns the
// process exit code (0 ok, 1 findings at or above --fail-on) and throws
// InputError for usage errors and bad input (exit 2, caught in main.cc).
#pragma once

#include <string>
#include <vector>

namespace ct::cli {

struct Common {
  std::string corpus = "corpus";
  std::string rules = "rules";
  int jobs = 0;  // 0: one per hardware thread
};

struct TrackOptions {
  std::string out = "reports";
  bool quiet = false;
  std::string fail_on = "error";
};
int run_track(const Common& common, const TrackOptions& opt);

struct CheckOptions {
  std::vector<std::string> drafts;
  std::string format = "text";
  std::string fail_on = "error";
  std::string baseline;
  std::string output;
  std::string series;
};
int run_check(const Common& common, const CheckOptions& opt);

struct DiffOptions {
  std::string old_doc, new_doc;
  std::string format = "text";
  std::string output;
};
int run_diff(const Common& common, const DiffOptions& opt);

struct SegmentOptions {
  std::string target;
  std::string format = "text";
};
int run_segment(const Common& common, const SegmentOptions& opt);

struct GraphOptions {
  std::string format = "dot";
  std::string output;
  std::string series, thread, entity;
};
int run_graph(const Common& common, const GraphOptions& opt);

struct HistoryOptions {
  std::string target;
  std::string format = "text";
};
int run_history(const Common& common, const HistoryOptions& opt);

// Writes `content` to `path` atomically, or to stdout when `path` is empty or "-".
void emit(const std::string& path, const std::string& content);

}  // namespace ct::cli

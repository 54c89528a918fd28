// The commands of the command line (CONTRACT.md "Commands"), each one call:
// it loads the rules, builds the analysed corpus (build.h), runs what the
// command is for and writes its outputs through report/. cli/ only turns
// flags into these requests and outcomes and errors into exit codes.
//
//   pipeline::Common common;  pipeline::CheckRequest req;  req.drafts = {"d.txt"};
//   pipeline::Outcome o = pipeline::run_check(common, req);   // throws InputError
//   return o.findings_reached ? 1 : 0;
#pragma once

#include <string>
#include <vector>

namespace ct::pipeline {

struct Common {
  std::string corpus = "corpus";
  std::string rules;  // empty: found by rules_dir() (rules_location.h)
  int jobs = 0;       // 0: one per hardware thread
};

// What a command tells the caller beyond its outputs.
struct Outcome {
  bool findings_reached = false;  // findings at or above --fail-on
};

struct TrackRequest {
  std::string out = "reports";
  bool quiet = false;
  std::string cache;      // "" = OUT/.clausetrack-cache (pruned to this run's documents)
  bool no_cache = false;  // neither read nor write a cache
  std::string fail_on = "error";
  bool graph_full = false;  // whole-corpus graph.dot and graph.graphml at any size
};
Outcome run_track(const Common& common, const TrackRequest& req);

struct CheckRequest {
  std::vector<std::string> drafts;
  std::string format = "text";
  std::string fail_on = "error";
  std::string baseline;
  std::string output;
  std::string series;
};
Outcome run_check(const Common& common, const CheckRequest& req);

struct DiffRequest {
  std::string old_doc, new_doc;
  std::string format = "text";  // text | json | html | docx
  std::string output;
  std::string author = "clausetrack";  // docx: who made the tracked changes
};
Outcome run_diff(const Common& common, const DiffRequest& req);

struct SegmentRequest {
  std::string target;
  std::string format = "text";
};
Outcome run_segment(const Common& common, const SegmentRequest& req);

struct GraphRequest {
  std::string format = "dot";
  std::string output;
  std::string series, thread, entity;
};
Outcome run_graph(const Common& common, const GraphRequest& req);

struct HistoryRequest {
  std::string target;
  std::string format = "text";
};
Outcome run_history(const Common& common, const HistoryRequest& req);

struct ExportRequest {
  std::string target;  // a file, or a document id of the corpus
  std::string format = "akn";
  std::string output;
};
Outcome run_export(const Common& common, const ExportRequest& req);

}  // namespace ct::pipeline

// `clausetrack track`: the whole pipeline on the corpus, writing the reports
// into OUT as one set: into a fresh folder beside OUT, swapped in at the end
// (util/staged_folder.h), removed on failure or on Ctrl-C.
#include <iostream>

#include "check/check.h"
#include "pipeline/output_paths.h"
#include "pipeline/run_common.h"
#include "pipeline/track_outputs.h"
#include "util/signal_cleanup.h"
#include "util/stage_timer.h"
#include "util/staged_folder.h"

namespace ct::pipeline {

namespace {
constexpr const char* kCacheFolder = ".clausetrack-cache";
}  // namespace

Outcome run_track(const Common& common, const TrackRequest& req) {
  // First, before any worker thread: they all inherit the blocked signals.
  SignalCleanup signals;
  StageTimer timer;
  Rules rules = load_rules(rules_dir(common));
  timer.lap("rules");
  check::reaches({}, req.fail_on);  // a bad --fail-on fails before the work
  // A bad output folder fails before the work too.
  refuse_in_corpus(common.corpus, req.out, "--out");
  if (!req.cache.empty()) refuse_in_corpus(common.corpus, req.cache, "--cache");
  StagedFolder out(req.out, is_track_output);
  Inputs in = inputs_of(common);
  // Opened before the work: the default cache is written into it.
  out.open();
  signals.guard(out.path());
  if (!req.no_cache) {
    if (req.cache.empty()) {
      // The default cache is a dotfile folder of OUT, read from the folder
      // in place and written (this run's entries only) into the staged one,
      // so it is swapped in with the outputs, or not at all.
      in.cache.dir = req.out + "/" + kCacheFolder;
      in.cache.write_dir = out.path() + "/" + kCacheFolder;
    } else {
      in.cache.dir = req.cache;
    }
  }
  Analysed a = build(rules, in);
  timer.lap("pipeline");
  std::string summary = write_track_outputs(a.corpus, rules,
                                            {out.path(), common.corpus, in.jobs, req.out,
                                             req.graph_full, in.cache, std::move(a.entry_keys)});
  signals.finish([&] { out.commit(); });
  if (!req.quiet) std::cout << summary;
  return {check::reaches(a.corpus.findings, req.fail_on)};
}

}  // namespace ct::pipeline

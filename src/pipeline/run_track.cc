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

Outcome run_track(const Common& common, const TrackRequest& req) {
  // First, before any worker thread: they all inherit the blocked signals.
  SignalCleanup signals;
  StageTimer timer;
  Rules rules = load_rules(rules_dir(common));
  timer.lap("rules");
  check::reaches({}, req.fail_on);  // a bad --fail-on fails before the work
  // A bad output folder fails before the work too.
  refuse_in_corpus(common.corpus, req.out, "--out");
  StagedFolder out(req.out, is_track_output);
  Inputs in = inputs_of(common);
  if (!req.no_cache) {
    // The default cache is a dotfile of OUT: the staged swap carries it over
    // into the new folder, and it holds only the entries of this run.
    if (!req.cache.empty()) refuse_in_corpus(common.corpus, req.cache, "--cache");
    in.cache.dir = req.cache.empty() ? req.out + "/.clausetrack-cache" : req.cache;
    in.cache.prune = req.cache.empty();
  }
  Analysed a = build(rules, in);
  timer.lap("pipeline");
  out.open();
  signals.guard(out.path());
  std::string summary =
      write_track_outputs(a.corpus, rules, {out.path(), common.corpus, in.jobs, req.out});
  signals.finish([&] { out.commit(); });
  if (!req.quiet) std::cout << summary;
  return {check::reaches(a.corpus.findings, req.fail_on)};
}

}  // namespace ct::pipeline

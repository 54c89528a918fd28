// `clausetrack track`: the whole pipeline on the corpus, writing the reports
// into OUT.
#include <iostream>

#include "check/check.h"
#include "pipeline/run_common.h"
#include "pipeline/track_outputs.h"
#include "util/stage_timer.h"

namespace ct::pipeline {

Outcome run_track(const Common& common, const TrackRequest& req) {
  StageTimer timer;
  Rules rules = load_rules(common.rules);
  timer.lap("rules");
  check::reaches({}, req.fail_on);  // a bad --fail-on fails before the work
  Inputs in = inputs_of(common);
  Analysed a = build(rules, in);
  timer.lap("pipeline");
  std::string summary = write_track_outputs(a.corpus, rules, {req.out, common.corpus, in.jobs});
  if (!req.quiet) std::cout << summary;
  return {check::reaches(a.corpus.findings, req.fail_on)};
}

}  // namespace ct::pipeline

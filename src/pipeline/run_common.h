// What the run_<command> functions share: the build inputs a command's
// common flags give.
#pragma once

#include "pipeline/build.h"
#include "pipeline/commands.h"
#include "pipeline/rules_location.h"
#include "pipeline/targets.h"

namespace ct::pipeline {

// The corpus folder and workers of `common`, analysed up to `depth`.
inline Inputs inputs_of(const Common& common, Depth depth = Depth::Align) {
  Inputs in;
  in.corpus_dir = common.corpus;
  in.depth = depth;
  in.jobs = jobs_of(common.jobs);
  return in;
}

}  // namespace ct::pipeline

// `clausetrack segment FILE|DOC-ID`: the clauses of one document, as text
// (report/segment_text.h) or as a clausetrack/tracker/1 object holding
// documents and clauses.
#include "pipeline/analyse_target.h"
#include "pipeline/emit.h"
#include "pipeline/run_common.h"
#include "report/segment_text.h"
#include "report/tracker_json.h"

namespace ct::pipeline {

Outcome run_segment(const Common& common, const SegmentRequest& req) {
  Rules rules = load_rules(rules_dir(common), {.checks = false});
  Targeted t = analyse_target(rules, inputs_of(common, Depth::Extract), req.target);
  if (req.format == "json")
    emit("", report::dump(report::segment_json(t.analysed.corpus, t.docs)));
  else
    emit("", report::segment_text(t.analysed.corpus, t.docs));
  return {};
}

}  // namespace ct::pipeline

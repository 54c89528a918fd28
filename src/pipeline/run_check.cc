// `clausetrack check [DRAFT...]`: the consistency checks. Without drafts it
// checks the whole corpus; with drafts it adds each as the newest document of
// its series (given by --series, else detected from its words, drafts.h),
// runs the pipeline (the whole corpus known, only what the draft is compared
// with analysed whole: draft_scope.h) and reports the findings located in
// the drafts: a pre-publication check. Formats: text, json, sarif, github.
#include <filesystem>

#include "check/check.h"
#include "model/error.h"
#include "pipeline/emit.h"
#include "pipeline/output_paths.h"
#include "pipeline/run_common.h"
#include "report/findings_json.h"
#include "util/stage_timer.h"

namespace ct::pipeline {

namespace {

// Paths as the user sees them from the working directory: corpus files under
// the corpus folder, drafts as given.
void display_paths(std::vector<Finding>& findings, const std::string& corpus_dir,
                   const std::set<std::string>& draft_sources) {
  auto fix = [&](Location& l) {
    if (l.file.empty() || draft_sources.count(l.file) || corpus_dir.empty() || corpus_dir == ".")
      return;
    l.file = (std::filesystem::path(corpus_dir) / l.file).lexically_normal().string();
  };
  for (Finding& f : findings) {
    fix(f.where);
    for (Location& r : f.related) fix(r);
  }
}

std::string formatted(std::vector<Finding>& findings, const std::string& format, const Rules& rules,
                      const std::string& corpus_dir, const std::set<std::string>& draft_sources) {
  if (format == "json") return report::dump(report::findings_json(findings));
  display_paths(findings, corpus_dir, draft_sources);
  if (format == "sarif") return report::dump(report::findings_sarif(findings, rules.checks));
  if (format == "github") return report::findings_github(findings);
  return report::findings_text(findings);
}

}  // namespace

Outcome run_check(const Common& common, const CheckRequest& req) {
  // Validate what can be validated before the work.
  check::reaches({}, req.fail_on);
  refuse_in_corpus(common.corpus, req.output, "-o");
  StageTimer timer;
  Rules rules = load_rules(rules_dir(common));
  timer.lap("rules");
  std::set<std::string> accepted;
  if (!req.baseline.empty()) accepted = check::load_baseline(req.baseline);
  std::error_code ec;
  if (!std::filesystem::is_directory(common.corpus, ec))
    throw InputError("corpus folder not found", common.corpus);

  Inputs in = inputs_of(common);
  in.drafts = req.drafts;
  in.series = req.series;
  Analysed a = build(rules, in);

  std::set<std::size_t> focus;
  if (a.corpus_targets.empty()) focus = a.draft_docs;
  std::vector<Finding> findings = check::run_checks(a.corpus, rules, focus, in.jobs);
  if (!req.drafts.empty()) {
    std::set<std::string> keep;
    for (std::size_t i : a.draft_docs) keep.insert(a.corpus.documents[i].id);
    for (const Document& d : a.corpus.documents)
      if (a.corpus_targets.count(d.source)) keep.insert(d.id);
    check::keep_documents(findings, keep);
  }
  check::apply_baseline(findings, accepted);
  timer.lap("checks");
  emit(req.output, formatted(findings, req.format, rules, common.corpus, a.draft_sources));
  return {check::reaches(findings, req.fail_on)};
}

}  // namespace ct::pipeline

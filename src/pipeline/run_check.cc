// `clausetrack check [DRAFT...]`: the consistency checks. Without drafts it
// checks the whole corpus; with drafts it adds each as the newest document of
// its series (given by --series, else detected from its words, drafts.h),
// runs the pipeline (the whole corpus known, only what the draft is compared
// with analysed whole: draft_scope.h) and reports the findings located in
// the drafts: a pre-publication check. Formats: text, json, sarif, github.
#include <filesystem>
#include <memory>

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

// Whether this build checks for leaks (AddressSanitizer): it must free all.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kFreeAtExit = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kFreeAtExit = true;
#else
constexpr bool kFreeAtExit = false;
#endif
#else
constexpr bool kFreeAtExit = false;
#endif

// The rules (with their dictionaries) and the analysed corpus are left to the
// operating system when the command ends: the process exits next, and
// freeing them one allocation at a time costs 50 ms of CPU on a
// 1,358-document archive, a tenth of the command (compilers do the same:
// clang's -disable-free). Leak-checking builds free them.
template <typename T>
void leave_to_exit(std::unique_ptr<T>& p) {
  if (!kFreeAtExit) static_cast<void>(p.release());
}

}  // namespace

Outcome run_check(const Common& common, const CheckRequest& req) {
  // Validate what can be validated before the work.
  check::reaches({}, req.fail_on);
  refuse_in_corpus(common.corpus, req.output, "-o");
  StageTimer timer;
  auto rules_owner = std::make_unique<Rules>(load_rules(rules_dir(common)));
  const Rules& rules = *rules_owner;
  timer.lap("rules");
  std::set<std::string> accepted;
  if (!req.baseline.empty()) accepted = check::load_baseline(req.baseline);
  std::error_code ec;
  if (!std::filesystem::is_directory(common.corpus, ec))
    throw InputError("corpus folder not found", common.corpus);

  Inputs in = inputs_of(common);
  in.drafts = req.drafts;
  in.series = req.series;
  auto analysed = std::make_unique<Analysed>(build(rules, in));
  Analysed& a = *analysed;

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
  leave_to_exit(analysed);
  leave_to_exit(rules_owner);
  return {check::reaches(findings, req.fail_on)};
}

}  // namespace ct::pipeline

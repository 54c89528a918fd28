// run_checks: every family in turn; baseline, filters and the --fail-on test.
#include <nlohmann/json.hpp>

#include "check/check.h"
#include "check/families.h"
#include "check/knowledge.h"
#include "ingest/read_source.h"
#include "model/error.h"
#include "util/stage_timer.h"

namespace ct::check {

std::vector<Finding> run_checks(const Corpus& corpus, const Rules& rules,
                                const std::set<std::size_t>& focus) {
  FindingSink sink(corpus, rules.checks);
  sink.focus(focus);
  StageTimer timer;
  check_dates(corpus, rules, sink);
  timer.lap("check dates");
  check_meetings(corpus, rules, sink);
  timer.lap("check meetings");
  check_sessions(corpus, rules, sink);
  timer.lap("check sessions");
  check_numbering(corpus, rules, sink);
  timer.lap("check numbering");
  check_toc(corpus, rules, sink);
  timer.lap("check toc");
  check_compilation(corpus, rules, sink);
  timer.lap("check compilation");
  check_references(corpus, rules, sink);
  timer.lap("check references");
  check_scripts(corpus, rules, sink);
  timer.lap("check scripts");
  check_spacing(corpus, rules, sink);
  timer.lap("check spacing");
  check_other_language(corpus, rules, sink);
  check_language_uncertain(corpus, rules, sink);
  timer.lap("check other_language");
  check_duplicates(corpus, rules, sink);
  timer.lap("check duplicates");
  check_near_miss(corpus, rules, sink);
  timer.lap("check near_miss");
  check_terms(corpus, rules, sink);
  timer.lap("check terms");
  check_threads(corpus, rules, sink);
  timer.lap("check threads");
  const Knowledge knowledge = build_knowledge(corpus, rules);
  check_crossref(corpus, rules, knowledge, sink);
  timer.lap("check crossref");
  return sink.take();
}

std::set<std::string> load_baseline(const std::string& path) {
  auto source = ingest::read_source(path, path);
  nlohmann::json j = nlohmann::json::parse(source->bytes(), nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("findings") || !j["findings"].is_array())
    throw InputError("not a findings.json (clausetrack/findings/1) file", path);
  std::set<std::string> out;
  for (const auto& f : j["findings"])
    if (f.is_object() && f.contains("fingerprint") && f["fingerprint"].is_string())
      out.insert(f["fingerprint"].get<std::string>());
  return out;
}

void apply_baseline(std::vector<Finding>& findings, const std::set<std::string>& accepted) {
  std::erase_if(findings, [&](const Finding& f) { return accepted.count(f.fingerprint) > 0; });
}

void keep_documents(std::vector<Finding>& findings, const std::set<std::string>& docs) {
  std::erase_if(findings, [&](const Finding& f) { return docs.count(f.where.doc) == 0; });
}

bool reaches(const std::vector<Finding>& findings, const std::string& threshold) {
  if (threshold == "never") return false;
  auto level = parse_severity(threshold);
  if (!level)
    throw InputError("--fail-on must be error, warning, info or never, not '" + threshold + "'");
  for (const Finding& f : findings)
    if (f.severity >= *level) return true;
  return false;
}

}  // namespace ct::check

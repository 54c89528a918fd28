// run_checks: every family in turn; baseline, filters and the --fail-on test.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <numeric>
#include <string>

#include "check/check.h"
#include "check/families.h"
#include "check/knowledge.h"
#include "ingest/read_source.h"
#include "model/error.h"
#include "util/parallel.h"
#include "util/stage_timer.h"

namespace ct::check {

std::vector<Finding> run_checks(const Corpus& corpus, const Rules& rules,
                                const std::set<std::size_t>& focus, int jobs, WordDiffMemo* memo) {
  using Family = void (*)(const Corpus&, const Rules&, FindingSink&);
  struct Step {
    const char* lap;
    Family run;
  };
  // The cross-document checks first read what the corpus knows (run_step:
  // with the memo).
  const Family crossref = [](const Corpus& c, const Rules& r, FindingSink& s) {
    check_crossref(c, r, build_knowledge(c, r), s);
  };
  const Family duplicates = check_duplicates;  // run_step: with the memo
  // run_step: with the memo.
  const Family other_language = [](const Corpus& c, const Rules& r, FindingSink& s) {
    check_other_language(c, r, s);
    check_language_uncertain(c, r, s);
  };
  // The findings' order before sorting is this order whatever the threads
  // (each family reports into its own sink, joined in this order), so the
  // output is the same with any --jobs.
  const Step steps[] = {
      {"check dates", check_dates},
      {"check meetings", check_meetings},
      {"check sessions", check_sessions},
      {"check numbering", check_numbering},
      {"check toc", check_toc},
      {"check compilation", check_compilation},
      {"check references", check_references},
      {"check scripts", check_scripts},
      {"check spacing", check_spacing},
      {"check other_language", other_language},
      {"check duplicates", duplicates},
      {"check near_miss", check_near_miss},
      {"check terms", check_terms},
      {"check threads", check_threads},
      {"check crossref", crossref},
  };
  constexpr std::size_t n = std::size(steps);
  std::vector<FindingSink> sinks(n, FindingSink(corpus, rules.checks));
  for (FindingSink& s : sinks) s.focus(focus);
  auto run_step = [&](std::size_t i) {
    if (steps[i].run == crossref)
      check_crossref(corpus, rules, build_knowledge(corpus, rules, memo), sinks[i]);
    else if (steps[i].run == duplicates)
      check_duplicates(corpus, rules, sinks[i], memo);
    else if (steps[i].run == other_language) {
      check_other_language(corpus, rules, sinks[i], memo);
      check_language_uncertain(corpus, rules, sinks[i]);
    } else
      steps[i].run(corpus, rules, sinks[i]);
  };
  if (jobs <= 1) {
    StageTimer timer;
    for (std::size_t i = 0; i < n; ++i) {
      if (steps[i].run == check_near_miss) {
        // check_near_miss with the memo: one part, then the report.
        NearMissCheck near(corpus, rules, sinks[i], 1, memo);
        for (std::size_t p = 0; p < near.parts(); ++p) near.run(p);
        near.report(sinks[i]);
      } else {
        run_step(i);
      }
      timer.lap(steps[i].lap);
    }
  } else {
    // On several threads the near-miss check, the costliest on a large
    // corpus, runs in parts (a few per thread, so that they even out the
    // other families); its report follows, into its own sink. The other
    // families run each on one thread, the costliest (measured on a large
    // corpus) started first, before the parts.
    const std::size_t near_miss = static_cast<std::size_t>(
        std::find_if(std::begin(steps), std::end(steps),
                     [](const Step& s) { return s.run == check_near_miss; }) -
        std::begin(steps));
    NearMissCheck near(corpus, rules, sinks[near_miss], 4 * static_cast<std::size_t>(jobs), memo);
    const std::size_t parts = near.parts();
    std::vector<std::size_t> first, others;  // families before and after the parts
    for (std::size_t i = 0; i < n; ++i)
      if (steps[i].run == crossref || steps[i].run == duplicates)
        first.push_back(i);
      else if (i != near_miss)
        others.push_back(i);
    parallel_for(first.size() + parts + others.size(), jobs, [&](int, std::size_t k) {
      StageTimer timer;
      if (k >= first.size() && k < first.size() + parts) {
        near.run(k - first.size());
        timer.lap("check near_miss part " + std::to_string(k - first.size()) + " (parallel)");
        return;
      }
      const std::size_t i = k < first.size() ? first[k] : others[k - first.size() - parts];
      run_step(i);
      timer.lap(std::string(steps[i].lap) + " (parallel)");
    });
    StageTimer timer;
    near.report(sinks[near_miss]);
    timer.lap("check near_miss report");
  }
  for (std::size_t i = 1; i < n; ++i) sinks[0].absorb(sinks[i]);
  return sinks[0].take();
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

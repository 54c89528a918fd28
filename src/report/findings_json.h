// findings.json (schema clausetrack/findings/1, CONTRACT.md), SARIF 2.1.0
// (findings.sarif) and the line formats of `check`: text (like a compiler:
// `file:line:col: severity rule: message`) and GitHub Actions workflow
// annotations (`::error file=…,line=…,col=…::message`).
#pragma once

#include <string>
#include <vector>

#include "model/corpus.h"
#include "report/tracker_json.h"
#include "rules/check_rules.h"

namespace ct::report {

Json findings_json(const std::vector<Finding>& findings);

// SARIF 2.1.0: one run, the tool's rules (every implemented rule, with its
// description and default level) in tool.driver.rules, one result per
// finding with ruleId, ruleIndex, level, message, a physical location with
// its region, relatedLocations and partialFingerprints. With `corpus_root`,
// URIs are relative to the base id CORPUSROOT (given as originalUriBaseIds);
// without, they are the findings' paths as they are.
Json findings_sarif(const std::vector<Finding>& findings, const CheckRules& rules,
                    const std::string& corpus_root = {});

// One line per finding; `prefix` is put before each file path (e.g. the
// corpus folder, so paths are those of the working directory).
std::string findings_text(const std::vector<Finding>& findings, const std::string& prefix = {});
std::string findings_github(const std::vector<Finding>& findings, const std::string& prefix = {});

}  // namespace ct::report

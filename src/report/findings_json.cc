// findings.json, SARIF 2.1.0, text and GitHub annotation views of the findings.
#include "report/findings_json.h"

#include <fmt/format.h>

#include <map>

namespace ct::report {

namespace {

Json location_json(const Location& l) {
  Json j;
  if (!l.doc.empty()) j["doc"] = l.doc;
  if (!l.clause.empty()) j["clause"] = l.clause;
  j["file"] = l.file;
  j["line"] = l.line;
  if (l.column) j["column"] = l.column;
  if (l.end_line) j["end_line"] = l.end_line;
  if (!l.message.empty()) j["message"] = l.message;
  return j;
}

std::string sarif_level(Severity s) {
  switch (s) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Info:
      return "note";
  }
  return "warning";
}

Json physical(const Location& l, bool base) {
  Json region;
  region["startLine"] = std::max(1, l.line);
  if (l.column) region["startColumn"] = l.column;
  if (l.end_line >= l.line && l.end_line) region["endLine"] = l.end_line;
  Json artifact;
  artifact["uri"] = l.file;
  if (base) artifact["uriBaseId"] = "CORPUSROOT";
  Json p;
  p["artifactLocation"] = artifact;
  p["region"] = region;
  return p;
}

std::string joined(const std::string& prefix, const std::string& file) {
  if (prefix.empty() || prefix == ".") return file;
  return prefix.back() == '/' ? prefix + file : prefix + "/" + file;
}

// GitHub annotation values: %, CR and LF escaped; in properties also : and ,.
std::string gh_escape(const std::string& s, bool property) {
  std::string out;
  for (char ch : s) {
    if (ch == '%')
      out += "%25";
    else if (ch == '\r')
      out += "%0D";
    else if (ch == '\n')
      out += "%0A";
    else if (property && ch == ':')
      out += "%3A";
    else if (property && ch == ',')
      out += "%2C";
    else
      out += ch;
  }
  return out;
}

}  // namespace

Json findings_json(const std::vector<Finding>& findings) {
  Json list = Json::array();
  for (const Finding& f : findings) {
    Json j;
    j["rule"] = f.rule;
    j["severity"] = std::string(name(f.severity));
    j["doc"] = f.where.doc;
    if (!f.where.clause.empty()) j["clause"] = f.where.clause;
    j["file"] = f.where.file;
    j["line"] = f.where.line;
    j["column"] = f.where.column;
    j["end_line"] = f.where.end_line;
    j["message"] = f.message;
    Json related = Json::array();
    for (const Location& r : f.related) related.push_back(location_json(r));
    j["related"] = related;
    j["fingerprint"] = f.fingerprint;
    list.push_back(j);
  }
  Json out;
  out["schema"] = "clausetrack/findings/1";
  out["findings"] = list;
  return out;
}

Json findings_sarif(const std::vector<Finding>& findings, const CheckRules& rules,
                    const std::string& corpus_root) {
  Json driver_rules = Json::array();
  std::map<std::string, int> index;
  for (const RuleSpec& spec : implemented_check_rules()) {
    const RuleConfig* r = rules.rule(spec.id);
    std::string id(spec.id);
    index[id] = static_cast<int>(driver_rules.size());
    Json rule;
    rule["id"] = id;
    rule["name"] = id;
    rule["shortDescription"] = {{"text", r ? r->description : id}};
    rule["defaultConfiguration"] = {{"level", sarif_level(r ? r->severity : Severity::Warning)},
                                    {"enabled", r ? r->enabled : true}};
    rule["properties"] = {{"family", id.substr(0, id.find('.'))}};
    driver_rules.push_back(rule);
  }
  Json results = Json::array();
  for (const Finding& f : findings) {
    Json r;
    r["ruleId"] = f.rule;
    if (index.count(f.rule)) r["ruleIndex"] = index[f.rule];
    r["level"] = sarif_level(f.severity);
    r["message"] = {{"text", f.message}};
    Json loc;
    loc["physicalLocation"] = physical(f.where, !corpus_root.empty());
    if (!f.where.clause.empty())
      loc["logicalLocations"] = Json::array({{{"name", f.where.clause}, {"kind", "member"}}});
    r["locations"] = Json::array({loc});
    Json related = Json::array();
    int id = 1;
    for (const Location& l : f.related) {
      Json rl;
      rl["id"] = id++;
      rl["physicalLocation"] = physical(l, !corpus_root.empty());
      if (!l.message.empty()) rl["message"] = {{"text", l.message}};
      related.push_back(rl);
    }
    if (!related.empty()) r["relatedLocations"] = related;
    r["partialFingerprints"] = {{"clausetrack/v1", f.fingerprint}};
    results.push_back(r);
  }
  Json driver;
  driver["name"] = "clausetrack";
  driver["version"] = CT_VERSION;
  driver["informationUri"] = "https://example.invalid/clausetrack";
  driver["rules"] = driver_rules;
  Json run;
  run["tool"] = {{"driver", driver}};
  if (!corpus_root.empty()) {
    std::string uri = corpus_root.back() == '/' ? corpus_root : corpus_root + "/";
    run["originalUriBaseIds"] = {{"CORPUSROOT", {{"uri", uri}}}};
  }
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = results;
  Json out;
  out["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  out["version"] = "2.1.0";
  out["runs"] = Json::array({run});
  return out;
}

std::string findings_text(const std::vector<Finding>& findings, const std::string& prefix) {
  std::string out;
  for (const Finding& f : findings) {
    out += fmt::format("{}:{}:{}: {} {}: {}\n", joined(prefix, f.where.file), f.where.line,
                       f.where.column, name(f.severity), f.rule, f.message);
    for (const Location& r : f.related)
      out += fmt::format("{}:{}:{}: note: {}\n", joined(prefix, r.file), r.line,
                         std::max(1, r.column), r.message);
  }
  return out;
}

std::string findings_github(const std::vector<Finding>& findings, const std::string& prefix) {
  std::string out;
  for (const Finding& f : findings) {
    std::string command = f.severity == Severity::Error     ? "error"
                          : f.severity == Severity::Warning ? "warning"
                                                            : "notice";
    out += fmt::format("::{} file={},line={},col={},endLine={},title={}::{}\n", command,
                       gh_escape(joined(prefix, f.where.file), true), f.where.line, f.where.column,
                       std::max(f.where.line, f.where.end_line), gh_escape(f.rule, true),
                       gh_escape(f.message, false));
  }
  return out;
}

}  // namespace ct::report

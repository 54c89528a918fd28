// FindingSink: severities from the rules, fingerprints, locations.
#include "check/sink.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "util/hash.h"

namespace ct::check {

const RuleConfig* FindingSink::active(std::string_view rule) const {
  const RuleConfig* r = rules_.rule(rule);
  return r && r->enabled ? r : nullptr;
}

void FindingSink::add(std::string_view rule, Location where, std::string message,
                      std::string evidence, std::vector<Location> related) {
  const RuleConfig* r = active(rule);
  if (!r) return;
  Finding f;
  f.rule = std::string(rule);
  f.severity = r->severity;
  f.where = std::move(where);
  f.message = std::move(message);
  f.related = std::move(related);
  // The document id is part of the evidence: the same slip in two documents
  // is two findings.
  f.evidence = f.where.doc + "|" + evidence;
  f.fingerprint = hex_hash(f.rule + "|" + f.evidence);
  findings_.push_back(std::move(f));
}

Location FindingSink::at(const Clause& c) const {
  const Document& d = corpus_.document_of(c);
  Location l;
  l.doc = d.id;
  l.clause = c.id;
  l.file = d.source;
  Position p = corpus_.position(c, 0);
  l.line = p.line ? p.line : c.line;
  l.column = p.column ? p.column : 1;
  l.end_line = c.end_line;
  return l;
}

Location FindingSink::at(const Clause& c, std::size_t begin, std::size_t end) const {
  Location l = at(c);
  Position p = corpus_.position(c, begin);
  if (p.line) {
    l.line = p.line;
    l.column = p.column;
  }
  Position q = corpus_.position(c, end > begin ? end - 1 : begin);
  l.end_line = q.line ? q.line : l.line;
  return l;
}

Location FindingSink::at(const Clause& c, const Entity& e) const {
  Location l = at(c, e.begin, e.end);
  if (e.pos.line) {
    l.line = e.pos.line;
    l.column = e.pos.column;
    l.end_line = std::max(l.end_line, l.line);
  }
  return l;
}

Location FindingSink::at_line(const Document& d, int line) const {
  Location l;
  l.doc = d.id;
  l.file = d.source;
  l.line = line;
  l.column = 1;
  l.end_line = line;
  return l;
}

void FindingSink::absorb(FindingSink& other) {
  findings_.insert(findings_.end(), std::make_move_iterator(other.findings_.begin()),
                   std::make_move_iterator(other.findings_.end()));
  other.findings_.clear();
}

std::vector<Finding> FindingSink::take() {
  std::vector<Finding> out = std::move(findings_);
  std::sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.where.file, a.where.line, a.where.column, a.rule, a.message) <
           std::tie(b.where.file, b.where.line, b.where.column, b.rule, b.message);
  });
  // One finding per defect: the same evidence in one document (the
  // fingerprint holds the document) is one slip repeated, e.g. one wrong
  // citation written twice. It is reported once, at its first place; the
  // other places become related locations ("also at").
  std::vector<Finding> merged;
  merged.reserve(out.size());
  std::map<std::string, std::size_t> first;
  for (Finding& f : out) {
    auto [it, fresh] = first.emplace(f.fingerprint, merged.size());
    if (fresh) {
      merged.push_back(std::move(f));
      continue;
    }
    Finding& kept = merged[it->second];
    if (f.where.line == kept.where.line && f.where.column == kept.where.column) continue;
    Location also = f.where;
    also.message = fmt::format("also at line {}, column {}", also.line, also.column);
    kept.related.push_back(std::move(also));
  }
  return merged;
}

}  // namespace ct::check

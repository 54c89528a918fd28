// FindingSink: where the checks report. It applies rules/checks.yaml (a
// disabled rule reports nothing; the severity comes from the rules file),
// makes the fingerprint from the rule and the normalized evidence, and
// builds locations from clauses and entities. The checks never know who
// prints the findings.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "model/corpus.h"
#include "rules/check_rules.h"

namespace ct::check {

class FindingSink {
 public:
  FindingSink(const Corpus& corpus, const CheckRules& rules) : corpus_(corpus), rules_(rules) {}

  // The rule's settings when it is enabled, else null (skip the work).
  const RuleConfig* active(std::string_view rule) const;

  // Reports a finding of `rule` at `where`; `evidence` is what makes it this
  // finding and not another (normalized text, values), for the fingerprint.
  void add(std::string_view rule, Location where, std::string message, std::string evidence,
           std::vector<Location> related = {});

  // Location of a whole clause, of a byte range of its text, of an entity.
  Location at(const Clause& c) const;
  Location at(const Clause& c, std::size_t begin, std::size_t end) const;
  Location at(const Clause& c, const Entity& e) const;
  // Location of a line of a document (1-based line in its source).
  Location at_line(const Document& d, int line) const;

  // The documents whose findings are wanted (indices; empty: all). A check
  // may skip the work whose findings would lie elsewhere (a draft's check).
  void focus(std::set<std::size_t> docs) { focus_ = std::move(docs); }
  bool wanted(std::size_t doc) const { return focus_.empty() || focus_.count(doc) > 0; }

  // The findings, sorted; one per fingerprint (the same evidence in one
  // document): its other places become related locations "also at ...".
  std::vector<Finding> take();
  // Appends the findings of `other` (emptied) after this sink's.
  void absorb(FindingSink& other);

 private:
  const Corpus& corpus_;
  const CheckRules& rules_;
  std::vector<Finding> findings_;
  std::set<std::size_t> focus_;
};

}  // namespace ct::check

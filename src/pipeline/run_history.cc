// `clausetrack history CLAUSE-ID|TEXT`: the life of one clause ("blame" for a
// clause). The target is a clause id, `DOC/NUMBER` (the number printed in the
// document, whatever section prefix the id carries), or any text, matched to
// the closest clause with the aligner's features; report/history.h writes it.
#include <algorithm>

#include "align/search.h"
#include "model/error.h"
#include "model/reading.h"
#include "pipeline/emit.h"
#include "pipeline/run_common.h"
#include "report/history.h"

namespace ct::pipeline {

namespace {

// The clause a target names: its id, or DOC/NUMBER (number, key, or the end
// of a composed number), or nothing.
std::optional<std::size_t> by_id(const Corpus& corpus, const std::string& target) {
  if (auto c = corpus.clause_index(target)) return c;
  std::size_t slash = target.rfind('/');
  if (slash == std::string::npos || slash == 0 || slash + 1 == target.size()) return std::nullopt;
  auto d = corpus.document_index(target.substr(0, slash));
  if (!d) return std::nullopt;
  std::string want = target.substr(slash + 1);
  const Document& doc = corpus.documents[*d];
  std::optional<std::size_t> suffix;
  for (std::size_t i = doc.first_clause; i < doc.first_clause + doc.clause_count; ++i) {
    const Clause& c = corpus.clauses[i];
    if (c.number == want || c.key == want) return i;
    const std::string& id = c.id;
    if (!suffix &&
        ((c.number.size() > want.size() && c.number.compare(c.number.size() - want.size() - 1,
                                                            std::string::npos, "." + want) == 0) ||
         (id.size() > want.size() &&
          id.compare(id.size() - want.size() - 1, std::string::npos, "." + want) == 0)))
      suffix = i;
  }
  return suffix;
}

}  // namespace

Outcome run_history(const Common& common, const HistoryRequest& req) {
  Rules rules = load_rules(rules_dir(common));
  Inputs in = inputs_of(common);
  Analysed a = build(rules, in);
  const Corpus& corpus = a.corpus;

  report::HistoryView view{corpus, req.target};
  if (auto c = by_id(corpus, req.target)) {
    view.clause = *c;
  } else {
    auto found = align::search(corpus, rules, req.target, 5, in.jobs);
    if (found.empty()) throw InputError("no clause has this id or resembles this text", req.target);
    // A demand is preferred to a title or heading that resembles the text as much.
    auto pick = found.front();
    for (const auto& f : found)
      if (!is_furniture(corpus.clauses[f.clause].role) &&
          f.similarity >= found.front().similarity - 0.05) {
        pick = f;
        break;
      }
    view.clause = pick.clause;
    view.similarity = pick.similarity;
    view.by_text = true;
  }
  for (const Thread& t : corpus.threads)
    for (const auto& m : t.members)
      if (m.clause == view.clause) {
        view.threads.push_back(&t);
        break;
      }
  // In reading order: the demands that changed or were dropped first.
  std::stable_sort(view.threads.begin(), view.threads.end(), [&](const Thread* a, const Thread* b) {
    return reading_rank(corpus, *a) < reading_rank(corpus, *b);
  });
  emit("", req.format == "json" ? report::history_json(view) : report::history_text(view));
  return {};
}

}  // namespace ct::pipeline

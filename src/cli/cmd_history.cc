// `clausetrack history CLAUSE-ID|TEXT`: the life of one clause ("blame" for a
// clause): every version in its thread with document, date, number, the
// change from the version it was compared with, the facts that changed and
// the word diff. The target is a clause id, `DOC/NUMBER` (the number printed
// in the document, whatever section prefix the id carries), or any text,
// matched to the closest clause with the aligner's features.
#include <fmt/format.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "align/search.h"
#include "cli/commands.h"
#include "cli/resolve.h"
#include "diff/word_diff.h"
#include "model/error.h"
#include "pipeline/pipeline.h"

namespace ct::cli {

namespace {

using Json = nlohmann::ordered_json;

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

std::string number_of(const Clause& c) {
  return c.number.empty() ? c.key : c.number;
}

}  // namespace

int run_history(const Common& common, const HistoryOptions& opt) {
  Rules rules = load_rules(common.rules);
  int jobs = jobs_of(common.jobs);
  Corpus corpus = pipeline::load(common.corpus, rules, jobs);

  std::optional<std::size_t> target = by_id(corpus, opt.target);
  double similarity = 1;
  bool by_text = false;
  if (!target) {
    auto found = align::search(corpus, rules, opt.target, 1, jobs);
    if (found.empty()) throw InputError("no clause has this id or resembles this text", opt.target);
    target = found.front().clause;
    similarity = found.front().similarity;
    by_text = true;
  }
  std::vector<const Thread*> threads;
  for (const Thread& t : corpus.threads)
    for (const auto& m : t.members)
      if (m.clause == *target) {
        threads.push_back(&t);
        break;
      }

  auto doc_of = [&](std::size_t c) -> const Document& {
    return corpus.documents[corpus.clauses[c].doc];
  };
  if (opt.format == "json") {
    Json j;
    j["schema"] = "clausetrack/history/1";
    j["query"] = opt.target;
    j["clause"] = corpus.clauses[*target].id;
    if (by_text) j["similarity"] = std::round(similarity * 1000.0) / 1000.0;
    Json ts = Json::array();
    for (const Thread* t : threads) {
      Json tj;
      tj["id"] = t->id;
      tj["label"] = t->label;
      tj["status"] = std::string(name(t->status));
      tj["series"] = t->series;
      Json vs = Json::array();
      for (const auto& m : t->members) {
        const Clause& c = corpus.clauses[m.clause];
        const Document& d = doc_of(m.clause);
        Json v;
        v["clause"] = c.id;
        v["doc"] = d.id;
        v["date"] = d.date.empty() ? Json(nullptr) : Json(d.date);
        v["language"] = d.language;
        v["number"] = c.number;
        v["file"] = d.source;
        v["line"] = c.line;
        v["change"] = std::string(name(m.change));
        v["against"] = m.against ? Json(corpus.clauses[*m.against].id) : Json(nullptr);
        v["facts"] = m.facts;
        v["text"] = c.text;
        if (!m.diff.empty()) {
          Json ops = Json::array();
          for (const auto& op : m.diff)
            ops.push_back({{"op", op.kind == WordOp::Kind::Equal    ? "equal"
                                  : op.kind == WordOp::Kind::Delete ? "delete"
                                                                    : "insert"},
                           {"text", op.text}});
          v["diff"] = ops;
        }
        vs.push_back(v);
      }
      tj["versions"] = vs;
      ts.push_back(tj);
    }
    j["threads"] = ts;
    emit("", j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
    return 0;
  }

  std::string out;
  const Clause& tc = corpus.clauses[*target];
  out += fmt::format(
      "{}{}\n", tc.id,
      by_text ? fmt::format("  (closest to the text given, similarity {:.2f})", similarity) : "");
  for (const Thread* t : threads) {
    out += fmt::format("\nthread {} [{}] {}\n", t->id, name(t->status), t->label);
    for (const auto& m : t->members) {
      const Clause& c = corpus.clauses[m.clause];
      const Document& d = doc_of(m.clause);
      out += fmt::format("{} {}  {}  {}  {}  {}:{}  {}{}\n", m.clause == *target ? "*" : " ",
                         d.date.empty() ? "undated" : d.date, d.id, number_of(c), d.language,
                         d.source, c.line, name(m.change),
                         m.against ? " (against " + corpus.clauses[*m.against].id + ")" : "");
      for (const auto& f : m.facts) out += "      fact: " + f + "\n";
      if (!m.diff.empty() && m.change != Change::Unchanged)
        out += "      " + diff::render_plain(m.diff) + "\n";
      else
        out += "      " + c.text + "\n";
    }
  }
  emit("", out);
  return 0;
}

}  // namespace ct::cli

// History as text and as JSON.
#include "report/history.h"

#include <fmt/format.h>

#include <cmath>

#include "diff/word_diff.h"
#include "model/reading.h"
#include "report/diff_words.h"

namespace ct::report {

namespace {

std::string number_of(const Clause& c) {
  return c.number.empty() ? c.key : c.number;
}

}  // namespace

std::string history_json(const HistoryView& v) {
  const Corpus& corpus = v.corpus;
  Json j;
  j["schema"] = "clausetrack/history/1";
  j["query"] = v.query;
  j["clause"] = corpus.clauses[v.clause].id;
  if (v.by_text) j["similarity"] = std::round(v.similarity * 1000.0) / 1000.0;
  Json ts = Json::array();
  for (const Thread* t : v.threads) {
    Json tj;
    tj["id"] = t->id;
    tj["label"] = t->label;
    tj["status"] = std::string(name(t->status));
    tj["series"] = t->series;
    tj["furniture"] = is_furniture(corpus, *t);
    Json vs = Json::array();
    for (const auto& m : t->members) {
      const Clause& c = corpus.clauses[m.clause];
      const Document& d = corpus.document_of(c);
      Json x;
      x["clause"] = c.id;
      x["doc"] = d.id;
      x["date"] = d.date.empty() ? Json(nullptr) : Json(d.date);
      x["language"] = d.language;
      x["number"] = c.number;
      x["file"] = d.source;
      x["line"] = c.line;
      x["change"] = std::string(name(m.change));
      x["against"] = m.against ? Json(corpus.clauses[*m.against].id) : Json(nullptr);
      x["facts"] = m.facts;
      x["text"] = c.text;
      if (!m.diff.empty()) x["diff"] = word_ops_json(m.diff);
      vs.push_back(x);
    }
    tj["versions"] = vs;
    ts.push_back(tj);
  }
  j["threads"] = ts;
  return dump(j);
}

std::string history_text(const HistoryView& v) {
  const Corpus& corpus = v.corpus;
  std::string out;
  const Clause& tc = corpus.clauses[v.clause];
  out += fmt::format(
      "{}{}\n", tc.id,
      v.by_text ? fmt::format("  (closest to the text given, similarity {:.2f})", v.similarity)
                : "");
  for (const Thread* t : v.threads) {
    out += fmt::format("\nthread {} [{}{}] {}\n", t->id, name(t->status),
                       is_furniture(corpus, *t) ? ", furniture" : "", t->label);
    for (const auto& m : t->members) {
      const Clause& c = corpus.clauses[m.clause];
      const Document& d = corpus.document_of(c);
      out += fmt::format("{} {}  {}  {}  {}  {}:{}  {}{}\n", m.clause == v.clause ? "*" : " ",
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
  return out;
}

}  // namespace ct::report

// The JSON form of `clausetrack diff` (schema clausetrack/diff/1).
#include <cmath>

#include "report/diff_view.h"
#include "report/diff_words.h"

namespace ct::report {

Json word_ops_json(const std::vector<WordOp>& ops) {
  Json a = Json::array();
  for (const auto& op : ops)
    a.push_back({{"op", op.kind == WordOp::Kind::Equal    ? "equal"
                        : op.kind == WordOp::Kind::Delete ? "delete"
                                                          : "insert"},
                 {"text", op.text}});
  return a;
}

std::string diff_json(const DiffView& v, const align::SideBySide& r) {
  Json j;
  j["schema"] = "clausetrack/diff/1";
  Json sides[2] = {Json::array(), Json::array()};
  for (std::size_t k = 0; k < v.docs.size(); ++k) {
    const Document& d = v.original.documents[v.docs[k]];
    sides[k < v.old_count ? 0 : 1].push_back(
        {{"id", d.id},
         {"source", d.source},
         {"language", d.language},
         {"date", d.date.empty() ? Json(nullptr) : Json(d.date)},
         {"title", d.title}});
  }
  j["old"] = sides[0];
  j["new"] = sides[1];
  j["summary"] = {{"kept", r.kept.size()},      {"changed", r.changed.size()},
                  {"moved", r.moved().size()},  {"merged", r.merged.size()},
                  {"split", r.split.size()},    {"added", r.added.size()},
                  {"removed", r.removed.size()}};
  auto id = [&](std::size_t c) { return v.two.clauses[c].id; };
  Json kept = Json::array();
  for (const auto& p : r.kept)
    kept.push_back({{"old", id(p.old_clause)}, {"new", id(p.new_clause)}});
  j["kept"] = kept;
  Json changed = Json::array();
  for (const auto& p : r.changed) {
    Json c;
    c["old"] = id(p.old_clause);
    c["new"] = id(p.new_clause);
    c["change"] = std::string(name(p.change));
    c["facts"] = p.facts;
    c["score"] = std::round(p.score * 1000.0) / 1000.0;
    c["old_text"] = v.two.clauses[p.old_clause].text;
    c["new_text"] = v.two.clauses[p.new_clause].text;
    if (!p.diff.empty()) c["diff"] = word_ops_json(p.diff);
    changed.push_back(c);
  }
  j["changed"] = changed;
  Json moved = Json::array();
  for (const auto* p : r.moved())
    moved.push_back({{"old", id(p->old_clause)},
                     {"new", id(p->new_clause)},
                     {"old_number", v.number(p->old_clause)},
                     {"new_number", v.number(p->new_clause)},
                     {"renumbered", p->renumbered},
                     {"reordered", p->reordered}});
  j["moved"] = moved;
  Json merged = Json::array();
  for (const auto& m : r.merged) {
    Json olds = Json::array();
    for (std::size_t c : m.old_clauses) olds.push_back(id(c));
    merged.push_back({{"new", id(m.new_clause)}, {"old", olds}});
  }
  j["merged"] = merged;
  Json split = Json::array();
  for (const auto& s : r.split) {
    Json news = Json::array();
    for (std::size_t c : s.new_clauses) news.push_back(id(c));
    split.push_back({{"old", id(s.old_clause)}, {"new", news}});
  }
  j["split"] = split;
  for (auto [key, list] : {std::pair{"added", &r.added}, {"removed", &r.removed}}) {
    Json a = Json::array();
    for (std::size_t c : *list) {
      const Clause& cl = v.two.clauses[c];
      a.push_back({{"clause", cl.id}, {"number", cl.number}, {"line", cl.line}, {"text", cl.text}});
    }
    j[key] = a;
  }
  return dump(j);
}

}  // namespace ct::report

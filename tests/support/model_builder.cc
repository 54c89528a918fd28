// A corpus model built by hand for tests (see model_builder.h).
#include "support/model_builder.h"

#include <stdexcept>

#include "pipeline/pipeline.h"

namespace ct::test {

ModelBuilder& ModelBuilder::series(const std::string& id, const std::string& body) {
  Series s;
  s.id = id;
  s.title = id;
  s.body = body;
  corpus_.series.push_back(std::move(s));
  return *this;
}

ModelBuilder& ModelBuilder::document(const std::string& id, const std::string& series,
                                     const std::string& date, const std::string& language,
                                     const std::string& session, const std::string& parent,
                                     const std::string& kind) {
  Document d;
  d.id = id;
  d.source = id + ".txt";
  d.series = series;
  d.kind = kind;
  d.language = language;
  d.date = date;
  d.title = "Document " + id;
  d.session = session.empty() ? date : session;
  d.parent = parent;
  d.first_clause = corpus_.clauses.size();
  corpus_.documents.push_back(std::move(d));
  return *this;
}

ModelBuilder& ModelBuilder::clause(const std::string& doc, const std::string& number,
                                   const std::string& text,
                                   const std::vector<EntitySpec>& entities) {
  if (corpus_.documents.empty() || corpus_.documents.back().id != doc)
    throw std::logic_error("ModelBuilder: clauses go to the last document added");
  Document& d = corpus_.documents.back();
  Clause c;
  c.id = doc + "/" + number;
  c.number = number;
  c.key = "op." + number;
  c.doc = corpus_.documents.size() - 1;
  c.role = Role::Operative;
  c.line = c.end_line = static_cast<int>(d.clause_count) + 1;
  c.text = text;
  for (const auto& e : entities) {
    Entity x;
    x.type = parse_entity_type(e.type).value();
    x.value = e.value;
    x.text = e.text.empty() ? e.value : e.text;
    auto at = text.find(x.text);
    x.begin = at == std::string::npos ? 0 : at;
    x.end = at == std::string::npos ? 0 : at + x.text.size();
    c.entities.push_back(std::move(x));
  }
  corpus_.clauses.push_back(std::move(c));
  ++d.clause_count;
  return *this;
}

ModelBuilder& ModelBuilder::thread(const std::string& id,
                                   const std::vector<std::pair<std::string, Change>>& members,
                                   const std::string& label) {
  Thread t;
  t.id = id;
  t.label = label.empty() ? id : label;
  for (const auto& [clause, change] : members) {
    auto i = corpus_.clause_index(clause);
    if (!i) throw std::logic_error("ModelBuilder: no clause " + clause);
    if (t.members.empty()) t.series = corpus_.documents[corpus_.clauses[*i].doc].series;
    ThreadMember m;
    m.clause = *i;
    m.change = change;
    if (!t.members.empty()) m.against = t.members.back().clause;
    t.members.push_back(std::move(m));
  }
  corpus_.threads.push_back(std::move(t));
  return *this;
}

Corpus ModelBuilder::build() const {
  Corpus c = corpus_;
  pipeline::order_series(c);
  return c;
}

}  // namespace ct::test

// Detection of missing document metadata from the analysed clauses, and the
// date order of each series.
#include <algorithm>

#include "pipeline/pipeline.h"
#include "text/utf8.h"

namespace ct::pipeline {

namespace {

const Entity* first_entity(const Corpus& c, const Document& d, EntityType type,
                           bool full_dates_only, Role only_role, bool any_role) {
  for (std::size_t i = d.first_clause; i < d.first_clause + d.clause_count; ++i) {
    const Clause& cl = c.clauses[i];
    if (!any_role && cl.role != only_role) continue;
    for (const Entity& e : cl.entities) {
      if (e.type != type) continue;
      if (full_dates_only && (e.value.size() != 10 || e.value[0] == '-')) continue;
      return &e;
    }
  }
  return nullptr;
}

}  // namespace

void fill_metadata(Corpus& corpus) {
  for (Document& d : corpus.documents) {
    if (d.title.empty()) {
      for (std::size_t i = d.first_clause; i < d.first_clause + d.clause_count; ++i)
        if (corpus.clauses[i].role == Role::Title) {
          d.title = corpus.clauses[i].text;
          break;
        }
      if (d.title.empty() && d.clause_count > 0) {
        d.title = corpus.clauses[d.first_clause].text;
        if (d.title.size() > 120) {
          std::size_t cut = d.title.rfind(' ', 117);
          if (cut == std::string::npos) cut = text::char_boundary(d.title, 117);
          d.title = d.title.substr(0, cut) + "…";
        }
      }
      if (!d.title.empty()) d.detected.push_back("title");
    }
    if (d.date.empty()) {
      const Entity* e = first_entity(corpus, d, EntityType::Date, true, Role::Title, false);
      if (!e) e = first_entity(corpus, d, EntityType::Date, true, Role::Signature, false);
      if (!e) e = first_entity(corpus, d, EntityType::Date, true, Role::Other, true);
      if (e) {
        d.date = e->value;
        d.detected.push_back("date");
      }
    }
    if (d.place.empty()) {
      const Entity* e = first_entity(corpus, d, EntityType::Place, false, Role::Title, false);
      if (!e) e = first_entity(corpus, d, EntityType::Place, false, Role::Signature, false);
      if (e) {
        d.place = e->text;
        d.detected.push_back("place");
      }
    }
    if (d.session.empty()) d.session = d.date;
  }
}

void order_series(Corpus& corpus) {
  for (Series& s : corpus.series) {
    s.documents.clear();
    s.sessions.clear();
  }
  for (std::size_t i = 0; i < corpus.documents.size(); ++i) {
    const Document& d = corpus.documents[i];
    for (Series& s : corpus.series)
      if (s.id == d.series) s.documents.push_back(i);
  }
  for (Series& s : corpus.series) {
    std::stable_sort(s.documents.begin(), s.documents.end(), [&](std::size_t a, std::size_t b) {
      return corpus.documents[a].date < corpus.documents[b].date;
    });
    for (std::size_t i : s.documents) {
      const Document& d = corpus.documents[i];
      std::string key = d.session.empty() ? d.date : d.session;
      auto it = std::find_if(s.sessions.begin(), s.sessions.end(),
                             [&](const Session& x) { return x.key == key; });
      if (it == s.sessions.end()) {
        s.sessions.push_back(Session{key, d.date, {}});
        it = s.sessions.end() - 1;
      }
      it->documents.push_back(i);
    }
    std::stable_sort(s.sessions.begin(), s.sessions.end(),
                     [](const Session& a, const Session& b) { return a.date < b.date; });
  }
}

}  // namespace ct::pipeline

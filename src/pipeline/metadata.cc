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
      if (e.has_flag("impossible")) continue;
      return &e;
    }
  }
  return nullptr;
}

// The year of an ISO date value ("2019-09-25", "2019"), 0 when it has none.
int year_of(const std::string& iso) {
  if (iso.size() < 4 || iso[0] == '-') return 0;
  int y = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    if (iso[i] < '0' || iso[i] > '9') return 0;
    y = y * 10 + (iso[i] - '0');
  }
  return y;
}

// The year its own symbol gives a document ("Resolution 1290 (2000)" in its
// title), as a reduced ISO date, or "".
std::string symbol_year(const Corpus& c, const Document& d) {
  for (std::size_t i = d.first_clause; i < d.first_clause + d.clause_count; ++i) {
    const Clause& cl = c.clauses[i];
    if (cl.role != Role::Title) continue;
    for (const Entity& e : cl.entities) {
      if (e.type != EntityType::Resolution) continue;
      auto it = e.attrs.find("year");
      if (it != e.attrs.end() && it->second.size() == 4) return it->second;
    }
  }
  return "";
}

}  // namespace

void fill_metadata(Corpus& corpus, const Rules& rules) {
  const auto& dates = rules.extract.dates;
  for (Document& d : corpus.documents) {
    // A date whose year no date has (a placeholder "0001-01-01" given by the
    // manifest) orders nothing: it is detected again like a missing one.
    if (int y = year_of(d.date);
        !d.date.empty() && (y < dates.min_full_year || y > dates.max_full_year)) {
      if (d.session == d.date) d.session.clear();
      d.date.clear();
    }
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
      // The year of its own symbol ("Resolution 2059 (2012)") outranks a
      // date of another year: one cited in the text when the document's own
      // date line is missing or unreadable.
      std::string year = symbol_year(corpus, d);
      d.date = e && (year.empty() || e->value.compare(0, 4, year) == 0) ? e->value : year;
      if (!d.date.empty()) d.detected.push_back("date");
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

// Runs entity extraction over all clauses in parallel (each clause's entities
// depend on that clause and its document only). A clause whose text repeats
// one read before, in a document that reads the same way (language, series,
// date: all extract_clause reads of it), takes that clause's entities, only
// their source positions found again: two versions of a text share most of
// their clauses.
#include <map>
#include <string_view>
#include <tuple>

#include "extract/extract.h"
#include "util/parallel.h"

namespace ct::extract {

void extract_corpus(Corpus& corpus, const Rules& rules, int jobs) {
  // The first clause of each distinct (text, language, series, date).
  using Key = std::tuple<std::string_view, std::string_view, std::string_view, std::string_view>;
  std::map<Key, std::size_t> first;
  std::vector<std::size_t> same_as(corpus.clauses.size());
  std::vector<std::size_t> distinct;
  for (std::size_t i = 0; i < corpus.clauses.size(); ++i) {
    const Clause& c = corpus.clauses[i];
    const Document& d = corpus.documents[c.doc];
    auto [it, inserted] = first.emplace(Key{c.text, d.language, d.series, d.date}, i);
    same_as[i] = it->second;
    if (inserted) distinct.push_back(i);
  }
  parallel_for(distinct.size(), jobs, [&](int, std::size_t k) {
    Clause& c = corpus.clauses[distinct[k]];
    c.entities = extract_clause(corpus, c, rules);
  });
  parallel_for(corpus.clauses.size(), jobs, [&](int, std::size_t i) {
    if (same_as[i] == i) return;
    Clause& c = corpus.clauses[i];
    c.entities = corpus.clauses[same_as[i]].entities;
    for (Entity& e : c.entities) e.pos = corpus.position(c, e.begin);
  });
}

}  // namespace ct::extract

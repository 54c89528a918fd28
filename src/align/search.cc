// Text search over the clauses of a corpus.
#include "align/search.h"

#include <algorithm>
#include <unordered_map>

#include "align/dictionary.h"
#include "align/features.h"
#include "align/score.h"
#include "ingest/detect_language.h"
#include "text/analyzer_set.h"
#include "text/fold.h"

namespace ct::align {

std::vector<Match> search(const Corpus& corpus, const Rules& rules, const std::string& text,
                          std::size_t limit, int jobs) {
  std::vector<Match> out;
  if (corpus.clauses.empty() || text.empty()) return out;
  std::string lang = ingest::detect_language(text, rules);
  bool multilingual = false;
  for (const Document& d : corpus.documents) multilingual |= d.language != lang;
  Translations translations = multilingual ? load_translations(rules, jobs) : Translations();
  FeatureTable table = build_features(corpus, rules, translations, jobs);

  Clause query;
  query.text = text;
  text::AnalyzerSet analyzers = analyzers_for(rules);
  query.tokens = analyzers.get(lang).tokenize(text);
  query.forms = analyzers.get(lang).forms();
  std::vector<std::string> targets;
  for (const auto& l : table.languages)
    if (l != lang) targets.push_back(l);
  FeatureContext ctx(lang, rules, translations, targets);
  ClauseFeatures q = weigh(terms_of(query, ctx), table.weights);

  // Candidates: clauses sharing the query's rarest features, in any view.
  std::vector<Weighted> keys = q.native.items;
  for (const auto& [l, v] : q.pivots) keys.insert(keys.end(), v.items.begin(), v.items.end());
  std::sort(keys.begin(), keys.end(), [](const Weighted& a, const Weighted& b) {
    return a.w != b.w ? a.w > b.w : a.id < b.id;
  });
  std::unordered_map<FeatureId, bool> wanted;
  for (std::size_t k = 0; k < keys.size() && wanted.size() < 24; ++k) wanted[keys[k].id] = true;
  std::vector<std::size_t> candidates;
  for (std::size_t i = 0; i < corpus.clauses.size(); ++i)
    for (const Weighted& w : table.clauses[i].native.items)
      if (wanted.count(w.id)) {
        candidates.push_back(i);
        break;
      }
  // Similarity, and how much of the query the clause holds (a few words
  // typed from a long clause should find it), a little in favour of the
  // query's own language, and more of a clause that holds the query's words
  // as typed (folded): the original before its translation, which holds
  // them only through the lexicon.
  const std::string folded_query = text::fold(text);
  for (std::size_t i : candidates) {
    const std::string& cl = corpus.documents[corpus.clauses[i].doc].language;
    double s = 0.5 * text_similarity(q, lang, table.clauses[i], cl) +
               0.5 * contained(q, lang, table.clauses[i], cl);
    if (cl == lang) s += 0.05;
    if (cl == lang && text::fold(corpus.clauses[i].text).find(folded_query) != std::string::npos)
      s += 0.1;
    s = std::min(1.0, s);
    if (s > 0) out.push_back({i, s});
  }
  std::sort(out.begin(), out.end(), [](const Match& a, const Match& b) {
    return a.similarity != b.similarity ? a.similarity > b.similarity : a.clause < b.clause;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace ct::align

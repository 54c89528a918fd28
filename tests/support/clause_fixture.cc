// Clauses made directly from strings (see clause_fixture.h).
#include "support/clause_fixture.h"

#include <memory>

#include "extract/extract.h"
#include "support/test_support.h"
#include "text/analyzer_set.h"

namespace ct::test {

ClauseFixture::ClauseFixture(const std::string& text, const std::string& language,
                             const std::string& series_body, const std::string& date) {
  Series s;
  s.id = "test-series";
  s.body = series_body;
  corpus_.series.push_back(s);
  Document d;
  d.id = "test-doc";
  d.source = "test.txt";
  d.series = s.id;
  d.kind = "communique";
  d.language = language;
  d.date = date;
  d.text = std::make_shared<const SourceText>("test.txt", text);
  d.begin = 0;
  d.end = text.size();
  d.line = 1;
  d.end_line = d.text->position(text.size()).line;
  corpus_.documents.push_back(d);

  text::AnalyzerSet analyzers = analyzers_for(rules());
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == '\n' || text[i] == ' ')) ++i;
    if (i >= text.size()) break;
    std::size_t e = text.find("\n\n", i);
    if (e == std::string::npos) e = text.size();
    while (e > i && (text[e - 1] == ' ' || text[e - 1] == '\n')) --e;
    Clause c;
    c.doc = 0;
    c.key = "p." + std::to_string(corpus_.clauses.size() + 1);
    c.id = d.id + "/" + c.key;
    c.role = Role::Narrative;
    c.source_begin = i;
    c.source_end = e;
    c.line = d.text->position(i).line;
    c.end_line = d.text->position(e).line;
    for (std::size_t k = i; k < e; ++k) c.text += text[k] == '\n' ? ' ' : text[k];
    c.runs.push_back({0, i, e - i});
    c.tokens = analyzers.get(language).tokenize(c.text);
    c.forms = analyzers.get(language).forms();
    corpus_.clauses.push_back(std::move(c));
    i = e;
  }
  corpus_.documents[0].first_clause = 0;
  corpus_.documents[0].clause_count = corpus_.clauses.size();
}

std::vector<Entity> ClauseFixture::extract(std::size_t i) const {
  return extract::extract_clause(corpus_, corpus_.clauses.at(i), rules());
}

std::vector<Entity> entities_of(const std::string& sentence, const std::string& language,
                                const std::string& series_body, const std::string& date) {
  ClauseFixture f(sentence, language, series_body, date);
  return f.size() ? f.extract(0) : std::vector<Entity>{};
}

std::vector<Entity> of_type(const std::vector<Entity>& es, const std::string& type) {
  std::vector<Entity> out;
  for (const auto& e : es)
    if (name(e.type) == type) out.push_back(e);
  return out;
}

std::vector<std::string> values(const std::vector<Entity>& es, const std::string& type) {
  std::vector<std::string> out;
  for (const auto& e : es)
    if (name(e.type) == type) out.push_back(e.value);
  return out;
}

}  // namespace ct::test

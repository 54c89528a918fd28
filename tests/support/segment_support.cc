// Segmentation test helpers.
#include "support/segment_support.h"

#include <catch2/catch.hpp>

#include "ingest/load_corpus.h"
#include "pipeline/pipeline.h"
#include "support/test_support.h"

namespace ct::test {

namespace {

std::size_t doc_index(const Corpus& c, const std::string& doc) {
  if (doc.empty()) return 0;
  auto i = c.document_index(doc);
  return i ? *i : c.documents.size();
}

}  // namespace

std::vector<const Clause*> Segmented::clauses(const std::string& doc) const {
  std::vector<const Clause*> out;
  std::size_t d = doc_index(corpus, doc);
  if (d >= corpus.documents.size()) return out;
  const Document& D = corpus.documents[d];
  for (std::size_t i = D.first_clause; i < D.first_clause + D.clause_count; ++i)
    out.push_back(&corpus.clauses[i]);
  return out;
}

const Clause* Segmented::find(const std::string& local_id, const std::string& doc) const {
  for (const Clause* c : clauses(doc)) {
    std::size_t slash = c->id.find('/');
    if (c->id.substr(slash + 1) == local_id) return c;
  }
  return nullptr;
}

std::vector<const Clause*> Segmented::with_role(Role role, const std::string& doc) const {
  std::vector<const Clause*> out;
  for (const Clause* c : clauses(doc))
    if (c->role == role) out.push_back(c);
  return out;
}

std::string Segmented::dump(const std::string& doc) const {
  std::string out;
  for (const Clause* c : clauses(doc))
    out += c->id + "  " + std::string(name(c->role)) + "  " + c->text.substr(0, 90) + "\n";
  return out;
}

Segmented segment_file(const std::string& path, const std::string& language) {
  Segmented s;
  std::size_t first = ingest::add_file(s.corpus, path, rules());
  if (!language.empty())
    for (std::size_t i = first; i < s.corpus.documents.size(); ++i)
      s.corpus.documents[i].language = language;
  pipeline::analyze(s.corpus, rules(), 1, pipeline::Depth::Segment);
  return s;
}

Segmented segment_text(const std::string& text, const std::string& language,
                       const std::string& name) {
  TempDir dir;
  return segment_file(dir.write(name, text), language);
}

const Corpus& segmented_corpus() {
  static const Corpus c = pipeline::load(corpus_dir(), rules(), 2, pipeline::Depth::Segment);
  return c;
}

const Clause& need(const Segmented& s, const std::string& id) {
  const Clause* c = s.find(id);
  INFO("no clause '" << id << "' in:\n" << s.dump());
  REQUIRE(c != nullptr);
  return *c;
}

}  // namespace ct::test

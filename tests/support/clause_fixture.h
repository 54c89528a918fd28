// Clauses made directly from strings, for tests of the extract stage that
// must not depend on how the segmenter cuts a text: a one-document corpus
// whose source file is the given text, one clause per blank-line-separated
// paragraph (line breaks read as spaces, so text offsets map one to one to
// the source), tokens from the language's analyzer.
//
//   ClauseFixture f("Adopté le 5 août 2019.", "fr", "OIC-CG-JK");
//   std::vector<Entity> es = f.extract();
#pragma once

#include <string>
#include <vector>

#include "model/corpus.h"

namespace ct::test {

class ClauseFixture {
 public:
  // `series_body` is the body of the document's series; `date` its date.
  explicit ClauseFixture(const std::string& text, const std::string& language = "en",
                         const std::string& series_body = "", const std::string& date = "");

  const Corpus& corpus() const { return corpus_; }
  std::size_t size() const { return corpus_.clauses.size(); }
  const Clause& clause(std::size_t i = 0) const { return corpus_.clauses.at(i); }
  // Entities of clause i, from the project's rules.
  std::vector<Entity> extract(std::size_t i = 0) const;

 private:
  Corpus corpus_;
};

// The entities of one sentence (one clause) in `language`.
std::vector<Entity> entities_of(const std::string& sentence, const std::string& language,
                                const std::string& series_body = "", const std::string& date = "");
// Entities of `type` only.
std::vector<Entity> of_type(const std::vector<Entity>& es, const std::string& type);
// The values of the entities of `type`, in text order.
std::vector<std::string> values(const std::vector<Entity>& es, const std::string& type);

}  // namespace ct::test

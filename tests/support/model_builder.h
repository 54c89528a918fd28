// Builds a corpus model by hand, without reading texts: series, documents,
// clauses with the entities a test chooses, and threads with the change
// classes a test chooses. For tests of the stages after align (graph,
// checks, report) that must assert exact results whatever the earlier
// stages do with real text.
//
//   ModelBuilder b;
//   b.series("s", "BODY");
//   b.document("d1", "s", "2020-01-10");
//   b.clause("d1", "1", "Demands the release of prisoners.", {{"date", "2019-09", "September
//   2019"}}); b.thread("t1", {{"d1/1", Change::First}}); Corpus c = b.build();  // series ordered
//   into sessions
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "model/corpus.h"

namespace ct::test {

struct EntitySpec {
  std::string type, value, text;
};

class ModelBuilder {
 public:
  ModelBuilder& series(const std::string& id, const std::string& body = "");
  // Documents must be added before their clauses; `session` defaults to the date.
  ModelBuilder& document(const std::string& id, const std::string& series, const std::string& date,
                         const std::string& language = "en", const std::string& session = "",
                         const std::string& parent = "", const std::string& kind = "communique");
  // A clause "DOC/NUMBER" of the most recently added document `doc`.
  ModelBuilder& clause(const std::string& doc, const std::string& number, const std::string& text,
                       const std::vector<EntitySpec>& entities = {});
  // Members by clause id, in the order given (date order, as align makes them).
  ModelBuilder& thread(const std::string& id,
                       const std::vector<std::pair<std::string, Change>>& members,
                       const std::string& label = "");
  // The corpus, its series ordered into sessions (pipeline::order_series).
  Corpus build() const;

 private:
  Corpus corpus_;
};

}  // namespace ct::test

// What a draft check analyses whole: the drafts and the newest sessions of
// their series, and the documents citing a report a draft cites; the others
// are cut to their opening lines (before the first paragraph-long line).
#include "pipeline/draft_scope.h"

#include <catch2/catch.hpp>
#include <memory>

using namespace ct;

namespace {

Document doc(const std::string& id, const std::string& series, const std::string& date,
             const std::string& text) {
  Document d;
  d.id = id;
  d.series = series;
  d.date = date;
  d.text = std::make_shared<SourceText>(id + ".txt", text);
  d.end = text.size();
  return d;
}

const std::string kParagraph(200, 'x');

}  // namespace

TEST_CASE("cut_to_opening keeps the lines before the first paragraph", "[pipeline][draft]") {
  std::string text = "S/RES/1 (2020)\n\nResolution 1 (2020)\n\nAdopted on 1 May 2020\n\n" +
                     kParagraph + "\n\n1. Decides.\n";
  Document d = doc("a", "s", "2020-05-01", text);
  pipeline::cut_to_opening(d);
  CHECK(d.whole_end == text.size());
  CHECK(std::string(d.text->view().substr(0, d.end)).find("Adopted on 1 May 2020") !=
        std::string::npos);
  CHECK(d.end <= text.find(kParagraph));
}

TEST_CASE("draft_scope: the newest sessions aligned, citing texts whole, the rest opening",
          "[pipeline][draft]") {
  Corpus c;
  for (int y = 2010; y < 2020; ++y)
    c.documents.push_back(
        doc("s" + std::to_string(y), "s", std::to_string(y) + "-01-01", "text of the series\n"));
  c.documents.push_back(doc("t1", "t", "2015-01-01", "cites the report (S/2019/5)\n"));
  c.documents.push_back(doc("t2", "t", "2016-01-01", "cites another (S/2019/50)\n"));
  c.documents.push_back(doc("draft", "s", "2021-01-01", "the draft (S/2019/5)\n"));
  const std::size_t draft = c.documents.size() - 1;
  auto scope = pipeline::draft_scope(c, {"s"}, {draft}, 3, {"S/2019/5"});
  // The draft and 2017, 2018, 2019.
  CHECK(scope.aligned == std::vector<std::size_t>{7, 8, 9, draft});
  // "S/2019/5" in t1, not in t2's "S/2019/50".
  CHECK(scope.whole == std::vector<std::size_t>{10});
  CHECK(scope.opening_only.size() == 8);
}

// TokenForms: forms once handed out stay where they are while more are added,
// and a clause that holds its forms keeps its tokens readable after the
// Analyzer that made them is gone.
#include "model/token_forms.h"

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "model/corpus.h"
#include "support/test_support.h"
#include "text/analyzer_set.h"

using namespace ct;

TEST_CASE("forms handed out stay valid while many more are added", "[model][forms]") {
  TokenForms forms;
  std::vector<std::string> want;
  std::vector<std::string_view> got;
  // Well past one chunk, with a few forms longer than a quarter of one.
  for (int i = 0; i < 20000; ++i) {
    std::string s = "form" + std::to_string(i);
    if (i % 5000 == 7) s.append(40000, 'x');
    want.push_back(s);
    got.push_back(forms.add(s));
  }
  for (std::size_t i = 0; i < want.size(); ++i) REQUIRE(got[i] == want[i]);
  CHECK(forms.add("").empty());
}

TEST_CASE("a clause keeps its token forms after its analyzer is gone", "[model][forms]") {
  Clause c;
  c.text = "The Council Demands the immediate release";
  {
    text::AnalyzerSet analyzers = analyzers_for(test::rules());
    auto copy = std::make_unique<Clause>();
    copy->text = c.text;
    copy->tokens = analyzers.get("en").tokenize(copy->text);
    copy->forms = analyzers.get("en").forms();
    c = *copy;  // a copy, out of the analyzer's scope and of the original's
  }
  REQUIRE(c.tokens.size() == 6);
  CHECK(c.tokens[2].fold == "demands");
  CHECK(c.tokens[2].stem == "demand");
  CHECK(c.tokens[5].fold == "release");
}

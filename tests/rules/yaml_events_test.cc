// libyaml's reading of YAML gives the nodes yaml-cpp's would: the same tree,
// values and marks, for every YAML file of the project and for the corners
// of the syntax; text libyaml rejects is left to yaml-cpp.
#include "rules/yaml_events.h"

#include <catch2/catch.hpp>
#include <filesystem>

#include "rules/yaml_util.h"
#include "support/test_support.h"

namespace {

namespace fs = std::filesystem;

// Empty when `a` (yaml-cpp's) and `b` are the same tree with the same marks,
// else where they first differ. An empty value is marked where the next node
// starts: on yaml-cpp's line, its column may differ (yaml-cpp marks the next
// token, a dash or a comma, which libyaml's events do not show).
std::string difference(const YAML::Node& a, const YAML::Node& b, const std::string& at) {
  if (a.Type() != b.Type()) return at + ": type";
  if (a.Mark().line != b.Mark().line || (!a.IsNull() && a.Mark().column != b.Mark().column))
    return at + ": mark " + std::to_string(a.Mark().line) + ":" + std::to_string(a.Mark().column) +
           " vs " + std::to_string(b.Mark().line) + ":" + std::to_string(b.Mark().column);
  if (a.IsScalar()) return a.Scalar() == b.Scalar() ? "" : at + ": '" + a.Scalar() + "'";
  if (a.size() != b.size()) return at + ": size";
  if (a.IsSequence()) {
    for (std::size_t i = 0; i < a.size(); ++i)
      if (auto d = difference(a[i], b[i], at + "/" + std::to_string(i)); !d.empty()) return d;
  } else if (a.IsMap()) {
    for (auto ia = a.begin(), ib = b.begin(); ia != a.end(); ++ia, ++ib) {
      if (auto d = difference(ia->first, ib->first, at + "/key"); !d.empty()) return d;
      if (auto d = difference(ia->second, ib->second, at + "/" + ia->first.as<std::string>("?"));
          !d.empty())
        return d;
    }
  }
  return "";
}

void check_same(const std::string& text, const std::string& what) {
  INFO(what);
  auto fast = ct::yaml::parse_with_libyaml(text);
  REQUIRE(fast);
  CHECK(difference(YAML::Load(text), *fast, "") == "");
}

}  // namespace

TEST_CASE("libyaml reads every YAML file of the project as yaml-cpp does", "[rules][yaml]") {
  int files = 0;
  for (const char* folder : {"rules", "corpus", "tests", "fuzz/corpus"})
    for (const auto& e : fs::recursive_directory_iterator(ct::test::source_dir() + "/" + folder))
      if (e.is_regular_file() &&
          (e.path().extension() == ".yaml" || e.path().extension() == ".yml")) {
        check_same(ct::test::read_file(e.path().string()), e.path().string());
        ++files;
      }
  CHECK(files >= 20);
}

TEST_CASE("libyaml reads the corners of the syntax as yaml-cpp does", "[rules][yaml]") {
  const char* cases[] = {
      "",
      "# only a comment\n",
      "a: 1\nb:\nc: ~\nd: null\ne: 'null'\nf: \"~\"\ng: !!str null\n",
      "list:\n- a\n- b\nnested:\n  - [x, y, {k: v}]\n  - {}\n  - []\n",
      "base: &b {x: 1, y: [2, 3]}\nuse: *b\nseq: &s [a]\nagain: [*s, *s]\n",
      "folded: >\n  one\n  two\n\n  three\nliteral: |-\n  keep\n   this\nkeep: |+\n  x\n\n",
      "q: \"tab\\tnew\\nline \\u00e9 \\\\\"\ns: 'it''s'\nplain: multi\n  line words\n",
      "dup: 1\ndup: 2\n? complex\n: value\n",
      "\xC3\xA9t\xC3\xA9: \"\xC3\xA0 la\"\nnoms: [\xC3\xA9, \xC3\xA8, b]\n",
      "first: doc\n---\nsecond: doc\n",
      "---\n- top\n- list\n...\n",
      "k:   \n  - indented\n  -   spaced\n  -\n  - last\n",
      "x: {a: , b: }\nz: {c: }\n",
  };
  for (const char* text : cases) check_same(text, text);
}

TEST_CASE("text libyaml rejects is left to yaml-cpp", "[rules][yaml]") {
  // Empty items of a flow list: libyaml rejects them, yaml-cpp reads nulls.
  CHECK_FALSE(ct::yaml::parse_with_libyaml("y: [a, , b]\n"));
  CHECK(ct::yaml::load_string("y: [a, , b]\n", "flow.yaml")["y"].size() == 3);
  for (const char* text : {"a: [b\n", "a: b: c\n", "- a\nb: c\n", "x: *missing\n"})
    CHECK_FALSE(ct::yaml::parse_with_libyaml(text));
  std::string deep = std::string(1000, '[') + std::string(1000, ']');
  CHECK_FALSE(ct::yaml::parse_with_libyaml(deep));
}

// Gazetteer searches: a name or acronym counts only from the start of a word
// to the end of one, and the longest match at a start decides (a longer
// name running into a word hides the shorter one there).
#include "rules/gazetteer.h"

#include <catch2/catch.hpp>

using ct::EntityType;
using ct::Gazetteer;

namespace {

std::vector<std::string> ids(const Gazetteer& g, const std::vector<Gazetteer::Match>& ms) {
  std::vector<std::string> out;
  for (const auto& m : ms) out.push_back(g.entry(m.entry).id + "@" + std::to_string(m.begin));
  return out;
}

}  // namespace

TEST_CASE("gazetteer names start and end at word boundaries", "[rules][gazetteer]") {
  Gazetteer g;
  std::size_t un = g.add({"UN", EntityType::Organization, "", false, false});
  std::size_t undp = g.add({"UNDP", EntityType::Organization, "", false, false});
  std::size_t sc = g.add({"SC", EntityType::Organization, "", false, false});
  g.add_name(un, "United Nations");
  g.add_name(undp, "United Nations Development Programme");
  g.add_name(sc, "Security Council");
  g.add_acronym(un, "en", "UN");
  g.add_acronym(un, "en", "UN-Women");
  g.add_acronym(sc, "en", "#SC");  // starts with no letter: every start is tried
  g.build({"en"});

  using V = std::vector<std::string>;
  CHECK(ids(g, g.find_names("the united nations development programme")) == V{"UNDP@4"});
  // The longest name at "united" ends inside "programmes": nothing there.
  CHECK(ids(g, g.find_names("the united nations development programmes, united nations")) ==
        V{"UN@43"});
  CHECK(ids(g, g.find_names("reunited nations; united nationsx; (united - nations)")).size() == 1);
  CHECK(ids(g, g.find_names("(united - nations)")) == V{"UN@1"});
  CHECK(ids(g, g.find_names("security council, the security councils")) == V{"SC@0"});
  // A match `accept` refuses lets the next word be tried.
  auto second = g.find_names("united nations and united nations",
                             [](const Gazetteer::Match& m) { return m.begin > 0; });
  CHECK(ids(g, second) == V{"UN@19"});
  CHECK(ids(g, g.find_acronyms("UNWomen, UN-Women and UN.", "en")) == V{"UN@9", "UN@22"});
  CHECK(ids(g, g.find_acronyms("x#SC #SC #SCx", "")) == V{"SC@5"});
}

// Gazetteer searches: a name or acronym counts only from the start of a word
// to the end of one, and the longest match at a start decides (a longer
// name running into a word hides the shorter one there).
#include "rules/gazetteer.h"

#include <catch2/catch.hpp>
#include <random>
#include <set>

#include "text/utf8.h"

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

namespace {

// The bounded search as it ran before the word tables: at each word start
// whose word is a first word, the alternation's longest match anchored there
// (RE2, leftmost-longest), kept when its end touches no letter or digit.
// `alternatives`: patterns; `firsts`: their first words.
std::vector<std::pair<std::size_t, std::size_t>> by_alternation(
    const std::vector<std::string>& alternatives, const std::set<std::string>& firsts,
    std::string_view s) {
  std::string p = "(?:";
  for (std::size_t n = 0; n < alternatives.size(); ++n) p += (n ? "|" : "") + alternatives[n];
  p += ")";
  re2::RE2::Options opt;
  opt.set_longest_match(true);
  re2::RE2 re(p, opt);
  auto word = [&](std::size_t i) {
    if (i >= s.size()) return false;
    std::size_t j = i;
    char32_t c = ct::text::decode(s, j);
    return ct::text::is_letter(c) || ct::text::is_digit(c);
  };
  auto before = [&](std::size_t i) {
    if (i == 0) return false;
    std::size_t k = i - 1;
    while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
    return word(k);
  };
  auto end_of = [&](std::size_t i) {
    while (word(i)) {
      ct::text::decode(s, i);
    }
    return i;
  };
  std::vector<std::pair<std::size_t, std::size_t>> out;
  re2::StringPiece input(s.data(), s.size()), m;
  for (std::size_t i = 0; i < s.size();) {
    if (!word(i) || before(i)) {
      ct::text::decode(s, i);
      continue;
    }
    std::size_t end = end_of(i);
    if (firsts.count(std::string(s.substr(i, end - i))) &&
        re.Match(input, i, s.size(), re2::RE2::ANCHOR_START, &m, 1)) {
      std::size_t e = i + m.size();
      if (e > i && !word(e)) {
        out.emplace_back(i, e);
        i = e;
        continue;
      }
    }
    i = end;
  }
  return out;
}

}  // namespace

TEST_CASE("gazetteer word tables find what the alternation found", "[rules][gazetteer]") {
  // Names sharing first words, names that are prefixes of others, words
  // that are prefixes of others, and letters beyond ASCII (folded: as the
  // gazetteer keeps them).
  std::vector<std::vector<std::string>> names = {
      {"united", "nations"},
      {"united", "nations", "development"},
      {"united", "nations", "development", "programme"},
      {"united", "kingdom"},
      {"sudan"},
      {"south", "sudan"},
      {"sudanese", "armed", "forces"},
      {"cote", "d", "ivoire"},
      {"южныи", "судан"},
      {"судан"},
      {"nations"},
      {"un"},
      {"unmiss"},
      {"a", "b", "c", "d"},
      {"a", "b"},
      {"b", "c"},
      {"ab"},
      {"я"},
      {"яя", "x"},
  };
  Gazetteer g;
  for (std::size_t n = 0; n < names.size(); ++n) {
    std::size_t e = g.add({"E" + std::to_string(n), EntityType::Organization, "", false, false});
    std::string name;
    for (const auto& w : names[n]) name += (name.empty() ? "" : " ") + w;
    g.add_name(e, name);
  }
  g.build({"en"});
  std::vector<std::string> alternatives;
  std::set<std::string> firsts;
  for (const auto& name : names) {
    std::string p;
    for (std::size_t w = 0; w < name.size(); ++w)
      p += (w ? R"([\s\-'().,/&]+)" : "") + re2::RE2::QuoteMeta(name[w]);
    alternatives.push_back(p);
    firsts.insert(name.front());
  }
  // Texts of those words, their pieces and longer words, joined by
  // separators of names and other characters.
  std::vector<std::string> words = {
      "united", "nations", "development", "programme", "programmes", "kingdom", "sudan", "sudanese",
      "south",  "armed",   "forces",      "cote",      "d",          "ivoire",  "южныи", "судан",
      "судана", "un",      "unmiss",      "unit",      "a",          "b",       "c",     "ab",
      "abc",    "я",       "яя",          "x",         "nation",     "2019",    "é"};
  std::vector<std::string> joints = {" ", "  ",  "-", " - ", "'", "(", ") ", ".", ",",
                                     "/", " & ", "’", "—",   ";", "",  "\t", "\n"};
  std::mt19937 rng(17);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    int n = 1 + static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) {
      if (k) text += joints[rng() % joints.size()];
      text += words[rng() % words.size()];
    }
    std::vector<std::pair<std::size_t, std::size_t>> found;
    for (const auto& m : g.find_names(text)) found.emplace_back(m.begin, m.end);
    INFO(text);
    REQUIRE(found == by_alternation(alternatives, firsts, text));
  }
}

TEST_CASE("gazetteer acronym tables find what the alternation found", "[rules][gazetteer]") {
  // Acronyms as written: with signs after their first word, one a prefix
  // of another.
  std::vector<std::string> acronyms = {"UN",   "UN-Women", "UNDP",  "UNMISS", "P5+1", "P5",
                                       "G-20", "G",        "S/RES", "AU-UN",  "ЕС"};
  Gazetteer g;
  std::vector<std::string> alternatives;
  std::set<std::string> firsts;
  for (const std::string& a : acronyms) {
    std::size_t e = g.add({a, EntityType::Organization, "", false, false});
    g.add_acronym(e, "en", a);
    alternatives.push_back(re2::RE2::QuoteMeta(a));
    firsts.insert(a.substr(0, a.find_first_of("-+/")));
  }
  g.build({"en"});
  std::vector<std::string> words = {"UN", "Women", "UNDP", "UNMISS", "UNMISSx", "P5",  "1", "G",
                                    "20", "S",     "RES",  "AU",     "ЕС",      "ЕСx", "x"};
  std::vector<std::string> joints = {" ", "-", "+", "/", "", ", ", "’", "."};
  std::mt19937 rng(17);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    int n = 1 + static_cast<int>(rng() % 10);
    for (int k = 0; k < n; ++k) {
      if (k) text += joints[rng() % joints.size()];
      text += words[rng() % words.size()];
    }
    std::vector<std::pair<std::size_t, std::size_t>> found;
    for (const auto& m : g.find_acronyms(text, "en")) found.emplace_back(m.begin, m.end);
    INFO(text);
    REQUIRE(found == by_alternation(alternatives, firsts, text));
  }
}

// A clause of thousands of dates, symbols, sessions, meetings and reports
// gives the entities its pieces give one by one: the finders look entities
// up by position (binary searches, one pass) instead of rescanning the
// clause, and must find exactly what they found before. Correctness only;
// speed is measured by bench/long_input.sh.
#include <catch2/catch.hpp>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "support/clause_fixture.h"

using namespace ct;
using namespace ct::test;

namespace {

const char* const kMonths[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};

// Piece i: a few kinds of entities, closed by "; " so that no cue, list or
// body reaches into the next piece.
std::string piece(int i) {
  int y = 1990 + i % 30, d = 1 + i % 27;
  std::string m = kMonths[i % 12], m2 = kMonths[(i + 3) % 12];
  return "recalling the meetings of the Security Council held on " + std::to_string(d) + " " + m +
         " " + std::to_string(y) + " and " + std::to_string(d + 1) + " " + m + " " +
         std::to_string(y) + ", resolution " + std::to_string(1000 + i % 999) + " (" +
         std::to_string(y) + "), document S/" + std::to_string(y) + "/" +
         std::to_string(100 + i % 900) + ", the report of the Secretary-General dated " +
         std::to_string(d) + " " + m2 + " " + std::to_string(y) + ", the " +
         std::to_string(1 + i % 70) + "th session of the General Assembly held in New York on " +
         std::to_string(d) + " " + m2 + " " + std::to_string(y) + "; ";
}

std::string describe(const Entity& e) {
  std::string s = std::string(name(e.type)) + " " + std::to_string(e.begin) + "-" +
                  std::to_string(e.end) + " " + e.value + " '" + e.text + "'";
  for (const auto& [k, v] : e.attrs) s += " " + k + "=" + v;
  for (const auto& f : e.flags) s += " #" + f;
  return s;
}

}  // namespace

TEST_CASE("A clause of 5,000 dates gives the entities of its pieces", "[extract][long]") {
  constexpr int kPieces = 1700;  // three dates each, and a fourth in a meeting
  std::string text;
  std::vector<std::string> expected;
  std::map<std::string, std::vector<Entity>> alone;  // pieces repeat: extract each once
  std::size_t dates = 0;
  for (int i = 0; i < kPieces; ++i) {
    std::string p = piece(i);
    auto it = alone.find(p);
    if (it == alone.end()) it = alone.emplace(p, entities_of(p, "en")).first;
    for (Entity e : it->second) {
      e.begin += text.size();
      e.end += text.size();
      dates += e.type == EntityType::Date;
      expected.push_back(describe(e));
    }
    text += p;
  }
  REQUIRE(dates >= 5000);
  std::vector<Entity> found = entities_of(text, "en");
  std::vector<std::string> got;
  for (const Entity& e : found) got.push_back(describe(e));
  REQUIRE(got.size() == expected.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    INFO("entity " << i);
    REQUIRE(got[i] == expected[i]);
  }
}

TEST_CASE("A long list of meeting dates is one list", "[extract][long]") {
  // One cue, then 3,000 dates joined by the separator: 3,000 meetings.
  std::string text = "Recalling the meetings of the Security Council held on ";
  std::vector<std::string> want;
  for (int i = 0; i < 3000; ++i) {
    int y = 1950 + i / 336, m = 1 + (i / 28) % 12, d = 1 + i % 28;
    if (i > 0) text += ", ";
    text += std::to_string(d) + " " + kMonths[m - 1] + " " + std::to_string(y);
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, d);
    want.push_back(std::string("UNSC@") + iso);
  }
  text += ";";
  auto es = entities_of(text, "en");
  CHECK(values(es, "date").size() == 3000);
  CHECK(values(es, "meeting") == want);
}

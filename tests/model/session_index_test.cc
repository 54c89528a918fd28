// counted_sessions (model/session_index.h): the sessions an item is measured
// against, by the strands of the sessions it was seen in.
#include "model/session_index.h"

#include <catch2/catch.hpp>

using ct::counted_sessions;
using ct::Series;
using V = std::vector<std::size_t>;

namespace {

// A series whose sessions have the given strands.
Series with_strands(const std::vector<int>& strands) {
  Series s;
  for (int st : strands) {
    ct::Session ses;
    ses.strand = st;
    s.sessions.push_back(ses);
  }
  return s;
}

}  // namespace

TEST_CASE("an item is measured against the sessions of its strands", "[model][strands]") {
  //                    0  1  2  3  4   5  6  7
  Series s = with_strands({0, 1, 0, 1, -1, 0, 1, 0});
  CHECK(counted_sessions(s, {0, 2}) == V{0, 2, 5, 7});
  CHECK(counted_sessions(s, {1, 3}) == V{1, 3, 6});  // alive: 7 is one step past its last
  CHECK(counted_sessions(s, {0, 3}) == V{0, 1, 2, 3, 5, 6, 7});
  // A text in no strand counts as itself beside a strand...
  CHECK(counted_sessions(s, {4, 5}) == V{0, 2, 4, 5, 7});
  // ... and alone (or nothing seen), every session counts.
  CHECK(counted_sessions(s, {4}) == V{0, 1, 2, 3, 4, 5, 6, 7});
  CHECK(counted_sessions(s, {}) == V{0, 1, 2, 3, 4, 5, 6, 7});
}

TEST_CASE("a strand the series has gone past has ended", "[model][strands]") {
  //                    0  1  2  3  4  5  6  7
  Series s = with_strands({0, 1, 0, 1, 0, 0, 0, 0});
  // Strand 1 came every two sessions; four sessions have passed since its
  // last: what it held is measured against the newest session too.
  CHECK(counted_sessions(s, {1}) == V{1, 3, 7});
  CHECK(counted_sessions(s, {0}) == V{0, 2, 4, 5, 6, 7});
}

TEST_CASE("a partial session (a rollover) counts only for what it holds", "[model][strands]") {
  // One strand-less series with a rollover at 2; two strands with one at 3.
  Series one = with_strands({-1, -1, -1, -1});
  one.sessions[2].partial = true;
  CHECK(counted_sessions(one, {0, 1, 3}) == V{0, 1, 3});
  CHECK(counted_sessions(one, {1, 2}) == V{0, 1, 2, 3});
  Series two = with_strands({0, 1, 0, 0, 1, 0});
  two.sessions[3].partial = true;
  CHECK(counted_sessions(two, {0, 2, 5}) == V{0, 2, 5});
  CHECK(counted_sessions(two, {0, 3}) == V{0, 2, 3, 5});
}

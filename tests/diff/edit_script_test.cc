// edit_script: the script dtl::Diff<unsigned> composes in unserious mode, on
// random sequences (many repeats, so that equal-cost scripts compete), and
// past the path budget.
#include "diff/edit_script.h"

#include <catch2/catch.hpp>
#include <dtl/dtl.hpp>
#include <random>

using namespace ct;
using diff::Edit;

namespace {

// dtl's script, without the element past the end that its unserious mode
// records for a sequence already used up (word_diff skips it too).
std::vector<Edit> dtl_script(const std::vector<unsigned>& a, const std::vector<unsigned>& b) {
  dtl::Diff<unsigned> d(a, b);
  d.onUnserious();
  d.compose();
  std::vector<Edit> out;
  std::size_t i = 0, j = 0;
  for (const auto& [word, info] : d.getSes().getSequence()) {
    if (info.type == dtl::SES_COMMON && i < a.size() && j < b.size()) {
      out.push_back(Edit::Common);
      ++i, ++j;
    } else if (info.type == dtl::SES_DELETE && i < a.size()) {
      out.push_back(Edit::Delete);
      ++i;
    } else if (info.type == dtl::SES_ADD && j < b.size()) {
      out.push_back(Edit::Add);
      ++j;
    }
  }
  return out;
}

std::vector<unsigned> random_words(std::mt19937& rng, std::size_t n, unsigned alphabet) {
  std::vector<unsigned> v(n);
  for (auto& x : v) x = static_cast<unsigned>(rng() % alphabet);
  return v;
}

}  // namespace

TEST_CASE("edit_script: a small example", "[diff]") {
  CHECK(diff::edit_script({1, 2, 3}, {1, 3}) ==
        std::vector<Edit>{Edit::Common, Edit::Delete, Edit::Common});
  CHECK(diff::edit_script({}, {4}) == std::vector<Edit>{Edit::Add});
  CHECK(diff::edit_script({4}, {}) == std::vector<Edit>{Edit::Delete});
}

TEST_CASE("edit_script: the same script as dtl", "[diff]") {
  std::mt19937 rng(20261207);
  for (int round = 0; round < 3000; ++round) {
    const unsigned alphabet = 1 + static_cast<unsigned>(rng() % 6);
    std::vector<unsigned> a = random_words(rng, rng() % 40, alphabet);
    // Often an edited copy of `a`, as clause versions are.
    std::vector<unsigned> b = a;
    if (round % 3 == 0) {
      b = random_words(rng, rng() % 40, alphabet);
    } else {
      for (int e = static_cast<int>(rng() % 5); e > 0; --e) {
        const std::size_t at = b.empty() ? 0 : rng() % (b.size() + 1);
        if (rng() % 2 && at < b.size())
          b.erase(b.begin() + static_cast<long>(at));
        else
          b.insert(b.begin() + static_cast<long>(at), static_cast<unsigned>(rng() % alphabet));
      }
    }
    INFO("round " << round);
    REQUIRE(diff::edit_script(a, b) == dtl_script(a, b));
  }
}

TEST_CASE("edit_script: past the path budget, as dtl", "[diff]") {
  std::mt19937 rng(7);
  // Two long unrelated texts: some 3,000 deletions, past 2,000,000 points.
  const std::vector<unsigned> a = random_words(rng, 3000, 5000);
  const std::vector<unsigned> b = random_words(rng, 3100, 5000);
  const std::vector<Edit> script = diff::edit_script(a, b);
  CHECK(script == dtl_script(a, b));
  CHECK(script.size() >= a.size());
}

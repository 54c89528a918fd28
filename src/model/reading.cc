// Furniture and the reading order of threads.
#include "model/reading.h"

#include <algorithm>

namespace ct {

bool is_furniture(Role r) {
  return r == Role::Title || r == Role::Heading || r == Role::Signature || r == Role::Other;
}

bool is_furniture(const Corpus& corpus, const Thread& t) {
  if (t.members.empty()) return false;
  for (const ThreadMember& m : t.members)
    if (!is_furniture(corpus.clauses[m.clause].role)) return false;
  return true;
}

int reading_rank(const Corpus& corpus, const Thread& t) {
  bool changed = false;
  for (const ThreadMember& m : t.members)
    changed |= m.change != Change::First && m.change != Change::Unchanged &&
               m.change != Change::Translated;
  int rank = 0;
  switch (t.status) {
    case Status::Persistent:
      rank = changed ? 0 : 4;
      break;
    case Status::Modified:
      rank = 0;
      break;
    case Status::Dropped:
      rank = 1;
      break;
    case Status::New:
      rank = 2;
      break;
    case Status::Intermittent:
      rank = 3;
      break;
  }
  // A thread of one clause is followed after those that carry over.
  if (t.members.size() < 2 && rank < 4) rank += 5;
  return is_furniture(corpus, t) ? rank + 10 : rank;
}

void sort_for_reading(const Corpus& corpus, std::vector<std::size_t>& threads) {
  std::vector<std::pair<int, std::size_t>> keyed;
  keyed.reserve(threads.size());
  for (std::size_t t : threads) keyed.emplace_back(reading_rank(corpus, corpus.threads[t]), t);
  std::stable_sort(keyed.begin(), keyed.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (std::size_t i = 0; i < keyed.size(); ++i) threads[i] = keyed[i].second;
}

}  // namespace ct

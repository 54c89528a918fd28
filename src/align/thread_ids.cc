// Thread ids from a hash of the first member's clause id, collisions
// resolved by the members' clause ids.
#include "align/thread_ids.h"

#include <algorithm>
#include <compare>

#include "util/hash.h"
#include "util/unique_names.h"

namespace ct::align {

namespace {

constexpr std::string_view kDigits = "0123456789abcdefghijklmnopqrstuvwxyz";

std::string base36(std::uint64_t v) {
  std::string out;
  do {
    out.insert(out.begin(), kDigits[v % 36]);
    v /= 36;
  } while (v > 0);
  return out;
}

}  // namespace

std::string thread_id_base(std::string_view clause_id, int width) {
  width = std::clamp(width, 1, 12);  // 36^12 < 2^64
  std::uint64_t h = fnv1a64(clause_id);
  std::string digits(static_cast<std::size_t>(width), '0');
  for (int k = width - 1; k >= 0; --k) {
    digits[static_cast<std::size_t>(k)] = kDigits[h % 36];
    h /= 36;
  }
  return "t" + digits;
}

void assign_thread_ids(std::vector<Thread>& threads, const std::vector<Clause>& clauses,
                       int width) {
  std::vector<std::string> ids(threads.size());
  for (std::size_t t = 0; t < threads.size(); ++t)
    ids[t] = thread_id_base(clauses[threads[t].members.front().clause].id, width);
  // The members' clause ids in order, then the place in `threads`.
  auto before = [&](std::size_t a, std::size_t b) {
    const auto& ma = threads[a].members;
    const auto& mb = threads[b].members;
    const auto order = std::lexicographical_compare_three_way(
        ma.begin(), ma.end(), mb.begin(), mb.end(),
        [&](const ThreadMember& x, const ThreadMember& y) {
          return clauses[x.clause].id <=> clauses[y.clause].id;
        });
    return order != 0 ? order < 0 : a < b;
  };
  make_unique_names(ids, before, [](std::size_t k) { return base36(k); });
  for (std::size_t t = 0; t < threads.size(); ++t) threads[t].id = std::move(ids[t]);
}

}  // namespace ct::align

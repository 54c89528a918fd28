// Thread ids from the first member's clause id (align/thread_ids.h): the
// form, independence from the other threads and their order, and the
// resolution of collisions, forced with a one-digit hash.
#include "align/thread_ids.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

using namespace ct;

namespace {

// Clauses named by `ids`; a thread per member list (indices into them).
struct Threads {
  std::vector<Clause> clauses;
  std::vector<Thread> threads;
};

Threads make(const std::vector<std::string>& ids, const std::vector<std::vector<std::size_t>>& ts) {
  Threads out;
  for (const auto& id : ids) {
    Clause c;
    c.id = id;
    out.clauses.push_back(c);
  }
  for (const auto& members : ts) {
    Thread t;
    for (std::size_t m : members) {
      ThreadMember tm;
      tm.clause = m;
      t.members.push_back(tm);
    }
    out.threads.push_back(t);
  }
  return out;
}

// Thread id by its members' clause ids joined with spaces.
std::map<std::string, std::string> ids_by_members(const Threads& x) {
  std::map<std::string, std::string> out;
  for (const Thread& t : x.threads) {
    std::string key;
    for (const auto& m : t.members) key += x.clauses[m.clause].id + " ";
    out[key] = t.id;
  }
  return out;
}

}  // namespace

TEST_CASE("thread id base: t and fixed-width base 36 of the clause id", "[align][ids]") {
  const std::regex form("t[0-9a-z]{7}");
  std::set<std::string> seen;
  for (int k = 0; k < 500; ++k) {
    std::string id = align::thread_id_base("sres-" + std::to_string(k) + "/1");
    CHECK(std::regex_match(id, form));
    seen.insert(id);
  }
  CHECK(seen.size() == 500);
  CHECK(align::thread_id_base("doc/1") == align::thread_id_base("doc/1"));
  CHECK(align::thread_id_base("doc/1") != align::thread_id_base("doc/2"));
  CHECK(align::thread_id_base("doc/1", 3).size() == 4);
  CHECK(align::thread_id_base("doc/1", 12).size() == 13);
}

TEST_CASE("thread ids do not depend on the other threads or their order", "[align][ids]") {
  // Clause 0 was split: the first member of two threads.
  Threads x =
      make({"a/1", "a/2", "a/3", "b/1", "b/2", "b/3"}, {{0, 3}, {0, 4}, {1, 4}, {2, 5}, {5}});
  align::assign_thread_ids(x.threads, x.clauses);
  auto before = ids_by_members(x);
  std::set<std::string> distinct;
  for (const Thread& t : x.threads) {
    CHECK(std::regex_match(t.id, std::regex("t[0-9a-z]+")));
    distinct.insert(t.id);
  }
  CHECK(distinct.size() == x.threads.size());
  // The split clause's threads: the one whose next member's id is first
  // keeps the base, the other has a suffix.
  const std::string base = align::thread_id_base("a/1");
  CHECK(before["a/1 b/1 "] == base);
  CHECK(before["a/1 b/2 "] == base + "1");

  // Reversed, and a thread of another document added in front: every id stays.
  Threads y = make({"a/1", "a/2", "a/3", "b/1", "b/2", "b/3", "0/9"},
                   {{6}, {5}, {2, 5}, {1, 4}, {0, 4}, {0, 3}});
  align::assign_thread_ids(y.threads, y.clauses);
  auto after = ids_by_members(y);
  for (const auto& [members, id] : before) CHECK(after[members] == id);
  CHECK(after["0/9 "] == align::thread_id_base("0/9"));
}

TEST_CASE("colliding thread ids are resolved by the members' clause ids", "[align][ids]") {
  // One base-36 digit: 36 bases for 200 threads, so most collide.
  std::vector<std::string> ids;
  std::vector<std::vector<std::size_t>> ts;
  for (std::size_t k = 0; k < 200; ++k) {
    ids.push_back("d" + std::to_string(k) + "/1");
    ts.push_back({k});
  }
  Threads x = make(ids, ts);
  align::assign_thread_ids(x.threads, x.clauses, 1);
  std::set<std::string> distinct;
  std::map<std::string, std::vector<std::string>> groups;  // base -> clause ids
  for (std::size_t k = 0; k < x.threads.size(); ++k) {
    const std::string& id = x.threads[k].id;
    CHECK(std::regex_match(id, std::regex("t[0-9a-z]+")));
    const std::string base = align::thread_id_base(ids[k], 1);
    CHECK(id.rfind(base, 0) == 0);
    distinct.insert(id);
    groups[base].push_back(ids[k]);
  }
  CHECK(distinct.size() == 200);
  CHECK(groups.size() < 200);
  // In each group the first clause id keeps the base, the next get 1, 2, ...
  auto got = ids_by_members(x);
  for (auto& [base, members] : groups) {
    std::sort(members.begin(), members.end());
    CHECK(got[members.front() + " "] == base);
    if (members.size() > 1) CHECK(got[members[1] + " "] == base + "1");
    if (members.size() > 10) CHECK(got[members[10] + " "] == base + "a");
  }

  // The same threads reversed: the same ids.
  Threads y = x;
  std::reverse(y.threads.begin(), y.threads.end());
  align::assign_thread_ids(y.threads, y.clauses, 1);
  CHECK(ids_by_members(y) == got);

  // The last thread of each group gone (a thread not yet there): the others
  // keep their ids. The first gone: the next one takes the base.
  std::set<std::string> lasts, firsts;
  for (const auto& [base, members] : groups) {
    lasts.insert(members.back());
    firsts.insert(members.front());
  }
  auto without = [&](const std::set<std::string>& gone) {
    Threads z = x;
    std::erase_if(z.threads,
                  [&](const Thread& t) { return gone.count(ids[t.members.front().clause]) > 0; });
    align::assign_thread_ids(z.threads, z.clauses, 1);
    return ids_by_members(z);
  };
  for (const auto& [members, id] : without(lasts)) CHECK(got[members] == id);
  auto shifted = without(firsts);
  for (auto& [base, members] : groups)
    if (members.size() > 1) CHECK(shifted[members[1] + " "] == base);
}

// Statements threaded on their own (align/statements.h): a sentence of a
// report's paragraph that a later report carries inside another paragraph
// joins a thread with it; sentences that only share words do not.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "support/test_support.h"

using namespace ct;
using namespace ct::test;

namespace {

const std::string kManifest =
    "series:\n  - id: wg\n    title: Working Group reports\ndocuments:\n"
    "  - {id: wg-2019, file: wg-2019.en.txt, series: wg, kind: report, language: en, date: "
    "2019-05-03}\n"
    "  - {id: wg-2020, file: wg-2020.en.txt, series: wg, kind: report, language: en, date: "
    "2020-05-05}\n";

const std::string kReport2019 =
    "Report of the meeting of the Working Group\n\n"
    "1. The meeting of the Working Group on the Northern Province was held in Geneva on 3 May "
    "2019 and was attended by the delegations of the member states.\n\n"
    "2. The delegations expressed their deep concern at the closure of the harbour and the "
    "railway to civilian traffic. They called for the immediate release of all political "
    "prisoners held in the fortress of the Northern Province since the elections.\n";

// The concern and the call are now two paragraphs apart, the call placed
// after a sentence it has nothing to do with.
std::string report_2020(const std::string& call) {
  return "Report of the meeting of the Working Group\n\n"
         "1. The meeting of the Working Group on the Northern Province was held in Geneva on 5 "
         "May 2020 and was attended by the delegations of the member states.\n\n"
         "2. The delegations expressed their deep concern at the closure of the harbour and the "
         "railway to civilian traffic.\n\n"
         "3. The Chair thanked the host country for the hospitality extended to the delegations "
         "during their stay. " +
         call + "\n";
}

// The 2019 report and a 2020 one ending with `call`, threaded.
Corpus two_reports(const TempDir& dir, const std::string& call) {
  return corpus_from(dir, {{"wg-2019.en.txt", kReport2019}, {"wg-2020.en.txt", report_2020(call)}},
                     kManifest);
}

bool share_thread(const Corpus& c, std::size_t a, std::size_t b) {
  for (const Thread& t : c.threads) {
    bool ha = false, hb = false;
    for (const ThreadMember& m : t.members) ha |= m.clause == a, hb |= m.clause == b;
    if (ha && hb) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("align: a sentence carried inside another paragraph joins its thread",
          "[align][statements]") {
  TempDir dir;
  Corpus c = two_reports(dir,
                         "They called for the immediate release of all political prisoners held "
                         "in the fortress of the Northern Province since the elections.");
  std::size_t both = clause_with(c, "wg-2019", "deep concern");
  std::size_t concern = clause_with(c, "wg-2020", "deep concern");
  std::size_t call = clause_with(c, "wg-2020", "thanked the host");
  CHECK(share_thread(c, both, concern));
  CHECK(share_thread(c, both, call));
  // The concern and the thanks are two statements: never one thread.
  CHECK_FALSE(share_thread(c, concern, call));
}

TEST_CASE("align: a sentence that only shares words with another stays apart",
          "[align][statements]") {
  TempDir dir;
  Corpus c = two_reports(dir,
                         "They visited the fortress of the Northern Province and the harbour "
                         "where the elections were held.");
  std::size_t both = clause_with(c, "wg-2019", "deep concern");
  std::size_t concern = clause_with(c, "wg-2020", "deep concern");
  std::size_t visit = clause_with(c, "wg-2020", "thanked the host");
  CHECK(share_thread(c, both, concern));
  CHECK_FALSE(share_thread(c, both, visit));
}

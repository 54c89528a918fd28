// Web-page and PDF chrome stripped by rules/chrome.yaml, and text that looks
// like chrome but belongs to the document kept.
#include <catch2/catch.hpp>

#include "support/segment_support.h"

using ct::Clause;
using ct::Role;
using ct::test::segment_text;
using ct::test::Segmented;

namespace {

bool any_contains(const Segmented& s, const std::string& part) {
  for (const Clause* c : s.clauses())
    if (c->text.find(part) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("a web page dump: navigation, banners, newsletter and footer removed",
          "[segment][chrome]") {
  Segmented s = segment_text(
      "Home > News > Statements\n\n"
      "Press Releases|\n\n"
      "Make a charitable donation to support our work today!\n\n"
      "Statement of the Contact Group on the Situation in the Region\n\n"
      "The Ministers met in Geneva on 4 May 2031 and reviewed the situation in the region.\n\n"
      "Share the burden of the humanitarian response, they said, is a duty of all states;\n\n"
      "Requested the Secretary General to report on the situation;\n\n"
      "Geneva, 4 May 2031\n\n"
      "NEWSLETTER\n"
      "Join the Example.org mailing list\n\n"
      "Close Search Window\n\n"
      "© 2031 Example.org. All rights reserved.\n",
      "en");
  INFO(s.dump());
  for (std::string junk : {"Home >", "Press Releases", "donation", "NEWSLETTER", "mailing list",
                           "Close Search", "©", "rights reserved"})
    CHECK_FALSE(any_contains(s, junk));
  CHECK(s.clauses().front()->role == Role::Title);
  CHECK(s.clauses().front()->text ==
        "Statement of the Contact Group on the Situation in the Region");
  // A line opening with a chrome word is text when the whole line is not chrome.
  CHECK(any_contains(s, "Share the burden of the humanitarian response"));
  REQUIRE(!s.with_role(Role::Signature).empty());
  CHECK(s.with_role(Role::Signature).front()->text == "Geneva, 4 May 2031");
}

TEST_CASE("PDF conversions: page numbers, running headers and separators removed",
          "[segment][chrome]") {
  std::string header = "Ministry of Foreign Affairs of the Republic";
  Segmented s = segment_text(header +
                                 "\n\n"
                                 "1. The delegation arrived on 3 June and met the Minister, who "
                                 "described the situation in\n\n"
                                 "- 2 -\n\n" +
                                 header +
                                 "\n\n"
                                 "the northern provinces in detail.\n\n"
                                 "2. The delegation then visited 12 camps.\n\n"
                                 "3\n\n" +
                                 header +
                                 "\n\n"
                                 "3. It left on 9 June.\n\n"
                                 "* * *\n\n"
                                 "4\n",
                             "en");
  INFO(s.dump());
  CHECK_FALSE(any_contains(s, "Ministry of Foreign Affairs"));
  CHECK_FALSE(any_contains(s, "- 2 -"));
  CHECK_FALSE(any_contains(s, "* * *"));
  REQUIRE(s.find("1") != nullptr);
  CHECK(s.find("1")->text ==
        "The delegation arrived on 3 June and met the Minister, who described the situation in the "
        "northern provinces in detail.");
  CHECK(s.find("2")->text == "The delegation then visited 12 camps.");
  CHECK(s.find("3")->text == "It left on 9 June.");
  CHECK(s.clauses().size() == 3);
}

TEST_CASE("a heading repeated before its numbered paragraphs is no running header",
          "[segment][chrome]") {
  // Twice "Other tasks", each time followed by the paragraph it heads; the
  // header repeated on page breaks is once followed by running text.
  std::string header = "Report of the Mission";
  Segmented s =
      segment_text(header +
                       "\n\n"
                       "1. Decides to extend the mandate of the Mission until 30 June, "
                       "and to review it in\n\n" +
                       header +
                       "\n\n"
                       "the light of the situation on the ground;\n\n"
                       "Other tasks\n\n"
                       "2. Requests the Mission to monitor the situation in the north;\n\n"
                       "Other tasks\n\n"
                       "3. Further requests the Mission to report every three months;\n",
                   "en");
  INFO(s.dump());
  CHECK_FALSE(any_contains(s, "Report of the Mission"));
  int headings = 0;
  for (const Clause* c : s.clauses()) headings += c->text == "Other tasks";
  CHECK(headings == 2);
  REQUIRE(s.find("2") != nullptr);
  CHECK(s.find("2")->text == "Requests the Mission to monitor the situation in the north;");
}

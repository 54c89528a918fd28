// Thread labels in the language of the clause they were taken from: the
// words carry that clause's lang and dir in the lifecycle rows, the thread
// cards and the "also in" links.
#include <catch2/catch.hpp>

#include "align/finalize.h"
#include "report/html_report.h"
#include "support/model_builder.h"
#include "support/test_support.h"

using namespace ct;
using namespace ct::test;

namespace {

// From `needle` to the next `end`: the row of a thread in the matrix, its
// card's heading.
std::string around(const std::string& html, const std::string& needle, const std::string& end) {
  std::size_t at = html.find(needle);
  REQUIRE(at != std::string::npos);
  return html.substr(at, html.find(end, at) - at);
}

Corpus gulf() {
  ModelBuilder b;
  b.series("gulf");
  for (const char* year : {"2021", "2022"}) {
    std::string en = std::string("en-") + year, ar = std::string("ar-") + year;
    b.document(en, "gulf", std::string(year) + "-03-02", "en", year);
    b.clause(en, "1", "Welcomes the mediation offered by the coastal States.");
    b.document(ar, "gulf", std::string(year) + "-03-02", "ar", year);
    b.clause(ar, "1", "يرحب بالوساطة التي عرضتها الدول الساحلية.");
    b.clause(ar, "2", "يطالب بالإفراج الفوري عن جميع الصيادين المحتجزين.");
  }
  // t1 in both languages, named after its English member (listed second);
  // t2 in Arabic only.
  b.thread("t1", {{"ar-2021/1", Change::First},
                  {"en-2021/1", Change::Translated},
                  {"ar-2022/1", Change::Unchanged},
                  {"en-2022/1", Change::Unchanged}})
      .thread("t2", {{"ar-2021/2", Change::First}, {"ar-2022/2", Change::Unchanged}});
  Corpus c = b.build();
  auto clause = [&](const std::string& id) -> const Clause& {
    for (const Clause& k : c.clauses)
      if (k.id == id) return k;
    FAIL("no clause " << id);
    return c.clauses.front();
  };
  c.threads[0].label = align::label_of(clause("en-2021/1"));
  c.threads[1].label = align::label_of(clause("ar-2021/2"));
  return c;
}

}  // namespace

TEST_CASE("a thread label carries the language and direction of its clause", "[report][labels]") {
  Corpus c = gulf();
  std::string html = report::html_report(c);
  std::string row1 = around(html, "data-row=\"t1\"", "</tr>");
  std::string row2 = around(html, "data-row=\"t2\"", "</tr>");
  INFO(row1 << "\n" << row2);
  CHECK(row1.find("<span class=\"tlabel\" lang=\"en\" dir=\"ltr\">Welcomes the mediation") !=
        std::string::npos);
  CHECK(row2.find("<span class=\"tlabel\" lang=\"ar\" dir=\"rtl\">يطالب") != std::string::npos);
  std::string card2 = around(html, "data-thread=\"t2\"", "</h4>");
  INFO(card2);
  CHECK(card2.find("lang=\"ar\" dir=\"rtl\"") != std::string::npos);
  // Every label on the page says its language.
  CHECK(count_of(html, "class=\"tlabel\"") >= 4);
}

TEST_CASE("a label that no member gives is shown without a language", "[report][labels]") {
  Corpus c = gulf();
  c.threads[1].label = "written by hand";
  std::string html = report::html_report(c);
  std::string row2 = around(html, "data-row=\"t2\"", "</tr>");
  INFO(row2);
  CHECK(row2.find("written by hand") != std::string::npos);
  CHECK(row2.find("tlabel") == std::string::npos);
}

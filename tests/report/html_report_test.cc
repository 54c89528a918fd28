// The HTML report as a view of the model: escaping of every corpus text,
// structure (sections in order, landmarks, unique anchors, no dead internal
// link, no external resource), the thread view (word diffs, change classes,
// links both ways), the lifecycle matrix, findings, and determinism.
#include "report/html_report.h"

#include <catch2/catch.hpp>
#include <regex>
#include <set>

#include "report/html_escape.h"
#include "support/report_corpus.h"
#include "support/test_support.h"

using namespace ct;
using namespace ct::test;

namespace {

std::vector<std::string> attr_values(const std::string& html, const std::string& attr) {
  std::vector<std::string> out;
  std::regex re("\\s" + attr + "=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), re); it != std::sregex_iterator();
       ++it)
    out.push_back((*it)[1]);
  return out;
}

// The element with id `id` (escaped as in the page), from its start tag to
// the end of the page: enough to look at what follows it.
std::string from_id(const std::string& html, const std::string& id) {
  std::size_t at = html.find("id=\"" + report::html_escape(id) + "\"");
  REQUIRE(at != std::string::npos);
  return html.substr(at);
}

// The version card of a clause: from its anchor to the next version card.
std::string version_card(const std::string& html, const std::string& clause_id) {
  std::string rest = from_id(html, "clause-" + clause_id);
  return rest.substr(0, rest.find("<div class=\"version", 10));
}

}  // namespace

TEST_CASE("every corpus text is escaped: an injected script stays text", "[report][html]") {
  ReportCorpus r = report_corpus();
  std::string html = report::html_report(r.corpus);
  // The page's own script is the only one.
  CHECK(count_of(html, "<script") == 1);
  CHECK(html.find("alert(1)</script>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  // Attribute-breaking quotes and ampersands from the corpus are escaped too.
  CHECK(html.find("&quot;warns&quot;") != std::string::npos);
  CHECK(html.find("&#39;tags&#39;") != std::string::npos);
  CHECK(html.find("Geneva &quot;Palais&quot; &amp; &lt;Annex&gt;") != std::string::npos);
  // Series titles, thread labels and finding messages are corpus text as well.
  CHECK(html.find("<b>communiqués</b>") == std::string::npos);
  CHECK(html.find("Alpha Group &lt;b&gt;communiqués&lt;/b&gt;") != std::string::npos);
  CHECK(html.find("A &lt;b&gt;banner&lt;/b&gt; quoted") != std::string::npos);
  CHECK(html.find("<i>itself</i>") == std::string::npos);
  CHECK(html.find("&lt;i&gt;itself&lt;/i&gt;") != std::string::npos);
}

TEST_CASE("html_escape escapes the five characters that matter", "[report][html]") {
  CHECK(report::html_escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;");
  CHECK(report::html_escape("Résolution n°8/48-POL") == "Résolution n°8/48-POL");
  // Control characters are not HTML (and not the report's own slot markers).
  CHECK(report::html_escape(std::string("a\x02slot:0\x03"
                                        "b\tc\n")) == "a\uFFFDslot:0\uFFFDb\tc\n");
  CHECK(report::html_escape("") == "");
}

TEST_CASE("the report is byte-identical for the same model", "[report][html]") {
  ReportCorpus r = report_corpus();
  ReportCorpus again = report_corpus();
  std::string a = report::html_report(r.corpus);
  CHECK(a == report::html_report(r.corpus));
  // The same texts read again from another folder give the same page.
  CHECK(a == report::html_report(again.corpus));
}

TEST_CASE("the report has its sections in order, landmarks and one title", "[report][html]") {
  ReportCorpus r = report_corpus();
  std::string html = report::html_report(r.corpus);
  REQUIRE(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(count_of(html, "<h1") == 1);
  for (const char* landmark : {"<header class=\"masthead\" role=\"banner\"", "<nav ", "<main ",
                               "role=\"search\"", "role=\"contentinfo\""})
    CHECK(html.find(landmark) != std::string::npos);
  std::size_t last = 0;
  for (const char* section : {"id=\"summary\"", "id=\"timeline\"", "id=\"lifecycle\"",
                              "id=\"threads\"", "id=\"graphs\"", "id=\"findings\""}) {
    std::size_t at = html.find(section);
    INFO(section);
    REQUIRE(at != std::string::npos);
    CHECK(at > last);
    last = at;
  }
  CHECK(html.find("@media print") != std::string::npos);
  CHECK(html.find("name=\"viewport\"") != std::string::npos);
}

TEST_CASE("anchors are unique and every internal link lands somewhere", "[report][html]") {
  ReportCorpus r = report_corpus();
  std::string html = report::html_report(r.corpus);
  std::vector<std::string> ids = attr_values(html, "id");
  std::set<std::string> unique(ids.begin(), ids.end());
  CHECK(unique.size() == ids.size());
  std::size_t links = 0;
  for (const std::string& href : attr_values(html, "href")) {
    INFO(href);
    REQUIRE(!href.empty());
    REQUIRE(href[0] == '#');  // nothing leaves the page
    CHECK(unique.count(href.substr(1)) == 1);
    ++links;
  }
  CHECK(links > 20);
  // Deep links: each thread and each clause of a thread.
  for (const Thread& t : r.corpus.threads)
    CHECK(unique.count(report::html_escape("thread-" + t.id)));
  for (const Thread& t : r.corpus.threads)
    for (const ThreadMember& m : t.members)
      CHECK(unique.count(report::html_escape("clause-" + r.corpus.clauses[m.clause].id)));
}

TEST_CASE("the page loads nothing from outside", "[report][html]") {
  ReportCorpus r = report_corpus();
  std::string html = report::html_report(r.corpus);
  CHECK(attr_values(html, "src").empty());
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
  CHECK(html.find("http://") == std::string::npos);
  CHECK(html.find("https://") == std::string::npos);
  CHECK(html.find("Content-Security-Policy\" content=\"default-src 'none'") != std::string::npos);
}

TEST_CASE("a thread shows its versions with word changes and where they come from",
          "[report][html]") {
  ReportCorpus r = report_corpus();
  const Corpus& c = r.corpus;
  std::string html = report::html_report(c);
  std::string amended = version_card(html, r.demand_amended);
  CHECK(amended.find("<del>2021</del>") != std::string::npos);
  CHECK(amended.find("<ins>2022</ins>") != std::string::npos);
  CHECK(amended.find("amended") != std::string::npos);
  CHECK(amended.find("date 2021-03-01 \u2192 2022-03-01") != std::string::npos);
  // Document, date, clause number and source line.
  std::size_t clause = *c.clause_index(r.demand_amended);
  const Clause& cl = c.clauses[clause];
  CHECK(amended.find(">alpha-2022<") != std::string::npos);
  CHECK(amended.find("2022-03-02") != std::string::npos);
  CHECK(amended.find("alpha/2022.en.txt, line " + std::to_string(cl.line)) != std::string::npos);
  if (!cl.number.empty()) CHECK(amended.find(cl.number) != std::string::npos);
  // Compared with the 2021 English text, which links forward to it.
  CHECK(amended.find("compared with <a href=\"#" + report::html_escape("clause-" + r.demand_en)) !=
        std::string::npos);

  // The translation stands next to the French text: one session group.
  std::string fr = from_id(html, "clause-" + r.demand_fr);
  std::string group = fr.substr(0, fr.find("session-label"));
  CHECK(group.find(report::html_escape("clause-" + r.demand_en)) != std::string::npos);
  CHECK(version_card(html, r.demand_en).find("translation of") != std::string::npos);
}

TEST_CASE("merged clauses are linked both ways", "[report][html]") {
  ReportCorpus r = report_corpus();
  std::string html = report::html_report(r.corpus);
  std::string a = version_card(html, r.merged_a);
  std::string b = version_card(html, r.merged_b);
  std::string into = report::html_escape("#clause-" + r.merged_into);
  CHECK(a.find("merged into <a href=\"" + into + "\"") != std::string::npos);
  CHECK(b.find("merged into <a href=\"" + into + "\"") != std::string::npos);
  // The merged clause sits in both threads; each copy links to the earlier
  // clause it merges and to the other thread.
  std::string merged = version_card(html, r.merged_into);
  CHECK(merged.find("merges <a href=\"" + report::html_escape("#clause-" + r.merged_a) + "\"") !=
        std::string::npos);
  CHECK(merged.find("also in <a href=\"#thread-t0003\"") != std::string::npos);
  std::string other_thread = from_id(html, "thread-t0003");
  other_thread = other_thread.substr(0, other_thread.find("</article>"));
  CHECK(other_thread.find("merges <a href=\"" + report::html_escape("#clause-" + r.merged_b) +
                          "\"") != std::string::npos);
  CHECK(other_thread.find("also in <a href=\"#thread-t0002\"") != std::string::npos);
}

TEST_CASE("the lifecycle matrix tells each session by symbol and word", "[report][html]") {
  ReportCorpus r = report_corpus();
  std::string html = report::html_report(r.corpus);
  std::string matrix = from_id(html, "lifecycle");
  matrix = matrix.substr(0, matrix.find("id=\"threads\""));
  // The dropped thread: first, reworded, then absent from 2023.
  std::size_t row = matrix.find("data-row=\"t0004\"");
  REQUIRE(row != std::string::npos);
  std::string tr = matrix.substr(row, matrix.find("</tr>", row) - row);
  CHECK(tr.find("dropped") != std::string::npos);
  CHECK(tr.find("class=\"cell c-first\"") != std::string::npos);
  CHECK(tr.find("class=\"cell c-reworded\"") != std::string::npos);
  CHECK(tr.find("class=\"cell c-absent\"") != std::string::npos);
  CHECK(tr.find("> absent<") != std::string::npos);
  // The amended thread's 2021 cell holds its French first and English translation.
  row = matrix.find("data-row=\"t0001\"");
  REQUIRE(row != std::string::npos);
  tr = matrix.substr(row, matrix.find("</tr>", row) - row);
  CHECK(tr.find("first</a>") != std::string::npos);
  CHECK(tr.find("translated</span>") != std::string::npos);
  CHECK(tr.find("amended</a>") != std::string::npos);
  CHECK(tr.find("unchanged</a>") != std::string::npos);
  // A series of one session has no matrix, and says why.
  CHECK(matrix.find("One session so far") != std::string::npos);
  // Three sessions of alpha as columns.
  std::size_t alpha = matrix.find("id=\"lifecycle-alpha\"");
  REQUIRE(alpha != std::string::npos);
  std::string head = matrix.substr(alpha, matrix.find("</thead>", alpha) - alpha);
  CHECK(count_of(head, "class=\"m-col\"") == 3);
}

TEST_CASE("findings link to their clause and related locations", "[report][html]") {
  ReportCorpus r = report_corpus();
  std::string html = report::html_report(r.corpus);
  std::string findings = from_id(html, "findings");
  CHECK(count_of(findings, "data-finding=") == 3);
  // Anchors name the first digits of the fingerprint (the fixture's: f1, f2, f3).
  std::string first = from_id(findings, "finding-f1");
  first = first.substr(0, first.find("</li>\n"));
  CHECK(first.find("data-severity=\"error\"") != std::string::npos);
  CHECK(first.find("date.out-of-order") != std::string::npos);
  CHECK(first.find("href=\"" + report::html_escape("#clause-" + r.demand_amended) + "\"") !=
        std::string::npos);
  CHECK(first.find("href=\"" + report::html_escape("#clause-" + r.demand_en) + "\"") !=
        std::string::npos);
  CHECK(first.find("the earlier version says 1 March 2021") != std::string::npos);
  // A finding on a document links to the document; a related file outside
  // the corpus is named, not linked.
  std::string third = from_id(findings, "finding-f3");
  CHECK(third.find("href=\"#doc-alpha-2023\"") != std::string::npos);
  CHECK(third.find("<span class=\"loc\">elsewhere.txt:3</span>") != std::string::npos);
  // The clause's version card points at its finding.
  CHECK(version_card(html, r.demand_amended).find("href=\"#finding-f1\"") != std::string::npos);
  // Summary counts by severity.
  std::string summary = from_id(html, "summary");
  summary = summary.substr(0, summary.find("id=\"timeline\""));
  CHECK(summary.find("error</span> <span class=\"count-n\">1</span>") != std::string::npos);
}

TEST_CASE("filters have what they filter on", "[report][html]") {
  ReportCorpus r = report_corpus();
  std::string html = report::html_report(r.corpus);
  std::string t = from_id(html, "thread-t0001");
  t = t.substr(0, t.find('>'));
  CHECK(t.find("data-series=\"alpha\"") != std::string::npos);
  CHECK(t.find("data-status=\"modified\"") != std::string::npos);
  CHECK(t.find("data-changes=\"first unchanged amended translated\"") != std::string::npos);
  CHECK(t.find("data-severities=\"error\"") != std::string::npos);
  for (const char* option : {"<option value=\"alpha\">", "<option value=\"dropped\">",
                             "<option value=\"reworded\">", "<option value=\"warning\">"})
    CHECK(html.find(option) != std::string::npos);
}

TEST_CASE("an empty corpus gives a complete page", "[report][html]") {
  Corpus empty;
  std::string html = report::html_report(empty);
  CHECK(html.find("No threads") != std::string::npos);
  CHECK(html.find("The checks found nothing to report.") != std::string::npos);
  CHECK(html.find("</html>") != std::string::npos);
}

TEST_CASE("the graph section inlines the given SVG and says why one is missing", "[report][html]") {
  ReportCorpus r = report_corpus();
  report::HtmlInputs in;
  in.series_svg["alpha"] = "<svg role=\"group\"><a xlink:href=\"#thread-t0001\"></a></svg>";
  in.graph_note = "Too large to draw inline: beta";
  std::string html = report::html_report(r.corpus, in);
  std::string graphs = from_id(html, "graphs");
  graphs = graphs.substr(0, graphs.find("id=\"findings\""));
  CHECK(graphs.find("<svg role=\"group\"><a xlink:href=\"#thread-t0001\"></a></svg>") !=
        std::string::npos);
  CHECK(graphs.find("Too large to draw inline: beta") != std::string::npos);
  CHECK(graphs.find("No drawing of this series") != std::string::npos);
}

TEST_CASE("a graph too large to inline is linked as a file", "[report][html]") {
  ReportCorpus r = report_corpus();
  report::HtmlInputs in;
  in.series_svg_file["alpha"] = "graph-alpha.svg";
  std::string html = report::html_report(r.corpus, in);
  std::string graphs = from_id(html, "graph-alpha");
  graphs = graphs.substr(0, graphs.find("</section>"));
  CHECK(graphs.find("<a href=\"graph-alpha.svg\">") != std::string::npos);
}

TEST_CASE("a renumbered or moved clause says so on both versions", "[report][html]") {
  ReportCorpus r = report_corpus();
  Corpus& c = r.corpus;
  std::size_t older = *c.clause_index(r.dropped_first);
  std::size_t newer = *c.clause_index(r.dropped_reworded);
  c.clauses[older].number = "4";
  c.clauses[newer].number = "3";
  std::string html = report::html_report(c);
  CHECK(version_card(html, r.dropped_reworded).find("(renumbered from 4)") != std::string::npos);
  // Unnumbered clauses: a new place among their kind.
  c.clauses[older].number.clear();
  c.clauses[newer].number.clear();
  c.clauses[older].key = "pre.4";
  c.clauses[newer].key = "pre.2";
  html = report::html_report(c);
  CHECK(version_card(html, r.dropped_reworded).find("(moved from pre.4)") != std::string::npos);
  // The older version links forward with the same words when the later one
  // is not beside it (here: the later version is in another thread).
  c.threads[3].members.pop_back();
  Thread moved;
  moved.id = "t9999";
  moved.series = "alpha";
  ThreadMember second;
  second.clause = newer;
  second.change = Change::Reworded;
  second.against = older;
  moved.members = {second};
  c.threads.push_back(moved);
  html = report::html_report(c);
  CHECK(version_card(html, r.dropped_first).find("(moved to pre.2)") != std::string::npos);
}

TEST_CASE("a later version shared by several threads is linked once", "[report][html]") {
  // Threads merged into one latest member share their later versions; a
  // card lists each later clause once, not once per thread.
  ReportCorpus r = report_corpus();
  std::size_t merging = r.corpus.threads.size();
  for (std::size_t k = 0; k < r.corpus.threads.size(); ++k)
    for (const ThreadMember& m : r.corpus.threads[k].members)
      if (r.corpus.clauses[m.clause].id == r.merged_a) merging = k;
  REQUIRE(merging < r.corpus.threads.size());
  Thread twin = r.corpus.threads[merging];
  twin.id = "t9999";
  r.corpus.threads.push_back(twin);
  std::string html = report::html_report(r.corpus);
  CHECK(count_of(version_card(html, r.merged_a), "merged into <a") == 1);
}

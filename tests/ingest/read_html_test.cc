// HTML input: the visible text of the main content as paragraphs, with the
// page's furniture (scripts, styles, navigation, header, footer, forms,
// hidden elements, cookie notices) left out and entities decoded; a page
// made from a shipped text gives that text's clauses.
#include <catch2/catch.hpp>

#include "ingest/read_source.h"
#include "model/error.h"
#include "support/test_support.h"

using namespace ct;
using namespace ct::test;

namespace {

std::string escaped(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else
      out += c;
  }
  return out;
}

// A web page around `paragraphs` (each becomes a <p>, its line breaks <br>),
// with the furniture of a real site around and inside the content.
std::string page_of(const std::string& text, bool with_main) {
  std::string body;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find("\n\n", at);
    if (end == std::string::npos) end = text.size();
    std::string para = text.substr(at, end - at);
    at = end + 2;
    if (para.find_first_not_of("\n ") == std::string::npos) continue;
    std::string html;
    for (char c : escaped(para)) html += c == '\n' ? std::string("<br>\n") : std::string(1, c);
    body += "<p>" + html + "</p>\n";
  }
  return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Page</title>"
         "<style>p { margin: 0 }</style><script>var decided = 'Decided to leak';</script></head>"
         "<body><header><a href=\"/\">Home</a> | <a href=\"/news\">News</a></header>"
         "<nav><ul><li>Statements</li><li>Resolutions</li></ul></nav>"
         "<div class=\"consent\">We use cookies to give you the best experience on our site."
         "<button>Accept all cookies</button></div>"
         "<form role=\"search\"><input name=\"q\"><button>Search</button></form>" +
         std::string(with_main ? "<main>" : "") + "<div hidden>Decided to stay hidden</div>" +
         body + "<span aria-hidden=\"true\">Decided nothing</span>" + (with_main ? "</main>" : "") +
         "<aside>Related: other statements</aside><footer>&copy; 2024 The Secretariat. All "
         "rights reserved.</footer></body></html>\n";
}

std::vector<std::string> clauses_of(const Corpus& c, const std::string& doc) {
  std::vector<std::string> out;
  const Document* d = c.find_document(doc);
  REQUIRE(d);
  for (std::size_t k = d->first_clause; k < d->first_clause + d->clause_count; ++k)
    out.push_back(std::string(name(c.clauses[k].role)) + " " + c.clauses[k].text);
  return out;
}

}  // namespace

TEST_CASE("an HTML page gives the visible text of its content, entities decoded",
          "[ingest][html]") {
  const std::string page =
      "<!DOCTYPE html><html lang=\"fr-FR\"><body><nav>Accueil</nav><main>"
      "<h1>Communiqu&eacute; conjoint</h1><p>Les ministres&nbsp;:</p>"
      "<ol type=\"a\" start=\"2\"><li>ont d&eacute;cid&eacute; &amp; demand&#233;;</li>"
      "<li>ont exig&#xE9;.</li></ol><script>x()</script></main></body></html>";
  ingest::Input in = ingest::input_from_bytes(page, "p.txt");  // content decides, not the name
  CHECK(in.format == "HTML");
  CHECK(in.metadata.language == "fr");
  CHECK(in.text->bytes() ==
        "Communiqué conjoint\n\nLes ministres\xC2\xA0:\n\n(b) ont décidé & demandé;\n\n"
        "(c) ont exigé.\n");
}

TEST_CASE("a page made from a shipped text gives that text's clauses", "[ingest][html]") {
  for (const char* file : {"cg-jk/2023-09-20-new-york.en.txt", "cg-jk/2025-09-23-new-york.en.txt"})
    for (bool with_main : {true, false}) {
      std::string text = read_file(corpus_dir() + "/" + file);
      TempDir dir;
      Corpus c =
          corpus_from(dir, {{"t/doc.txt", text}, {"h/doc.html", page_of(text, with_main)}}, "", 1);
      INFO(file << (with_main ? " in <main>" : " in <body>"));
      std::vector<std::string> from_text = clauses_of(c, "t-doc"),
                               from_html = clauses_of(c, "h-doc");
      CHECK(from_text.size() > 10);
      CHECK(from_html == from_text);
    }
}

TEST_CASE("hostile HTML ends in bounded time with text or one error", "[ingest][html]") {
  // 100,000 unclosed nested elements: libxml2 bounds the depth.
  std::string deep = "<!DOCTYPE html><html><body>";
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "Decided to go deep.</body></html>";
  try {
    ingest::input_from_bytes(deep, "deep.html");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()).rfind("deep.html", 0) == 0);
  }
  // A page with nothing visible is an error naming the file.
  try {
    ingest::input_from_bytes("<!DOCTYPE html><html><body><script>a()</script></body></html>",
                             "empty.html");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()).find("without visible text") != std::string::npos);
  }
}

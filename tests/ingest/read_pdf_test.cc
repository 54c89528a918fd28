// PDF input through poppler: a shipped text printed to PDF (with a browser's
// running header, footer and page numbers; tests/ingest/fixtures/make.sh)
// gives that text's clauses; damaged, encrypted-looking or textless PDFs
// are one error naming the file.
#include <catch2/catch.hpp>

#include "ingest/read_source.h"
#include "model/error.h"
#include "support/test_support.h"

using namespace ct;
using namespace ct::test;

namespace {

// Role and text of every clause, with "- " closed up: a PDF's line may end
// after a hyphen the text had a space after, and that space is lost in print.
std::vector<std::string> clauses_of(const Corpus& c, const std::string& doc) {
  std::vector<std::string> out;
  const Document* d = c.find_document(doc);
  REQUIRE(d);
  for (std::size_t k = d->first_clause; k < d->first_clause + d->clause_count; ++k) {
    std::string t = c.clauses[k].text;
    for (std::size_t at; (at = t.find("- ")) != std::string::npos;) t.erase(at + 1, 1);
    out.push_back(std::string(name(c.clauses[k].role)) + " " + t);
  }
  return out;
}

std::string error_of(const std::string& bytes) {
  try {
    ingest::input_from_bytes(bytes, "bad.pdf");
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("a shipped text printed to PDF gives that text's clauses", "[ingest][pdf]") {
  const std::string pdf = read_file(source_dir() + "/tests/ingest/fixtures/cg-2023-09.pdf");
  const std::string text = read_file(corpus_dir() + "/cg-jk/2023-09-20-new-york.en.txt");
  ingest::Input in = ingest::input_from_bytes(pdf, "x.txt");  // content decides, not the name
  CHECK(in.format == "PDF");
  // The browser's running header (date, title) and footer (file URL, "N/3") are gone.
  CHECK(in.text->bytes().find("file://") == std::string::npos);
  CHECK(in.text->bytes().find("/3\n") == std::string::npos);
  TempDir dir;
  Corpus c = corpus_from(dir, {{"t/doc.txt", text}, {"p/doc.pdf", pdf}}, "", 1);
  std::vector<std::string> from_text = clauses_of(c, "t-doc"), from_pdf = clauses_of(c, "p-doc");
  CHECK(from_text.size() > 20);
  CHECK(from_pdf == from_text);
}

TEST_CASE("damaged PDFs are one error naming the file", "[ingest][pdf]") {
  const std::string pdf = read_file(source_dir() + "/tests/ingest/fixtures/cg-2023-09.pdf");
  // Truncated: poppler may still recover pages; then the text is read, else one error.
  std::string cut = error_of(pdf.substr(0, pdf.size() / 3));
  if (cut != "no error") CHECK(cut.rfind("bad.pdf", 0) == 0);
  CHECK(error_of("%PDF-1.7\nnot a pdf at all\n").rfind("bad.pdf: ", 0) == 0);
  CHECK(error_of(std::string("%PDF-1.4\n") + std::string(1000, '\0')).rfind("bad.pdf: ", 0) == 0);
}

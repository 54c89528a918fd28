// Word input: a .docx written here with libzip from a shipped text (its
// operative numbers left to Word's automatic numbering, one paragraph with
// tracked changes) gives that text's clauses; numbering formats and levels
// as Word shows them; a zip bomb or a damaged file is one error.
#include <zip.h>

#include <catch2/catch.hpp>

#include "ingest/read_source.h"
#include "model/error.h"
#include "support/test_support.h"

using namespace ct;
using namespace ct::test;

namespace {

const char* kNs = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

std::string escaped(const std::string& s) {
  std::string out;
  for (char c : s)
    out += c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : std::string(1, c);
  return out;
}

// A .docx package holding `document` (the w:body content) and `numbering`.
std::string docx(const std::string& body, const std::string& numbering,
                 zip_uint64_t pad_document_to = 0) {
  TempDir dir;
  std::string path = dir.path() + "/d.docx";
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  REQUIRE(z);
  auto add = [&](const char* name, const std::string& content) {
    char* copy = static_cast<char*>(malloc(content.size() + 1));
    memcpy(copy, content.data(), content.size());
    zip_source_t* s = zip_source_buffer(z, copy, content.size(), 1);
    REQUIRE(zip_file_add(z, name, s, ZIP_FL_OVERWRITE) >= 0);
  };
  add("[Content_Types].xml",
      "<?xml version=\"1.0\"?><Types "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
  std::string document = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document ") +
                         kNs + "><w:body>" + body + "</w:body></w:document>";
  if (pad_document_to > document.size())
    document += std::string(pad_document_to - document.size(), ' ');
  add("word/document.xml", document);
  if (!numbering.empty())
    add("word/numbering.xml", std::string("<?xml version=\"1.0\"?><w:numbering ") + kNs + ">" +
                                  numbering + "</w:numbering>");
  REQUIRE(zip_close(z) == 0);
  return read_file(path);
}

std::string para(const std::string& text, int num_id = 0, int ilvl = 0) {
  std::string ppr = num_id ? "<w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(ilvl) +
                                 "\"/><w:numId w:val=\"" + std::to_string(num_id) +
                                 "\"/></w:numPr></w:pPr>"
                           : "";
  std::string runs;
  std::size_t at = 0;
  for (std::size_t nl; (nl = text.find('\n', at)) != std::string::npos; at = nl + 1)
    runs += "<w:r><w:t xml:space=\"preserve\">" + escaped(text.substr(at, nl - at)) +
            "</w:t><w:br/></w:r>";
  runs += "<w:r><w:t xml:space=\"preserve\">" + escaped(text.substr(at)) + "</w:t></w:r>";
  return "<w:p>" + ppr + runs + "</w:p>";
}

const std::string kNumbering =
    "<w:abstractNum w:abstractNumId=\"0\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
    "<w:lvlText w:val=\"%1.\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/>"
    "<w:lvlText w:val=\"(%2)\"/></w:lvl>"
    "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerRoman\"/>"
    "<w:lvlText w:val=\"(%3)\"/></w:lvl></w:abstractNum>"
    "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"0\"/></w:num>";

std::vector<std::string> clauses_of(const Corpus& c, const std::string& doc) {
  std::vector<std::string> out;
  const Document* d = c.find_document(doc);
  REQUIRE(d);
  for (std::size_t k = d->first_clause; k < d->first_clause + d->clause_count; ++k)
    out.push_back(std::string(name(c.clauses[k].role)) + " " + c.clauses[k].text);
  return out;
}

std::string error_of(const std::string& bytes) {
  try {
    ingest::input_from_bytes(bytes, "bad.docx");
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("Word's automatic numbering and tracked changes read as the reader sees them",
          "[ingest][docx]") {
  std::string body = para("The Council,") + para("Decides to act;", 7) + para("to report;", 7, 1) +
                     para("to review;", 7, 1) + para("each year;", 7, 2) +
                     para("Requests a report;", 7) +
                     "<w:p><w:r><w:t>Kept </w:t></w:r><w:del><w:r><w:delText>deleted "
                     "</w:delText></w:r></w:del><w:ins><w:r><w:t>inserted</w:t></w:r></w:ins>"
                     "<w:moveFrom><w:r><w:t> moved away</w:t></w:r></w:moveFrom></w:p>";
  ingest::Input in = ingest::input_from_bytes(docx(body, kNumbering), "x.txt");
  CHECK(in.format == "Word (.docx)");
  CHECK(in.text->bytes() ==
        "The Council,\n\n1. Decides to act;\n\n(a) to report;\n\n(b) to review;\n\n"
        "(i) each year;\n\n2. Requests a report;\n\nKept inserted\n");
}

TEST_CASE("a shipped text written as a Word file gives that text's clauses", "[ingest][docx]") {
  const std::string text = read_file(corpus_dir() + "/cg-jk/2019-09-25-new-york.fr.txt");
  // Each line (the text has one paragraph per line) a w:p; "N. " at the
  // start left to automatic numbering when the numbers run 1, 2, 3, ... as
  // Word would number them.
  std::string body;
  int expected = 1;
  std::size_t at = 0, numbered = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    std::string p = text.substr(at, end - at);
    at = end + 1;
    if (p.find_first_not_of("\n ") == std::string::npos) continue;
    std::string prefix = std::to_string(expected) + ". ";
    if (p.rfind(prefix, 0) == 0) {
      body += para(p.substr(prefix.size()), 7);
      ++expected;
      ++numbered;
    } else {
      body += para(p);
    }
  }
  REQUIRE(numbered >= 8);
  TempDir dir;
  Corpus c = corpus_from(dir, {{"t/doc.txt", text}, {"w/doc.docx", docx(body, kNumbering)}}, "", 1);
  std::vector<std::string> from_text = clauses_of(c, "t-doc"), from_word = clauses_of(c, "w-doc");
  CHECK(from_text.size() >= 12);
  CHECK(from_word == from_text);
}

TEST_CASE("a zip bomb or a damaged Word file is one error naming the file", "[ingest][docx]") {
  // document.xml inflating to 80 MiB of spaces (a few hundred KB compressed):
  // refused from its stated size, never inflated.
  std::string bomb = docx(para("Decides."), "", zip_uint64_t{80} << 20);
  CHECK(bomb.size() < (zip_uint64_t{4} << 20));
  CHECK(error_of(bomb).find("expands past") != std::string::npos);
  std::string good = docx(para("Decides."), "");
  CHECK(error_of(good.substr(0, good.size() / 2)).rfind("bad.docx: damaged Word file", 0) == 0);
  CHECK(
      error_of(std::string("PK\x03\x04word/", 9) + std::string(200, 'x')).rfind("bad.docx: ", 0) ==
      0);
}

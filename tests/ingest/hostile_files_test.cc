// Damaged and hostile inputs, given to the built binary with its address
// space and CPU time bounded (setrlimit in the child): a truncated PDF, Word
// files whose parts claim or expand to gigabytes, an entity bomb (billion
// laughs) in Akoma Ntoso and in Word, a 100 MB HTML page, files whose name
// claims one format and whose content is another. Each ends with exit 2 and
// one line naming the file and what is wrong, never a crash.
#include <zip.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstring>

#include "support/test_support.h"

using namespace ct::test;

namespace {

constexpr long kMemory = 2L << 30;  // address space of the child
constexpr int kCpuSeconds = 60;

// `clausetrack segment FILE` under the limits: exit 2, one line on stderr
// naming the file and containing `what`, within the limits.
void check_refused(const std::string& file, const std::string& what) {
  auto start = std::chrono::steady_clock::now();
  RunResult r =
      run_limited({"segment", file, "--rules", rules_dir()}, Limits{0, kMemory, kCpuSeconds});
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  INFO(file << ": exit " << r.exit_code << ", stderr: " << r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(count_of(r.err, "\n") == 1);
  CHECK(r.err.rfind("clausetrack: error: " + file, 0) == 0);
  CHECK(r.err.find(what) != std::string::npos);
  CHECK(seconds < kCpuSeconds);
}

// A zip holding `parts` (name, content), as bytes.
std::string zip_of(const std::vector<std::pair<std::string, std::string>>& parts) {
  TempDir dir;
  std::string path = dir.path() + "/z.zip";
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  REQUIRE(z);
  for (const auto& [name, content] : parts) {
    zip_source_t* s = zip_source_buffer(z, content.data(), content.size(), 0);
    REQUIRE(zip_file_add(z, name.c_str(), s, ZIP_FL_OVERWRITE) >= 0);
  }
  REQUIRE(zip_close(z) == 0);
  return read_file(path);
}

const char* kWordNs = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

std::string word_document(const std::string& body) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document ") + kWordNs +
         "><w:body>" + body + "</w:body></w:document>";
}

std::string docx_of(const std::string& document_xml) {
  return zip_of({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", document_xml}});
}

// Sets the uncompressed size the zip's headers (local and central) give for
// `name` to `size`, the data left as it is.
void claim_size(std::string& zip, const std::string& name, std::uint32_t size) {
  auto put = [&](std::size_t at) { std::memcpy(zip.data() + at, &size, 4); };  // little endian
  std::size_t patched = 0;
  for (std::size_t at = 0; (at = zip.find("PK\x03\x04", at)) != std::string::npos; at += 4)
    if (zip.compare(at + 30, name.size(), name) == 0) put(at + 22), ++patched;
  for (std::size_t at = 0; (at = zip.find("PK\x01\x02", at)) != std::string::npos; at += 4)
    if (zip.compare(at + 46, name.size(), name) == 0) put(at + 24), ++patched;
  REQUIRE(patched == 2);
}

// Ten levels of entities, each ten of the one before: 10^9 "lol"s.
std::string billion_laughs(const std::string& root) {
  std::string dtd = "<!DOCTYPE " + root + " [\n<!ENTITY lol0 \"lol\">\n";
  for (int k = 1; k <= 9; ++k) {
    dtd += "<!ENTITY lol" + std::to_string(k) + " \"";
    for (int i = 0; i < 10; ++i) dtd += "&lol" + std::to_string(k - 1) + ";";
    dtd += "\">\n";
  }
  return dtd + "]>\n";
}

}  // namespace

TEST_CASE("a truncated PDF is one error", "[ingest][hostile]") {
  TempDir dir;
  std::string pdf = read_file(source_dir() + "/tests/ingest/fixtures/cg-2023-09.pdf");
  REQUIRE(pdf.size() > 4000);
  check_refused(dir.write("half.pdf", pdf.substr(0, pdf.size() / 2)), "damaged PDF");
  check_refused(dir.write("head.pdf", pdf.substr(0, 300)), "damaged PDF");
}

TEST_CASE("Word parts that claim or expand to gigabytes are refused unread", "[ingest][hostile]") {
  TempDir dir;
  // 100 MiB of blanks (inside the text) inflate from a zip of about 100 KB.
  std::string document = word_document("<w:p><w:r><w:t>Decides.</w:t></w:r></w:p>");
  std::string expands = docx_of(word_document(
      "<w:p><w:r><w:t>Decides" + std::string(std::size_t{100} << 20, ' ') + ".</w:t></w:r></w:p>"));
  CHECK(expands.size() < (std::size_t{1} << 20));
  check_refused(dir.write("expands.docx", expands), "expands past 64 MiB");

  // A part whose headers claim 4 GiB.
  std::string claims = docx_of(document);
  claim_size(claims, "word/document.xml", 0xFFFFFFF0u);
  check_refused(dir.write("claims.docx", claims), "expands past 64 MiB");

  // Headers that claim 1 KB for a part that inflates to 100 MiB: read to
  // the claimed size, no further (where the XML is cut short).
  std::string lies = expands;
  claim_size(lies, "word/document.xml", 1000);
  check_refused(dir.write("lies.docx", lies), "not well-formed XML");
}

TEST_CASE("an entity bomb in Akoma Ntoso and in Word is one error", "[ingest][hostile]") {
  TempDir dir;
  std::string akn = "<?xml version=\"1.0\"?>\n" + billion_laughs("akomaNtoso") +
                    "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">"
                    "<doc name=\"x\"><mainBody><paragraph><num>1.</num><content><p>Decides "
                    "&lol9;</p></content></paragraph></mainBody></doc></akomaNtoso>\n";
  check_refused(dir.write("bomb.xml", akn), "entity");

  std::string word = "<?xml version=\"1.0\"?>\n" + billion_laughs("w:document") + "<w:document " +
                     kWordNs +
                     "><w:body><w:p><w:r><w:t>Decides &lol9;</w:t></w:r></w:p></w:body>"
                     "</w:document>";
  check_refused(dir.write("bomb.docx", docx_of(word)), "entity");
}

TEST_CASE("a 100 MB HTML page is refused in bounded time and memory", "[ingest][hostile]") {
  TempDir dir;
  const std::string para =
      "<p>Decides to remain actively seized of the matter &amp; requests a report.</p>\n";
  std::string page = "<html><head><title>t</title></head><body><main>";
  page.reserve((std::size_t{100} << 20) + 1000);
  while (page.size() < (std::size_t{100} << 20)) page += para;
  page += "</main></body></html>\n";
  check_refused(dir.write("big.html", page), "past the 16 MiB");
}

TEST_CASE("a name that claims one format over content of another", "[ingest][hostile]") {
  TempDir dir;
  // A zip that is no Word file, named .pdf; a truncated PDF named .docx;
  // random bytes named .html.
  check_refused(dir.write("report.pdf", zip_of({{"notes.txt", "hello"}})),
                "named as PDF but its content is a zip archive that is not a Word document");
  std::string pdf = read_file(source_dir() + "/tests/ingest/fixtures/cg-2023-09.pdf");
  check_refused(dir.write("draft.docx", pdf.substr(0, 1000)), "damaged PDF");
  std::string noise;
  for (int i = 0; i < 4096; ++i) noise += static_cast<char>((i * 7919) % 251);
  check_refused(dir.write("page.html", noise), "named as HTML but its content is binary data");
  // A PDF with an unreadable header given as Word: content wins, and says so.
  check_refused(dir.write("claims.docx", "%PDF-1.7\n%garbage\n"), "damaged PDF");
}

// What each fuzz target feeds its input to, shared by the libFuzzer targets
// (fuzz/fuzz_*.cc, `make fuzz`) and the regression test that replays the
// seed corpus and every crash found (tests/ingest/fuzz_regressions_test.cc).
// Bad input may end in the one error type (InputError); anything else that
// escapes, and any crash, is a bug.
//
//   ct::fuzz::run("akn", bytes, rules);   // throws only what is a bug
#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "ingest/manifest.h"
#include "ingest/read_akn.h"
#include "ingest/read_docx.h"
#include "ingest/read_html.h"
#include "ingest/read_pdf.h"
#include "ingest/read_source.h"
#include "model/corpus.h"
#include "model/error.h"
#include "rules/rules.h"
#include "segment/segment.h"

namespace ct::fuzz {

// The targets, by the name of their folder under fuzz/corpus/ and fuzz/regressions/.
inline constexpr const char* kTargets[] = {"text", "akn", "html", "pdf", "docx", "manifest"};

// Plain text (or any format told from the content) read and segmented.
inline void text(const std::string& bytes, const Rules& rules) {
  ingest::Input in = ingest::input_from_bytes(bytes, "fuzz.txt");
  Corpus corpus;
  Document d;
  d.id = "fuzz";
  d.source = "fuzz.txt";
  d.language = "en";
  d.text = in.text;
  d.end = d.text->bytes().size();
  d.end_line = static_cast<int>(d.text->line_count());
  corpus.documents.push_back(std::move(d));
  segment::segment_corpus(corpus, rules, 1);
}

// The corpus manifest, written as `dir`/manifest.yaml and read.
inline void manifest(const std::string& bytes, const Rules& rules, const std::string& dir) {
  {
    std::ofstream out(dir + "/manifest.yaml", std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  std::vector<std::string> languages;
  for (const auto& [code, lr] : rules.languages) languages.push_back(code);
  ingest::read_manifest(dir, languages);
}

// Runs `target` on `bytes`; an InputError is an answer, not a bug.
// `scratch` is a folder the manifest target may write into.
inline void run(std::string_view target, const std::string& bytes, const Rules& rules,
                const std::string& scratch) {
  try {
    if (target == "text")
      text(bytes, rules);
    else if (target == "akn")
      ingest::read_akn(bytes, "fuzz.xml");
    else if (target == "html")
      ingest::read_html(bytes, "fuzz.html");
    else if (target == "pdf")
      ingest::read_pdf(bytes, "fuzz.pdf");
    else if (target == "docx")
      ingest::read_docx(bytes, "fuzz.docx");
    else if (target == "manifest")
      manifest(bytes, rules, scratch);
  } catch (const InputError&) {
  }
}

}  // namespace ct::fuzz

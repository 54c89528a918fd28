// Reads one input text safely: refuses what is not a readable, non-empty,
// UTF-8 text file with a located one-line error, removes a UTF-8 byte order
// mark and turns CRLF (and lone CR) line ends into LF, so later stages see
// one convention while line numbers stay those of the file. Akoma Ntoso XML
// (read_akn.h) and HTML (read_html.h) are read as their text plus the
// metadata they state; line numbers are then those of that text, as
// `clausetrack segment` shows it. PDF, Word and other XML are refused by name.
#pragma once

#include <memory>
#include <string>

#include "ingest/read_akn.h"
#include "model/source.h"

namespace ct::ingest {

// One input: its text and what its format states about it.
struct Input {
  std::shared_ptr<const SourceText> text;
  StatedMetadata metadata;
  std::string format;  // "text", "Akoma Ntoso XML"
};

// `path` is opened; `display_path` names the file in errors and reports.
Input read_input(const std::string& path, const std::string& display_path);
Input input_from_bytes(std::string bytes, const std::string& display_path);

std::shared_ptr<const SourceText> read_source(const std::string& path,
                                              const std::string& display_path);

// The same checks on bytes already in memory (for tests and drafts on stdin).
std::shared_ptr<const SourceText> source_from_bytes(std::string bytes,
                                                    const std::string& display_path);

}  // namespace ct::ingest

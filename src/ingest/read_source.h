// Reads one input text safely: refuses what is not a readable, non-empty,
// UTF-8 text file with a located one-line error, removes a UTF-8 byte order
// mark and turns CRLF (and lone CR) line ends into LF, so later stages see
// one convention while line numbers stay those of the file.
#pragma once

#include <memory>
#include <string>

#include "model/source.h"

namespace ct::ingest {

// `path` is opened; `display_path` names the file in errors and reports.
std::shared_ptr<const SourceText> read_source(const std::string& path,
                                              const std::string& display_path);

// The same checks on bytes already in memory (for tests and drafts on stdin).
std::shared_ptr<const SourceText> source_from_bytes(std::string bytes,
                                                    const std::string& display_path);

}  // namespace ct::ingest

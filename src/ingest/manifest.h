// The corpus manifest (corpus/manifest.yaml, see CONTRACT.md "Corpus"):
// series and documents with their metadata. Every field but `file` is
// optional. Validation is strict and located: unknown keys, wrong types, a
// path that leaves the corpus folder, a missing file and duplicate ids are
// errors naming the manifest's line and column.
#pragma once

#include <string>
#include <vector>

namespace ct::ingest {

struct ManifestSeries {
  std::string id, title, body;
  int line = 0;
};

struct ManifestDocument {
  std::string id, file, series, kind, language, date, place, title, session;
  int line = 0, column = 0;  // of the entry in the manifest
};

struct Manifest {
  std::string path;  // the manifest file ("" when the corpus has none)
  std::vector<ManifestSeries> series;
  std::vector<ManifestDocument> documents;
};

// Reads DIR/manifest.yaml if present (an absent manifest is an empty one).
// `known_languages` are the language codes the rules define.
Manifest read_manifest(const std::string& corpus_dir,
                       const std::vector<std::string>& known_languages);

// True for ISO 8601 calendar dates of full or reduced precision: 2023, 2023-03, 2023-03-16.
bool is_iso_date(const std::string& s);
// A document id: letters, digits, '-', '_' and '.', not starting with '.'.
bool is_valid_id(const std::string& s);

}  // namespace ct::ingest

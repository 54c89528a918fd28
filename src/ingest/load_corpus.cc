// Corpus loading: manifest entries, unlisted files, compilation items.
#include "ingest/load_corpus.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>

#include "ingest/compilation.h"
#include "ingest/detect_language.h"
#include "ingest/input_format.h"
#include "ingest/manifest.h"
#include "ingest/read_source.h"
#include "model/error.h"

namespace ct::ingest {

namespace fs = std::filesystem;

namespace {

// Letters, digits, '-', '_' and '.' kept; anything else becomes '-'.
std::string sanitize_id(const std::string& s) {
  std::string id;
  for (char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_' || c == '.';
    id += ok ? c : '-';
  }
  while (!id.empty() && id[0] == '.') id.erase(0, 1);
  return id.empty() ? "doc" : id;
}

std::string id_from_path(const std::string& rel) {
  fs::path p(rel);
  return sanitize_id((p.parent_path() / p.stem()).generic_string());
}

std::string expand(std::string tmpl, const std::string& key, const std::string& value) {
  for (std::size_t at; (at = tmpl.find(key)) != std::string::npos;)
    tmpl.replace(at, key.size(), value);
  return tmpl;
}

Series& ensure_series(Corpus& c, const std::string& id) {
  for (auto& s : c.series)
    if (s.id == id) return s;
  c.series.push_back(Series{id, "", "", {}, {}});
  return c.series.back();
}

// Adds `doc` and, when it is a compilation (declared, or recognized by its
// item headings), one document per item.
void add_document(Corpus& c, Document doc, const Rules& rules, bool declared_compilation) {
  CompilationLayout layout;
  if (declared_compilation || doc.kind.empty())
    layout = find_compilation_items(*doc.text, rules.compilation);
  bool compilation =
      declared_compilation ||
      (doc.kind.empty() && static_cast<int>(layout.items.size()) >= rules.compilation.min_items);
  if (!compilation) {
    c.documents.push_back(std::move(doc));
    return;
  }
  if (doc.kind.empty()) {
    doc.kind = "compilation";
    doc.detected.push_back("kind");
  }
  doc.toc = layout.toc;
  doc.end = layout.front_end;
  doc.end_line = layout.items.empty() ? doc.end_line : layout.items.front().line - 1;
  Document base = doc;
  c.documents.push_back(std::move(doc));
  std::set<std::string> ids;
  for (const auto& item : layout.items) {
    Document d;
    d.id = expand(expand(rules.compilation.item_id, "{id}", base.id), "{num}", item.num);
    if (!ids.insert(d.id).second) continue;  // numbers are increasing, so this cannot repeat
    d.source = base.source;
    d.series = base.series;
    d.kind = "resolution";
    d.language = base.language;
    d.date = base.date;
    d.place = base.place;
    d.session = base.session;
    d.title = item.heading;
    d.parent = base.id;
    d.number = item.num;
    d.text = base.text;
    d.begin = item.begin;
    d.end = item.end;
    d.line = item.line;
    d.end_line = item.end_line;
    c.documents.push_back(std::move(d));
  }
}

// The rules' code of a language a document states ("eng" -> "en"), or "".
std::string language_code(const std::string& stated, const Rules& rules) {
  if (rules.language(stated)) return stated;
  for (const auto& [code, lr] : rules.languages)
    for (const std::string& other : lr.codes)
      if (other == stated) return code;
  return {};
}

Document make_document(Input input, const std::string& rel, const Rules& rules) {
  Document d;
  d.source = rel;
  d.text = std::move(input.text);
  d.language = language_code(input.metadata.language, rules);
  d.date = input.metadata.date;
  d.begin = 0;
  d.end = d.text->bytes().size();
  d.line = 1;
  d.end_line = static_cast<int>(d.text->line_count());
  d.id = id_from_path(rel);
  return d;
}

// Whether `p` (canonical) is `root` (canonical) or lies inside it.
bool inside(const fs::path& root, const fs::path& p) {
  auto r = root.begin(), q = p.begin();
  for (; r != root.end(); ++r, ++q)
    if (q == p.end() || *r != *q) return false;
  return true;
}

// Refuses a corpus file whose resolved path (links followed) leaves the
// corpus folder: no file outside the corpus is ever read.
// `path` is absolute, or relative to the working directory.
void require_inside(const fs::path& root, const fs::path& path) {
  std::error_code ec;
  fs::path target;
  // An existing file resolved by one realpath(3) call (std::filesystem's
  // canonical form costs a path object per component: a third of the time
  // left in reading a 1,358-file corpus); the others as before.
  if (char* real = ::realpath(path.c_str(), nullptr)) {
    target = real;
    std::free(real);
  } else {
    target = fs::weakly_canonical(path.is_absolute() ? path : fs::absolute(path), ec);
  }
  if (ec || !inside(root, target))
    throw InputError("link leaves the corpus folder (it points to " +
                         (ec ? std::string("an unresolvable path") : target.string()) +
                         "); not read",
                     path.string());
}

void fill_language(Document& d, const Rules& rules) {
  if (!d.language.empty()) return;
  LanguageGuess guess = guess_language(d.text->view(), rules);
  d.language = guess.code;
  d.language_uncertain = !guess.confident();
  d.detected.push_back("language");
}

}  // namespace

Corpus load_corpus(const std::string& corpus_dir, const Rules& rules) {
  std::error_code ec;
  if (!fs::exists(corpus_dir, ec)) throw InputError("corpus folder not found", corpus_dir);
  if (!fs::is_directory(corpus_dir, ec)) throw InputError("corpus is not a folder", corpus_dir);
  std::vector<std::string> langs;
  for (const auto& [code, _] : rules.languages) langs.push_back(code);
  Manifest m = read_manifest(corpus_dir, langs);

  const fs::path root = fs::weakly_canonical(fs::absolute(corpus_dir));
  const fs::path absolute_dir = fs::absolute(corpus_dir);  // the working directory asked once

  Corpus c;
  c.root = corpus_dir;
  for (const auto& s : m.series) c.series.push_back(Series{s.id, s.title, s.body, {}, {}});

  std::set<std::string> listed;
  for (const auto& e : m.documents) {
    std::string full = (fs::path(corpus_dir) / e.file).string();
    require_inside(root, absolute_dir / e.file);  // checked by the manifest too; links may change
                                                  // since
    Document d = make_document(read_input(full, e.file), e.file, rules);
    listed.insert(e.file);
    if (!e.id.empty()) d.id = e.id;
    d.series = e.series;
    d.kind = e.kind;
    if (!e.language.empty()) d.language = e.language;  // else as the file states
    if (!e.date.empty()) d.date = e.date;
    d.place = e.place;
    d.title = e.title;
    d.session = e.session;
    fill_language(d, rules);
    add_document(c, std::move(d), rules, e.kind == "compilation");
  }

  // Files dropped into the corpus without metadata are ingested too.
  std::set<std::string> extra;  // sorted; a link to a file read once
  for (auto it = fs::recursive_directory_iterator(corpus_dir, ec);
       it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    const fs::path& p = it->path();
    std::string name = p.filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    // A link is followed only when it stays inside the corpus folder; one
    // that leaves it is refused (by name) before anything is read.
    bool link = it->is_symlink(ec);
    std::string ext = p.extension().string();
    bool text_name = readable_extension(ext) && name.rfind("README", 0) != 0;
    if (link && text_name) require_inside(root, p);
    if (!it->is_regular_file(ec) || !text_name) continue;
    // Found under the corpus folder through folders, not links (they are not
    // followed): a file's path relative to it is lexical; a link's resolved.
    std::string rel =
        (link ? fs::relative(p, corpus_dir) : p.lexically_relative(corpus_dir)).generic_string();
    if (!listed.count(rel)) extra.insert(rel);
  }
  for (const auto& rel : extra) {
    Document d = make_document(read_input((fs::path(corpus_dir) / rel).string(), rel), rel, rules);
    std::string folder = fs::path(rel).parent_path().generic_string();
    d.series = folder.empty() ? "default" : sanitize_id(folder);
    d.detected.push_back("series");
    fill_language(d, rules);
    add_document(c, std::move(d), rules, false);
  }

  // Every document id is unique, items of compilations included.
  std::set<std::string> ids;
  for (const auto& d : c.documents)
    if (!ids.insert(d.id).second)
      throw InputError("two documents have the id '" + d.id + "'",
                       m.path.empty() ? corpus_dir : m.path);
  for (auto& d : c.documents) {
    if (d.series.empty()) d.series = "default";
    ensure_series(c, d.series);
  }
  return c;
}

std::size_t add_file(Corpus& corpus, const std::string& path, const Rules& rules,
                     const std::string& series) {
  return add_file(corpus, read_file(path, rules), rules, series);
}

Document read_file(const std::string& path, const Rules& rules) {
  Document d = make_document(read_input(path, path), path, rules);
  fill_language(d, rules);
  return d;
}

std::size_t add_file(Corpus& corpus, Document d, const Rules& rules, const std::string& series) {
  std::string base = d.id;
  for (int k = 2; corpus.find_document(d.id); ++k) d.id = base + "-" + std::to_string(k);
  d.series = series.empty() ? "draft" : series;
  std::size_t first = corpus.documents.size();
  add_document(corpus, std::move(d), rules, false);
  ensure_series(corpus, corpus.documents[first].series);
  return first;
}

}  // namespace ct::ingest

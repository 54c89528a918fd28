// Output paths checked against the corpus folder; track's output names.
#include "pipeline/output_paths.h"

#include <filesystem>

#include "model/error.h"
#include "util/temp_names.h"

namespace ct::pipeline {

namespace fs = std::filesystem;

namespace {

// Whether `p` is `root` or lies inside it (both canonical).
bool within(const fs::path& root, const fs::path& p) {
  auto r = root.begin(), q = p.begin();
  for (; r != root.end(); ++r, ++q)
    if (q == p.end() || *r != *q) return false;
  return true;
}

}  // namespace

void refuse_in_corpus(const std::string& corpus_dir, const std::string& out,
                      const std::string& flag) {
  std::error_code ec;
  if (out.empty() || out == "-" || !fs::is_directory(corpus_dir, ec)) return;
  fs::path corpus = fs::weakly_canonical(fs::absolute(corpus_dir), ec);
  if (ec) return;
  fs::path target = fs::weakly_canonical(fs::absolute(out), ec);
  if (ec) return;
  if (target == corpus)
    throw InputError(flag + " is the corpus folder; outputs must go outside it", out);
  if (within(corpus, target))
    throw InputError(
        flag + " lies inside the corpus folder '" + corpus_dir + "'; outputs must go outside it",
        out);
  if (within(target, corpus))
    throw InputError(
        flag + " contains the corpus folder '" + corpus_dir + "'; outputs must go outside it", out);
}

bool is_track_output(const std::string& name) {
  // The folders of a split report and of per-series graphs ("series/"), and
  // the files in them ("series/x.html").
  auto in = [&name](std::string_view dir, std::string_view ext) {
    if (name.size() <= dir.size() || name.compare(0, dir.size(), dir) != 0) return false;
    if (name.size() == dir.size() + 1 && name.back() == '/') return true;
    if (name[dir.size()] != '/') return false;
    std::string file = name.substr(dir.size() + 1);
    if (file.find('/') != std::string::npos) return false;
    std::size_t dot = file.rfind(ext);
    return dot != std::string::npos && dot > 0 &&
           (dot + ext.size() == file.size() || is_temp_of(file, file.substr(0, dot + ext.size())));
  };
  if (in("series", ".html") || in("search", ".js") || in("graphs", ".dot") ||
      in("graphs", ".graphml"))
    return true;
  for (const char* known : {"index.html", "tracker.json", "findings.json", "findings.sarif",
                            "graph.dot", "graph.graphml"})
    if (is_temp_of(name, known)) return true;
  if (name.rfind("graph-", 0) == 0) {
    std::size_t svg = name.find(".svg");
    return svg != std::string::npos &&
           (svg + 4 == name.size() || is_temp_of(name, name.substr(0, svg + 4)));
  }
  return false;
}

}  // namespace ct::pipeline

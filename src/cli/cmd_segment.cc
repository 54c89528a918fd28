// `clausetrack segment FILE|DOC-ID`: the clauses of one document, as text (one
// line per clause: local id, role, source lines, the lead verb's action and
// strength for operative clauses, the text indented by depth) or as a
// clausetrack/tracker/1 object holding documents and clauses.
#include <fmt/format.h>

#include <filesystem>

#include "cli/commands.h"
#include "cli/resolve.h"
#include "ingest/load_corpus.h"
#include "model/error.h"
#include "pipeline/pipeline.h"
#include "report/tracker_json.h"

namespace ct::cli {

namespace {

std::string as_text(const Corpus& corpus, const std::vector<std::size_t>& docs) {
  std::string out;
  for (std::size_t i : docs) {
    const Document& d = corpus.documents[i];
    out += fmt::format("== {}  [{} {} {}{}]  {}\n", d.id, d.language, d.kind,
                       d.date.empty() ? "undated" : d.date,
                       d.parent.empty() ? "" : ", in " + d.parent, d.title);
    for (std::size_t k = d.first_clause; k < d.first_clause + d.clause_count; ++k) {
      const Clause& c = corpus.clauses[k];
      // The id without its document ("s2.8.ii", "pre.3"): unique and short.
      std::string label = c.id.substr(d.id.size() + 1);
      std::string lines =
          c.line == c.end_line ? std::to_string(c.line) : fmt::format("{}-{}", c.line, c.end_line);
      std::string verb = c.action.empty() ? "" : fmt::format("[{} {}] ", c.action, c.strength);
      out += fmt::format("{:>10}  {:<10} {:>9}  {}{}{}\n", label, name(c.role), lines,
                         std::string(static_cast<std::size_t>(c.depth) * 2, ' '), verb, c.text);
    }
  }
  return out;
}

}  // namespace

int run_segment(const Common& common, const SegmentOptions& opt) {
  Rules rules = load_rules(common.rules);
  int jobs = jobs_of(common.jobs);
  Corpus corpus;
  std::vector<std::size_t> docs;
  std::string source;
  std::error_code ec;
  if (in_corpus(common.corpus, opt.target, source)) {
    corpus = pipeline::load(common.corpus, rules, jobs, pipeline::Depth::Extract);
    docs = find_documents(corpus, opt.target, source);
  } else if (std::filesystem::exists(opt.target, ec)) {
    ingest::add_file(corpus, opt.target, rules);
    pipeline::analyze(corpus, rules, jobs, pipeline::Depth::Extract);
    for (std::size_t i = 0; i < corpus.documents.size(); ++i) docs.push_back(i);
  } else {
    if (!std::filesystem::is_directory(common.corpus, ec))
      throw InputError("no such file or document", opt.target);
    corpus = pipeline::load(common.corpus, rules, jobs, pipeline::Depth::Extract);
    docs = find_documents(corpus, opt.target, "");
    if (docs.empty())
      throw InputError("no such file, and no document with this id in the corpus", opt.target);
    // A compilation brings its items.
    for (std::size_t i = 0; i < corpus.documents.size(); ++i)
      if (corpus.documents[i].parent == opt.target) docs.push_back(i);
  }
  if (opt.format == "json")
    emit("", report::dump(report::segment_json(corpus, docs)));
  else
    emit("", as_text(corpus, docs));
  return 0;
}

}  // namespace ct::cli

// `clausetrack segment FILE|DOC-ID`: the clauses of one document, as text
// (report/segment_text.h) or as a clausetrack/tracker/1 object holding
// documents and clauses.
#include <filesystem>

#include "model/error.h"
#include "pipeline/emit.h"
#include "pipeline/run_common.h"
#include "report/segment_text.h"
#include "report/tracker_json.h"

namespace ct::pipeline {

Outcome run_segment(const Common& common, const SegmentRequest& req) {
  Rules rules = load_rules(rules_dir(common), {.checks = false});
  Inputs in = inputs_of(common, Depth::Extract);
  std::string source;
  std::error_code ec;
  std::vector<std::size_t> docs;
  Analysed a;
  if (in_corpus(common.corpus, req.target, source)) {
    a = build(rules, in);
    docs = find_documents(a.corpus, req.target, source);
  } else if (std::filesystem::exists(req.target, ec)) {
    in.read_corpus = false;
    in.files = {req.target};
    a = build(rules, in);
    docs = a.files.front();
  } else {
    if (!std::filesystem::is_directory(common.corpus, ec))
      throw InputError("no such file or document", req.target);
    a = build(rules, in);
    docs = document_and_items(a.corpus, req.target);
    if (docs.empty())
      throw InputError("no such file, and no document with this id in the corpus", req.target);
  }
  if (req.format == "json")
    emit("", report::dump(report::segment_json(a.corpus, docs)));
  else
    emit("", report::segment_text(a.corpus, docs));
  return {};
}

}  // namespace ct::pipeline

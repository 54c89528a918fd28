// `clausetrack diff OLD NEW`: two documents (files or document ids, any
// languages) aligned clause by clause and written as text, JSON, HTML or a
// Word document with tracked changes (report/diff_view.h). Files outside the corpus are read on the
// fly; the corpus is read only when a target needs it.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <set>

#include "align/pairwise.h"
#include "model/error.h"
#include "pipeline/emit.h"
#include "pipeline/output_paths.h"
#include "pipeline/run_common.h"
#include "report/diff_view.h"
#include "util/stage_timer.h"

namespace ct::pipeline {

namespace {

namespace fs = std::filesystem;

enum class Kind { CorpusFile, OutsideFile, DocumentId };

Kind kind_of(const std::string& corpus_dir, const std::string& target, std::string& source) {
  std::error_code ec;
  if (in_corpus(corpus_dir, target, source)) return Kind::CorpusFile;
  if (fs::is_regular_file(target, ec)) return Kind::OutsideFile;
  return Kind::DocumentId;
}

// The tracked changes' date: now, or SOURCE_DATE_EPOCH when set (the
// reproducible-builds convention: the same inputs give the same bytes).
report::DocxOptions docx_options(const DiffRequest& req) {
  report::DocxOptions o;
  o.author = req.author;
  o.mtime = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    long long v = std::strtoll(epoch, &end, 10);
    if (!*epoch || *end || v < 0 || v > 253402300799LL)
      throw InputError("SOURCE_DATE_EPOCH is not a number of seconds since 1970: '" +
                       std::string(epoch) + "'");
    o.mtime = static_cast<std::time_t>(v);
  }
  std::tm utc{};
  gmtime_r(&o.mtime, &utc);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
  o.date = buf;
  return o;
}

}  // namespace

Outcome run_diff(const Common& common, const DiffRequest& req) {
  StageTimer timer;
  // The structure (but its word lists) and chrome rules name no language:
  // they compile on a second thread while the language rules load and the
  // documents are read.
  const std::string dir = rules_dir(common);
  std::future<LanguageFreeRules> early =
      std::async(std::launch::async, [&dir] { return load_language_free_rules(dir); });
  // The patterns and phrases of the documents' languages only, once read.
  Rules rules = load_rules(dir, {.checks = false, .language_parts = false});
  timer.lap("rules");
  refuse_in_corpus(common.corpus, req.output, "-o");
  std::string sources[2];
  const std::string* targets[2] = {&req.old_doc, &req.new_doc};
  Kind kinds[2] = {kind_of(common.corpus, req.old_doc, sources[0]),
                   kind_of(common.corpus, req.new_doc, sources[1])};

  Inputs in = inputs_of(common, Depth::Extract);
  in.read_corpus = kinds[0] != Kind::OutsideFile || kinds[1] != Kind::OutsideFile;
  std::error_code ec;
  if (in.read_corpus && !fs::is_directory(common.corpus, ec)) {
    for (int k = 0; k < 2; ++k)
      if (kinds[k] == Kind::DocumentId) throw InputError("no such file or document", *targets[k]);
    throw InputError("corpus folder not found", common.corpus);
  }
  for (int k = 0; k < 2; ++k)
    if (kinds[k] == Kind::OutsideFile) in.files.push_back(*targets[k]);
  Analysed a = ingest_inputs(rules, in);
  std::set<std::string> languages;
  for (const Document& d : a.corpus.documents) languages.insert(d.language);
  // The extraction rules load while the documents are segmented.
  std::future<ExtractRules> extract_rules =
      start_language_parts(rules, languages, std::move(early), /*prefilters=*/true);
  in.before_extract = [&] { rules.extract = extract_rules.get(); };
  timer.lap("ingest, rules of the languages");
  analyse_inputs(rules, in, a);
  timer.lap("analyse");

  std::vector<std::size_t> sides[2];
  std::size_t next_file = 0;
  for (int k = 0; k < 2; ++k) {
    if (kinds[k] == Kind::OutsideFile)
      sides[k] = a.files[next_file++];
    else if (kinds[k] == Kind::CorpusFile)
      sides[k] = find_documents(a.corpus, *targets[k], sources[k]);
    else
      sides[k] = document_and_items(a.corpus, *targets[k]);
    if (sides[k].empty())
      throw InputError("no such file, and no document with this id in the corpus", *targets[k]);
  }

  Corpus two = align::two_sides(a.corpus, sides[0], sides[1]);  // a.corpus keeps its documents
  align::SideBySide result = align::compare_sides(two, rules, in.jobs);
  timer.lap("compare");
  report::DiffView view{two, a.corpus, {}, sides[0].size()};
  for (int k = 0; k < 2; ++k) view.docs.insert(view.docs.end(), sides[k].begin(), sides[k].end());

  if (req.format == "docx")
    emit_bytes(req.output, report::diff_docx(view, result, docx_options(req)));
  else if (req.format == "json")
    emit(req.output, report::diff_json(view, result));
  else if (req.format == "html")
    emit(req.output, report::diff_html(view, result));
  else
    emit(req.output, report::diff_text(view, result));
  timer.lap("output");
  return {};
}

}  // namespace ct::pipeline

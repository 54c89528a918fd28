// `clausetrack export DOC --format akn`: one document (a file, or a document
// id of the corpus) as Akoma Ntoso, its clauses referring to their threads:
// a corpus document is analysed with the whole corpus (the threads `track`
// reports), a file outside it alone.
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>

#include "model/error.h"
#include "pipeline/emit.h"
#include "pipeline/output_paths.h"
#include "pipeline/run_common.h"
#include "report/akn_export.h"

namespace ct::pipeline {

namespace {

// FRBRlanguage takes ISO 639-2: the first three-letter code the language's
// rules list, else the code itself.
std::string akn_language(const Rules& rules, const std::string& code) {
  if (const LanguageRules* lr = rules.language(code))
    for (const std::string& other : lr->codes)
      if (other.size() == 3) return other;
  return code.empty() ? "und" : code;  // ISO 639-2 "undetermined"
}

}  // namespace

Outcome run_export(const Common& common, const ExportRequest& req) {
  Rules rules = load_rules(rules_dir(common));
  refuse_in_corpus(common.corpus, req.output, "-o");
  Inputs in = inputs_of(common, Depth::Align);
  std::string source;
  std::error_code ec;
  std::vector<std::size_t> docs;
  Analysed a;
  if (in_corpus(common.corpus, req.target, source)) {
    a = build(rules, in);
    docs = find_documents(a.corpus, req.target, source);
  } else if (std::filesystem::is_regular_file(req.target, ec)) {
    in.read_corpus = false;
    in.files = {req.target};
    a = build(rules, in);
    docs = a.files.front();
  } else {
    if (!std::filesystem::is_directory(common.corpus, ec))
      throw InputError("no such file or document", req.target);
    a = build(rules, in);
    docs = document_and_items(a.corpus, req.target);
  }
  if (docs.empty())
    throw InputError("no such file, and no document with this id in the corpus", req.target);
  if (docs.size() > 1) {
    std::string ids;
    for (std::size_t k = 1; k < docs.size() && k <= 3; ++k)
      ids += (ids.empty() ? "" : ", ") + a.corpus.documents[docs[k]].id;
    throw InputError("a compilation of " + std::to_string(docs.size() - 1) +
                         " items: export one item at a time (" + ids +
                         (docs.size() > 4 ? ", ...)" : ")"),
                     req.target);
  }
  const Document& d = a.corpus.documents[docs.front()];
  report::AknOptions o;
  o.language = akn_language(rules, d.language);
  o.country = "xx";  // no jurisdiction is known for a corpus document
  std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch)
    now = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &utc);
  o.generated = buf;
  emit(req.output, report::akn_export(a.corpus, docs.front(), o));
  return {};
}

}  // namespace ct::pipeline

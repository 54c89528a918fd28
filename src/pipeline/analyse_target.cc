// Finding and analysing the document a command names (see analyse_target.h).
#include "pipeline/analyse_target.h"

#include <filesystem>

#include "model/error.h"
#include "pipeline/targets.h"

namespace ct::pipeline {

Targeted analyse_target(const Rules& rules, Inputs in, const std::string& target) {
  Targeted t;
  std::string source;
  std::error_code ec;
  if (in_corpus(in.corpus_dir, target, source)) {
    t.analysed = build(rules, in);
    t.docs = find_documents(t.analysed.corpus, target, source);
  } else if (std::filesystem::is_regular_file(target, ec)) {
    in.read_corpus = false;
    in.files = {target};
    t.analysed = build(rules, in);
    t.docs = t.analysed.files.front();
  } else if (std::filesystem::is_directory(target, ec)) {
    throw InputError("is a directory, not a document", target);
  } else {
    if (!std::filesystem::is_directory(in.corpus_dir, ec))
      throw InputError("no such file or document", target);
    t.analysed = build(rules, in);
    t.docs = document_and_items(t.analysed.corpus, target);
  }
  if (t.docs.empty())
    throw InputError("no such file, and no document with this id in the corpus", target);
  return t;
}

}  // namespace ct::pipeline

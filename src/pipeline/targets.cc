// Resolution of command targets to documents.
#include "pipeline/targets.h"

#include <filesystem>

#include "util/parallel.h"

namespace ct::pipeline {

namespace fs = std::filesystem;

bool in_corpus(const std::string& corpus_dir, const std::string& target, std::string& source) {
  std::error_code ec;
  if (!fs::is_regular_file(target, ec) || !fs::is_directory(corpus_dir, ec)) return false;
  fs::path root = fs::weakly_canonical(fs::absolute(corpus_dir));
  fs::path file = fs::weakly_canonical(fs::absolute(target));
  fs::path rel = file.lexically_relative(root);
  if (rel.empty() || *rel.begin() == "..") return false;
  source = rel.generic_string();
  return true;
}

std::vector<std::size_t> find_documents(const Corpus& corpus, const std::string& target,
                                        const std::string& source) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < corpus.documents.size(); ++i) {
    const Document& d = corpus.documents[i];
    if (source.empty() ? d.id == target : d.source == source) out.push_back(i);
  }
  return out;
}

std::vector<std::size_t> document_and_items(const Corpus& corpus, const std::string& id) {
  std::vector<std::size_t> out = find_documents(corpus, id, "");
  if (out.empty()) return out;
  for (std::size_t i = 0; i < corpus.documents.size(); ++i)
    if (corpus.documents[i].parent == id) out.push_back(i);
  return out;
}

int jobs_of(int requested) {
  return requested > 0 ? requested : default_jobs();
}

}  // namespace ct::pipeline

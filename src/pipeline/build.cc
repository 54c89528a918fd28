// Building the analysed corpus: ingest, drafts and their series, the stages
// up to the depth asked.
#include "pipeline/build.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>

#include "align/align.h"
#include "ingest/load_corpus.h"
#include "model/error.h"
#include "pipeline/drafts.h"
#include "pipeline/targets.h"
#include "util/stage_timer.h"

namespace ct::pipeline {

namespace {

namespace fs = std::filesystem;

// The documents of each draft after `corpus.documents` was filtered: found
// again by id.
void reindex(const Corpus& corpus, std::vector<std::vector<std::size_t>>& drafts,
             const std::vector<std::vector<std::string>>& ids, std::set<std::size_t>& draft_docs) {
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < corpus.documents.size(); ++i) index[corpus.documents[i].id] = i;
  draft_docs.clear();
  for (std::size_t k = 0; k < drafts.size(); ++k)
    for (std::size_t j = 0; j < drafts[k].size(); ++j) {
      drafts[k][j] = index.at(ids[k][j]);
      draft_docs.insert(drafts[k][j]);
    }
}

// Adds the drafts, analyses the corpus (only the drafts' series when they are
// known before the analysis) and makes each draft the newest document of its
// series.
void build_with_drafts(const Rules& rules, const Inputs& in, Analysed& a) {
  Corpus& corpus = a.corpus;
  std::error_code ec;
  std::vector<std::vector<std::size_t>> drafts;
  for (const std::string& path : in.drafts) {
    std::string source;
    if (in_corpus(in.corpus_dir, path, source)) {
      a.corpus_targets.insert(source);
      continue;
    }
    if (!fs::exists(path, ec)) throw InputError("no such draft file", path);
    std::size_t first = ingest::add_file(corpus, path, rules, in.series);
    std::vector<std::size_t> docs;
    for (std::size_t i = first; i < corpus.documents.size(); ++i) {
      docs.push_back(i);
      a.draft_docs.insert(i);
    }
    a.draft_sources.insert(corpus.documents[first].source);
    drafts.push_back(std::move(docs));
  }

  // The drafts' series, known before the analysis when every document's date
  // is in the manifest: then only those series are analysed (a draft is
  // checked against its own series; the pre-publication check stays fast).
  std::vector<std::string> draft_series;
  bool dated = true;
  for (std::size_t i = 0; i < corpus.documents.size(); ++i)
    if (!a.draft_docs.count(i) && corpus.documents[i].date.empty()) dated = false;
  for (const auto& docs : drafts)
    draft_series.push_back(!in.series.empty() ? in.series
                           : dated            ? detect_series_raw(corpus, docs, a.draft_docs)
                                              : std::string());
  std::vector<std::vector<std::string>> ids;
  for (const auto& docs : drafts) {
    ids.emplace_back();
    for (std::size_t i : docs) ids.back().push_back(corpus.documents[i].id);
  }
  bool all_known = !drafts.empty() && a.corpus_targets.empty() &&
                   std::find(draft_series.begin(), draft_series.end(), "") == draft_series.end();
  if (all_known) {
    std::set<std::string> wanted(draft_series.begin(), draft_series.end());
    std::set<std::string> draft_ids;
    for (std::size_t i : a.draft_docs) draft_ids.insert(corpus.documents[i].id);
    std::vector<Document> kept;
    for (Document& d : corpus.documents)
      if (draft_ids.count(d.id) || wanted.count(d.series)) kept.push_back(std::move(d));
    corpus.documents = std::move(kept);
    reindex(corpus, drafts, ids, a.draft_docs);
  }

  analyze(corpus, rules, in.jobs, Depth::Extract);
  for (std::size_t k = 0; k < drafts.size(); ++k) {
    std::string series = draft_series[k];
    if (series.empty()) series = detect_series(corpus, drafts[k], a.draft_docs);
    if (series.empty()) continue;  // checked on its own
    std::string newest = newest_date(corpus, series, a.draft_docs);
    for (std::size_t i : drafts[k]) {
      Document& d = corpus.documents[i];
      d.series = series;
      // An undated draft is the newest document of its series.
      if (d.date.empty()) d.date = newest;
      if (d.session.empty()) d.session = d.id;
    }
  }
  order_series(corpus);
  if (in.depth == Depth::Align) align::align_corpus(corpus, rules, in.jobs);
}

// A file whose language was only guessed is said so on stderr (and as a
// text.language-uncertain finding by the checks).
void warn_uncertain_languages(const Corpus& corpus, const Rules& rules) {
  std::string known;
  for (const auto& [code, _] : rules.languages) known += (known.empty() ? "" : ", ") + code;
  for (const Document& d : corpus.documents)
    if (d.language_uncertain && d.parent.empty())
      std::cerr << "clausetrack: warning: " << d.source
                << ": language not detected with confidence (read as '" << d.language
                << "'; rules exist for " << known << "); give its 'language' in the manifest\n";
}

}  // namespace

Analysed build(const Rules& rules, const Inputs& in) {
  StageTimer timer;
  Analysed a;
  if (in.read_corpus) {
    a.corpus = ingest::load_corpus(in.corpus_dir, rules);
    if (!in.series.empty() && !a.corpus.find_series(in.series))
      throw InputError("no series '" + in.series + "' in the corpus manifest", in.series);
  }
  for (const std::string& path : in.files) {
    std::size_t first = ingest::add_file(a.corpus, path, rules);
    a.files.emplace_back();
    for (std::size_t d = first; d < a.corpus.documents.size(); ++d) a.files.back().push_back(d);
  }
  timer.lap("ingest");
  if (!in.drafts.empty())
    build_with_drafts(rules, in, a);
  else
    analyze(a.corpus, rules, in.jobs, in.depth);
  warn_uncertain_languages(a.corpus, rules);
  return a;
}

}  // namespace ct::pipeline

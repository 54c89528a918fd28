// Building the analysed corpus: ingest, drafts and their series, the stages
// up to the depth asked.
#include "pipeline/build.h"

#include <algorithm>
#include <exception>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <map>

#include "align/align.h"
#include "ingest/load_corpus.h"
#include "model/error.h"
#include "pipeline/draft_scope.h"
#include "pipeline/drafts.h"
#include "pipeline/targets.h"
#include "util/parallel.h"
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

// Sessions of a draft's series analysed whole and aligned with it: enough
// for the checks that compare a draft with its history (near-miss looks back
// 3 versions, thread.dropped a window of sessions, acronyms and extensions
// the newest ones); older documents give their opening facts only.
constexpr std::size_t kDraftHistory = 8;

// Puts `first` (in order) before the other documents and returns the drafts'
// documents found again by id.
void move_first(Corpus& corpus, const std::vector<std::size_t>& first) {
  std::vector<bool> taken(corpus.documents.size(), false);
  std::vector<Document> out;
  out.reserve(corpus.documents.size());
  for (std::size_t i : first) {
    taken[i] = true;
    out.push_back(std::move(corpus.documents[i]));
  }
  for (std::size_t i = 0; i < corpus.documents.size(); ++i)
    if (!taken[i]) out.push_back(std::move(corpus.documents[i]));
  corpus.documents = std::move(out);
}

// Aligns the first `n` documents only (they come first, so their clauses do
// too and the threads' clause indices hold in the whole corpus).
void align_first(Corpus& corpus, const Rules& rules, std::size_t n, int jobs) {
  if (n >= corpus.documents.size()) {
    align::align_corpus(corpus, rules, jobs);
    return;
  }
  std::size_t clauses = corpus.documents[n].first_clause;
  std::vector<Document> rest_docs(std::make_move_iterator(corpus.documents.begin() + n),
                                  std::make_move_iterator(corpus.documents.end()));
  std::vector<Clause> rest_clauses(std::make_move_iterator(corpus.clauses.begin() + clauses),
                                   std::make_move_iterator(corpus.clauses.end()));
  corpus.documents.resize(n);
  corpus.clauses.resize(clauses);
  order_series(corpus);
  align::align_corpus(corpus, rules, jobs);
  std::move(rest_docs.begin(), rest_docs.end(), std::back_inserter(corpus.documents));
  std::move(rest_clauses.begin(), rest_clauses.end(), std::back_inserter(corpus.clauses));
  order_series(corpus);
}

// Adds the drafts, analyses the corpus and makes each draft the newest
// document of its series. When the drafts' series are known before the
// analysis (given, or detected from the raw texts) only the documents a draft
// is compared with are analysed whole and aligned (draft_scope.h); every
// other document still gives its opening facts to the checks' knowledge.
void build_with_drafts(const Rules& rules, const Inputs& in, Analysed& a) {
  StageTimer timer;
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

  std::vector<std::string> draft_series;
  for (const auto& docs : drafts)
    draft_series.push_back(!in.series.empty() ? in.series
                                              : detect_series_raw(corpus, docs, a.draft_docs));
  timer.lap("draft series");
  std::vector<std::vector<std::string>> ids;
  for (const auto& docs : drafts) {
    ids.emplace_back();
    for (std::size_t i : docs) ids.back().push_back(corpus.documents[i].id);
  }
  bool all_known = !drafts.empty() && a.corpus_targets.empty() &&
                   std::find(draft_series.begin(), draft_series.end(), "") == draft_series.end();
  std::size_t aligned = corpus.documents.size();
  if (all_known) {
    std::set<std::string> wanted(draft_series.begin(), draft_series.end());
    DraftScope scope = draft_scope(corpus, wanted, a.draft_docs, kDraftHistory,
                                   cited_symbols(corpus, rules, a.draft_docs));
    for (std::size_t i : scope.opening_only) cut_to_opening(corpus.documents[i]);
    std::vector<std::size_t> order = scope.aligned;
    aligned = order.size();
    order.insert(order.end(), scope.whole.begin(), scope.whole.end());
    move_first(corpus, order);
    reindex(corpus, drafts, ids, a.draft_docs);
  }
  timer.lap("draft scope");

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
  if (in.depth == Depth::Align) align_first(corpus, rules, aligned, in.jobs);
  timer.lap("draft align");
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
  Analysed a = ingest_inputs(rules, in);
  analyse_inputs(rules, in, a);
  return a;
}

Analysed ingest_inputs(const Rules& rules, const Inputs& in) {
  StageTimer timer;
  Analysed a;
  if (in.read_corpus) {
    a.corpus = ingest::load_corpus(in.corpus_dir, rules);
    if (!in.series.empty() && !a.corpus.find_series(in.series))
      throw InputError("no series '" + in.series + "' in the corpus manifest", in.series);
  }
  // The files are read and their languages guessed on two threads (`diff`
  // reads two); errors and documents in the order of the files.
  std::vector<Document> read(in.files.size());
  std::vector<std::exception_ptr> errors(in.files.size());
  parallel_for(in.files.size(), std::min(2, std::max(1, in.jobs)), [&](int, std::size_t i) {
    try {
      read[i] = ingest::read_file(in.files[i], rules);
    } catch (...) {
      errors[i] = std::current_exception();
    }
  });
  for (std::size_t i = 0; i < in.files.size(); ++i) {
    if (errors[i]) std::rethrow_exception(errors[i]);
    std::size_t first = ingest::add_file(a.corpus, std::move(read[i]), rules);
    a.files.emplace_back();
    for (std::size_t d = first; d < a.corpus.documents.size(); ++d) a.files.back().push_back(d);
  }
  timer.lap("ingest");
  return a;
}

void analyse_inputs(const Rules& rules, const Inputs& in, Analysed& a) {
  if (!in.drafts.empty()) {
    if (in.before_extract) in.before_extract();
    build_with_drafts(rules, in, a);
  } else {
    a.entry_keys = analyze(a.corpus, rules, in.jobs, in.depth, in.cache, in.before_extract);
  }
  warn_uncertain_languages(a.corpus, rules);
}

}  // namespace ct::pipeline

// `clausetrack check [DRAFT...]`: the consistency checks. Without drafts it
// checks the whole corpus; with drafts it adds each as the newest document of
// its series (given by --series, else the series whose newest session shares
// the most words with it), runs the pipeline and reports the findings located
// in the drafts: a pre-publication check. Formats: text, json, sarif, github.
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "align/align.h"
#include "check/check.h"
#include "cli/commands.h"
#include "cli/resolve.h"
#include "ingest/load_corpus.h"
#include "model/error.h"
#include "pipeline/pipeline.h"
#include "report/findings_json.h"
#include "text/fold.h"

namespace ct::cli {

namespace {

// Content-word stems of a document's clauses.
std::set<std::string> stems_of(const Corpus& corpus, const Document& d) {
  std::set<std::string> out;
  for (std::size_t k = d.first_clause; k < d.first_clause + d.clause_count; ++k)
    for (const Token& t : corpus.clauses[k].tokens)
      if (t.word && !t.stop && t.stem.size() > 2) out.insert(t.stem);
  return out;
}

// Folded words (4 letters or more) of a document's raw text.
std::set<std::string> raw_words(const Document& d) {
  std::set<std::string> out;
  std::string f = text::fold(d.text->view().substr(d.begin, d.end - d.begin)), w;
  for (char ch : f + " ") {
    if (std::isalnum(static_cast<unsigned char>(ch)) || (ch & 0x80)) {
      w += ch;
    } else {
      if (w.size() > 3) out.insert(w);
      w.clear();
    }
  }
  return out;
}

// The series whose newest session shares the largest part of the draft's
// words (`words_of` a document); "" when none shares any.
template <typename WordsOf>
std::string detect_series_by(const Corpus& corpus, const std::vector<std::size_t>& draft,
                             const std::set<std::size_t>& all_drafts, WordsOf words_of) {
  std::set<std::string> words;
  for (std::size_t i : draft) {
    auto w = words_of(corpus.documents[i]);
    words.insert(w.begin(), w.end());
  }
  std::string best;
  double best_score = 0;
  for (const Series& s : corpus.series) {
    // The newest session of the series among the corpus's own documents.
    std::string newest;
    for (std::size_t i = 0; i < corpus.documents.size(); ++i) {
      const Document& d = corpus.documents[i];
      if (d.series == s.id && !all_drafts.count(i) && d.date > newest) newest = d.date;
    }
    if (newest.empty()) continue;
    std::set<std::string> theirs;
    for (std::size_t i = 0; i < corpus.documents.size(); ++i) {
      const Document& d = corpus.documents[i];
      if (d.series == s.id && !all_drafts.count(i) && d.date == newest) {
        auto w = words_of(d);
        theirs.insert(w.begin(), w.end());
      }
    }
    std::size_t common = 0;
    for (const auto& w : words) common += theirs.count(w);
    double score =
        words.empty() ? 0 : static_cast<double>(common) / static_cast<double>(words.size());
    if (score > best_score) {
      best_score = score;
      best = s.id;
    }
  }
  return best;
}

// By the content-word stems of the analysed clauses.
std::string detect_series(const Corpus& corpus, const std::vector<std::size_t>& draft,
                          const std::set<std::size_t>& all_drafts) {
  return detect_series_by(corpus, draft, all_drafts,
                          [&](const Document& d) { return stems_of(corpus, d); });
}

// By the raw texts' words, before any analysis, so that only the draft's
// series need be analysed.
std::string detect_series_raw(const Corpus& corpus, const std::vector<std::size_t>& draft,
                              const std::set<std::size_t>& all_drafts) {
  return detect_series_by(corpus, draft, all_drafts, raw_words);
}

std::string newest_date(const Corpus& corpus, const std::string& series,
                        const std::set<std::size_t>& drafts) {
  std::string newest;
  for (std::size_t i = 0; i < corpus.documents.size(); ++i)
    if (corpus.documents[i].series == series && !drafts.count(i) &&
        corpus.documents[i].date > newest)
      newest = corpus.documents[i].date;
  return newest;
}

// Paths as the user sees them from the working directory: corpus files under
// the corpus folder, drafts as given.
void display_paths(std::vector<Finding>& findings, const std::string& corpus_dir,
                   const std::set<std::string>& draft_sources) {
  auto fix = [&](Location& l) {
    if (l.file.empty() || draft_sources.count(l.file) || corpus_dir.empty() || corpus_dir == ".")
      return;
    l.file = (std::filesystem::path(corpus_dir) / l.file).lexically_normal().string();
  };
  for (Finding& f : findings) {
    fix(f.where);
    for (Location& r : f.related) fix(r);
  }
}

}  // namespace

int run_check(const Common& common, const CheckOptions& opt) {
  // Validate what can be validated before the work.
  check::reaches({}, opt.fail_on);
  Rules rules = load_rules(common.rules);
  int jobs = jobs_of(common.jobs);
  std::set<std::string> accepted;
  if (!opt.baseline.empty()) accepted = check::load_baseline(opt.baseline);

  std::error_code ec;
  if (!std::filesystem::is_directory(common.corpus, ec))
    throw InputError("corpus folder not found", common.corpus);
  Corpus corpus = ingest::load_corpus(common.corpus, rules);
  if (!opt.series.empty() && !corpus.find_series(opt.series))
    throw InputError("no series '" + opt.series + "' in the corpus manifest", opt.series);

  // Drafts: new documents (a file of the corpus itself is checked as it is).
  std::vector<std::vector<std::size_t>> drafts;
  std::set<std::size_t> draft_docs;
  std::set<std::string> corpus_targets, draft_sources;
  for (const std::string& path : opt.drafts) {
    std::string source;
    if (in_corpus(common.corpus, path, source)) {
      corpus_targets.insert(source);
      continue;
    }
    if (!std::filesystem::exists(path, ec)) throw InputError("no such draft file", path);
    std::size_t first = ingest::add_file(corpus, path, rules, opt.series);
    std::vector<std::size_t> docs;
    for (std::size_t i = first; i < corpus.documents.size(); ++i) {
      docs.push_back(i);
      draft_docs.insert(i);
    }
    draft_sources.insert(corpus.documents[first].source);
    drafts.push_back(std::move(docs));
  }

  // The drafts' series, known before the analysis when every document's date
  // is in the manifest: then only those series are analysed (a draft is
  // checked against its own series; the pre-publication check stays fast).
  std::vector<std::string> draft_series;
  bool dated = true;
  for (std::size_t i = 0; i < corpus.documents.size(); ++i)
    if (!draft_docs.count(i) && corpus.documents[i].date.empty()) dated = false;
  for (const auto& docs : drafts)
    draft_series.push_back(!opt.series.empty() ? opt.series
                           : dated             ? detect_series_raw(corpus, docs, draft_docs)
                                               : std::string());
  std::vector<std::vector<std::string>> draft_id_lists;
  for (const auto& docs : drafts) {
    draft_id_lists.emplace_back();
    for (std::size_t i : docs) draft_id_lists.back().push_back(corpus.documents[i].id);
  }
  bool all_known = !drafts.empty() && corpus_targets.empty() &&
                   std::find(draft_series.begin(), draft_series.end(), "") == draft_series.end();
  if (all_known) {
    std::set<std::string> wanted(draft_series.begin(), draft_series.end());
    std::vector<Document> kept;
    std::set<std::string> draft_ids;
    for (std::size_t i : draft_docs) draft_ids.insert(corpus.documents[i].id);
    for (Document& d : corpus.documents)
      if (draft_ids.count(d.id) || wanted.count(d.series)) kept.push_back(std::move(d));
    corpus.documents = std::move(kept);
    // Indices moved: find the drafts again by id.
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < corpus.documents.size(); ++i) index[corpus.documents[i].id] = i;
    draft_docs.clear();
    for (std::size_t k = 0; k < drafts.size(); ++k) {
      for (std::size_t& i : drafts[k]) {
        i = index.at(draft_id_lists[k][static_cast<std::size_t>(&i - drafts[k].data())]);
        draft_docs.insert(i);
      }
    }
  }

  pipeline::analyze(corpus, rules, jobs, pipeline::Depth::Extract);
  for (std::size_t k = 0; k < drafts.size(); ++k) {
    const auto& docs = drafts[k];
    std::string series = draft_series[k];
    if (series.empty()) series = detect_series(corpus, docs, draft_docs);
    if (series.empty()) continue;  // checked on its own
    std::string newest = newest_date(corpus, series, draft_docs);
    for (std::size_t i : docs) {
      Document& d = corpus.documents[i];
      d.series = series;
      // An undated draft is the newest document of its series.
      if (d.date.empty()) d.date = newest;
      if (d.session.empty()) d.session = d.id;
    }
  }
  pipeline::order_series(corpus);
  align::align_corpus(corpus, rules, jobs);

  std::vector<Finding> findings = check::run_checks(corpus, rules);
  if (!drafts.empty() || !corpus_targets.empty()) {
    std::set<std::string> keep;
    for (std::size_t i : draft_docs) keep.insert(corpus.documents[i].id);
    for (const Document& d : corpus.documents)
      if (corpus_targets.count(d.source)) keep.insert(d.id);
    check::keep_documents(findings, keep);
  }
  check::apply_baseline(findings, accepted);

  std::string out;
  if (opt.format == "json") {
    out = report::dump(report::findings_json(findings));
  } else {
    display_paths(findings, common.corpus, draft_sources);
    if (opt.format == "sarif")
      out = report::dump(report::findings_sarif(findings, rules.checks));
    else if (opt.format == "github")
      out = report::findings_github(findings);
    else
      out = report::findings_text(findings);
  }
  emit(opt.output, out);
  return check::reaches(findings, opt.fail_on) ? 1 : 0;
}

}  // namespace ct::cli

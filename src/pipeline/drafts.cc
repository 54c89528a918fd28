// Draft series detection by shared words.
#include "pipeline/drafts.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "text/fold.h"

namespace ct::pipeline {

namespace {

// Content-word stems of a document's clauses.
std::set<std::string> stems_of(const Corpus& corpus, const Document& d) {
  std::set<std::string> out;
  for (std::size_t k = d.first_clause; k < d.first_clause + d.clause_count; ++k)
    for (const Token& t : corpus.clauses[k].tokens)
      if (t.word && !t.stop && t.stem.size() > 2) out.emplace(t.stem);
  return out;
}

// Folded words (4 letters or more) of a document's raw text. Words in ASCII
// are lowered byte by byte; only the others go through text::fold (its
// Unicode normalization is most of the cost on a whole text).
std::unordered_set<std::string> raw_words(const Document& d) {
  std::unordered_set<std::string> out;
  std::string_view t = d.text->view().substr(d.begin, d.end - d.begin);
  // Each byte's lower-case form, or 0 for a separator: ASCII letters and
  // digits as std::isalnum and std::tolower in the C locale, any byte of a
  // multi-byte character kept (a table instead of two calls per byte).
  std::array<char, 256> kind{};
  for (int c = 0; c < 256; ++c) {
    bool upper = c >= 'A' && c <= 'Z';
    if (upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
      kind[static_cast<std::size_t>(c)] = static_cast<char>(upper ? c + 32 : c);
  }
  std::string w;
  bool ascii = true;
  auto flush = [&] {
    if (w.size() > 3) {
      if (ascii)
        out.insert(w);
      else
        out.insert(text::fold(w));
    }
    w.clear();
    ascii = true;
  };
  for (char ch : t) {
    unsigned char u = static_cast<unsigned char>(ch);
    if (char k = kind[u]) {
      w += k;
      ascii = ascii && u < 0x80;
    } else if (!w.empty()) {
      flush();
    }
  }
  flush();
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

}  // namespace

std::string detect_series(const Corpus& corpus, const std::vector<std::size_t>& draft,
                          const std::set<std::size_t>& all_drafts) {
  return detect_series_by(corpus, draft, all_drafts,
                          [&](const Document& d) { return stems_of(corpus, d); });
}

// Documents of each series a draft is compared with for its series: the
// newest few (by date; undated ones last in manifest order count as newest).
constexpr std::size_t kNewest = 3;

std::string detect_series_raw(const Corpus& corpus, const std::vector<std::size_t>& draft,
                              const std::set<std::size_t>& all_drafts) {
  // Cosine of IDF-weighted word sets (the inverse document frequency over the
  // candidate documents): rare words, names and the numbers of the
  // resolutions a draft cites weigh most; the size of a document does not.
  std::unordered_set<std::string> words;
  for (std::size_t i : draft) {
    auto w = raw_words(corpus.documents[i]);
    words.insert(w.begin(), w.end());
  }
  std::vector<std::pair<std::size_t, std::unordered_set<std::string>>>
      candidates;  // (series, words)
  for (std::size_t s = 0; s < corpus.series.size(); ++s) {
    std::vector<std::size_t> docs;
    for (std::size_t i = 0; i < corpus.documents.size(); ++i)
      if (corpus.documents[i].series == corpus.series[s].id && !all_drafts.count(i))
        docs.push_back(i);
    std::stable_sort(docs.begin(), docs.end(), [&](std::size_t a, std::size_t b) {
      const std::string &da = corpus.documents[a].date, &db = corpus.documents[b].date;
      return !da.empty() && (db.empty() || da < db);
    });
    for (std::size_t n = docs.size() > kNewest ? docs.size() - kNewest : 0; n < docs.size(); ++n)
      candidates.push_back({s, raw_words(corpus.documents[docs[n]])});
  }
  std::unordered_map<std::string, std::size_t> df;
  for (const auto& [_, ws] : candidates)
    for (const std::string& w : ws)
      if (words.count(w)) ++df[w];
  auto idf = [&](const std::string& w) {
    auto it = df.find(w);
    double n = it == df.end() ? 1 : static_cast<double>(it->second);
    return std::log(1 + static_cast<double>(candidates.size()) / n);
  };
  double mine = 0;
  for (const std::string& w : words) mine += idf(w) * idf(w);
  std::string best;
  double best_score = 0;
  for (const auto& [s, ws] : candidates) {
    double shared = 0, theirs = 0;
    for (const std::string& w : ws) {
      double x = idf(w);  // words the draft lacks: df 1 at most counted, as rare as can be
      theirs += x * x;
      if (words.count(w)) shared += x * x;
    }
    double score = shared > 0 ? shared / std::sqrt(mine * theirs) : 0;
    if (score > best_score) {
      best_score = score;
      best = corpus.series[s].id;
    }
  }
  return best;
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

}  // namespace ct::pipeline

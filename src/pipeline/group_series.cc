// Series of files given without a manifest: the documents at the top of a
// corpus folder that no manifest lists are grouped by what they are about,
// the names and acronyms they write with capitals, the resolutions they cite
// and their titles (generic title words from rules/series.yaml dropped),
// compared as weighted vectors and joined by average-linkage clustering.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "pipeline/pipeline.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace ct::pipeline {

namespace {

using Features = std::map<std::string, double>;  // feature -> count, then weight

bool capitalized(std::string_view word) {
  std::size_t i = 0;
  return !word.empty() && text::is_upper(text::decode(word, i));
}

// The title without its generic words (rules), digits and punctuation; folded.
std::string subject_of(const std::string& title, const SeriesRules& rules) {
  std::string t = " ";
  for (std::size_t i = 0; i < title.size();) {
    std::size_t at = i;
    char32_t c = text::decode(title, i);
    if (text::is_letter(c) || c == '-' || c == '\'')
      t += title.substr(at, i - at);
    else if (t.back() != ' ')
      t += ' ';
  }
  t = text::fold(t);
  if (t.back() != ' ') t += ' ';
  for (const std::string& g : rules.generic_title)
    for (std::size_t at; (at = t.find(" " + g + " ")) != std::string::npos;)
      t.erase(at, g.size() + 1);
  std::vector<std::string> words;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t j = t.find(' ', i);
    if (j == std::string::npos) j = t.size();
    if (j > i) words.push_back(t.substr(i, j - i));
    i = j + 1;
  }
  auto edge = [&](const std::string& w) {
    return std::find(rules.edge_words.begin(), rules.edge_words.end(), w) != rules.edge_words.end();
  };
  std::size_t b = 0, e = words.size();
  while (b < e && edge(words[b])) ++b;
  while (e > b && edge(words[e - 1])) --e;
  std::string out;
  for (std::size_t k = b; k < e; ++k) out += (out.empty() ? "" : " ") + words[k];
  return out;
}

// The clauses of a document and of its compilation items.
std::vector<std::size_t> documents_of(const Corpus& c, std::size_t doc) {
  std::vector<std::size_t> out{doc};
  for (std::size_t k = 0; k < c.documents.size(); ++k)
    if (!c.documents[k].parent.empty() && c.documents[k].parent == c.documents[doc].id)
      out.push_back(k);
  return out;
}

// Counts of a document's features; `surface` keeps a written form of each.
Features features_of(const Corpus& c, std::size_t doc, const SeriesRules& rules,
                     std::map<std::string, std::string>& surface) {
  Features f;
  std::string subject = subject_of(c.documents[doc].title, rules);
  if (!subject.empty()) f["t:" + subject] += 3;  // one title weighs as a few names
  for (std::size_t d : documents_of(c, doc)) {
    const Document& dd = c.documents[d];
    for (std::size_t k = dd.first_clause; k < dd.first_clause + dd.clause_count; ++k) {
      const Clause& cl = c.clauses[k];
      for (const Entity& e : cl.entities)
        if (e.type == EntityType::Resolution || e.type == EntityType::Acronym) {
          std::string key = "e:" + e.value;
          f[key] += 1;
          surface.emplace(key, e.text);
        }
      // Names in the body of the text, not in its furniture; the first word
      // of a clause is capitalized whatever it is.
      if (cl.role == Role::Title || cl.role == Role::Heading || cl.role == Role::Signature ||
          cl.role == Role::Other)
        continue;
      bool first = true;
      for (const Token& t : cl.tokens) {
        if (!t.word) continue;
        bool lead = first;
        first = false;
        if (lead || t.stop || t.number) continue;
        std::string_view w = std::string_view(cl.text).substr(t.begin, t.end - t.begin);
        if (!capitalized(w)) continue;
        std::string key = "w:" + std::string(t.fold);
        f[key] += 1;
        surface.emplace(key, std::string(w));
      }
    }
  }
  return f;
}

// Average-linkage clustering stopped at `min_sim`, by the nearest-neighbour
// chain (written by hand: no Debian C++ library offers hierarchical
// clustering; the chain finds the same groups as the textbook algorithm in
// O(n^2) time). `sim` is the symmetric n x n similarity, overwritten.
std::vector<std::vector<std::size_t>> cluster(std::vector<float> sim, std::size_t n,
                                              double min_sim) {
  std::vector<std::vector<std::size_t>> members(n), done;
  std::vector<std::size_t> size(n, 1);
  for (std::size_t i = 0; i < n; ++i) members[i] = {i};
  std::set<std::size_t> active;
  for (std::size_t i = 0; i < n; ++i) active.insert(i);
  auto at = [&](std::size_t a, std::size_t b) -> float& { return sim[a * n + b]; };
  std::vector<std::size_t> chain;
  while (!active.empty()) {
    if (chain.empty()) chain.push_back(*active.begin());
    std::size_t a = chain.back();
    std::size_t best = n;
    float bs = -1;
    for (std::size_t k : active)
      if (k != a && at(a, k) > bs) best = k, bs = at(a, k);
    // Keep the previous link on a tie, so the chain always ends.
    if (chain.size() > 1 && best != chain[chain.size() - 2] && at(a, chain[chain.size() - 2]) >= bs)
      best = chain[chain.size() - 2], bs = at(a, best);
    if (best == n || bs < min_sim) {
      // Nothing joins `a` now, and average linkage never brings a group closer.
      active.erase(a);
      done.push_back(std::move(members[a]));
      chain.pop_back();
      continue;
    }
    if (chain.size() < 2 || chain[chain.size() - 2] != best) {
      chain.push_back(best);
      continue;
    }
    chain.resize(chain.size() - 2);
    std::size_t b = best;
    double na = double(size[a]), nb = double(size[b]);
    for (std::size_t k : active)
      if (k != a && k != b)
        at(a, k) = at(k, a) = float((na * at(a, k) + nb * at(b, k)) / (na + nb));
    size[a] += size[b];
    members[a].insert(members[a].end(), members[b].begin(), members[b].end());
    active.erase(b);
  }
  for (auto& m : done) std::sort(m.begin(), m.end());
  std::sort(done.begin(), done.end());
  return done;
}

std::string slug(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t at = i;
    char32_t c = text::decode(s, i);
    if (text::is_letter(c) || text::is_digit(c)) {
      if (c < 0x80)
        out += char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      else
        out += text::fold(s.substr(at, i - at));
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.substr(0, 60);
}

}  // namespace

void group_series(Corpus& corpus, const Rules& rules) {
  std::vector<std::size_t> docs;
  for (std::size_t i = 0; i < corpus.documents.size(); ++i) {
    const Document& d = corpus.documents[i];
    bool detected = std::find(d.detected.begin(), d.detected.end(), "series") != d.detected.end();
    if (detected && d.parent.empty() && d.series == "default") docs.push_back(i);
  }
  const std::size_t n = docs.size();
  if (n < 2) return;

  std::map<std::string, std::string> surface;
  std::vector<Features> f(n);
  std::map<std::string, std::size_t> df;
  for (std::size_t i = 0; i < n; ++i) {
    f[i] = features_of(corpus, docs[i], rules.series, surface);
    for (const auto& [k, _] : f[i]) ++df[k];
  }
  // tf-idf, L2-normalized; a feature of one document links nothing.
  std::unordered_map<std::string, std::vector<std::pair<std::size_t, float>>> postings;
  for (std::size_t i = 0; i < n; ++i) {
    double norm = 0;
    for (auto& [k, w] : f[i]) {
      std::size_t m = df[k];
      w = m < 2 ? 0 : (1 + std::log(w)) * std::log(double(n) / double(m));
      norm += w * w;
    }
    norm = std::sqrt(norm);
    for (auto& [k, w] : f[i])
      if (w > 0) postings[k].emplace_back(i, float(w / norm));
  }
  std::vector<float> sim(n * n, 0.0f);
  for (const auto& [_, list] : postings)
    for (const auto& [i, x] : list)
      for (const auto& [j, y] : list)
        if (i != j) sim[i * n + j] += x * y;
  auto groups = cluster(std::move(sim), n, rules.series.min_similarity);

  // Each group named from the subject of most of its titles, else from its
  // heaviest names.
  std::set<std::string> taken;
  for (const Series& s : corpus.series) taken.insert(s.id);
  std::map<std::string, std::string> series_of;  // document id -> series id
  for (const auto& g : groups) {
    std::map<std::string, std::size_t> subjects;
    for (std::size_t i : g) ++subjects[subject_of(corpus.documents[docs[i]].title, rules.series)];
    std::string title;
    for (const auto& [s, count] : subjects)
      if (!s.empty() && count * 2 > g.size() && g.size() > 1) title = s;
    if (title.empty()) {
      std::map<std::string, double> weight;
      for (std::size_t i : g)
        for (const auto& [k, w] : f[i])
          if (k.rfind("t:", 0) != 0) weight[k] += w;
      std::vector<std::pair<double, std::string>> top;
      for (const auto& [k, w] : weight) top.emplace_back(-w, k);
      std::sort(top.begin(), top.end());
      for (std::size_t k = 0; k < top.size() && k < 2; ++k)
        title += (title.empty() ? "" : ", ") + surface[top[k].second];
    }
    if (title.empty()) title = subject_of(corpus.documents[docs[g.front()]].title, rules.series);
    std::string base = slug(title);
    if (base.empty()) base = "series";
    std::string id = base;
    for (int k = 2; taken.count(id); ++k) id = base + "-" + std::to_string(k);
    taken.insert(id);
    corpus.series.push_back(Series{id, title, "", {}, {}});
    for (std::size_t i : g) series_of[corpus.documents[docs[i]].id] = id;
  }
  for (Document& d : corpus.documents) {
    auto it = series_of.find(d.parent.empty() ? d.id : d.parent);
    if (it != series_of.end()) d.series = it->second;
  }
  bool used = false;
  for (const Document& d : corpus.documents) used |= d.series == "default";
  if (!used)
    corpus.series.erase(std::remove_if(corpus.series.begin(), corpus.series.end(),
                                       [](const Series& s) { return s.id == "default"; }),
                        corpus.series.end());
}

}  // namespace ct::pipeline

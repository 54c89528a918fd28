// Series of files given without a manifest: the documents at the top of a
// corpus folder that no manifest lists are grouped by what they are about,
// the names and acronyms they write with capitals, the resolutions they cite,
// the subject they name ("on the situation in Sierra Leone", rules) and their
// titles (generic title words from rules/series.yaml dropped), compared as
// weighted vectors and joined by average-linkage clustering. A group is named
// from its titles, else the subject most of its texts name, else its
// heaviest names.
#include <re2/re2.h>

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

// The words of `s`, split at spaces.
std::vector<std::string> words_of(const std::string& s) {
  std::vector<std::string> words;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    if (j > i) words.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return words;
}

// `words` without the rules' edge words at either end, joined by spaces;
// `kept`: how many are left.
std::string inner_words(const std::vector<std::string>& words, const SeriesRules& rules,
                        std::size_t& kept) {
  auto edge = [&](const std::string& w) {
    return std::find(rules.edge_words.begin(), rules.edge_words.end(), w) != rules.edge_words.end();
  };
  std::size_t b = 0, e = words.size();
  while (b < e && edge(words[b])) ++b;
  while (e > b && edge(words[e - 1])) --e;
  std::string out;
  for (std::size_t k = b; k < e; ++k) out += (out.empty() ? "" : " ") + words[k];
  kept = e - b;
  return out;
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
  std::size_t kept = 0;
  return inner_words(words_of(t), rules, kept);
}

// Runs of capitalized words among a clause's tokens [b, e), joined by the
// rules' joiners and by apostrophes and hyphens ("Democratic Republic of the
// Congo", "Côte d’Ivoire"), as byte ranges of its text. `lead`: the token at
// b opens the clause (capitalized whatever it is) and starts no run.
std::vector<std::pair<std::size_t, std::size_t>> name_runs(const Clause& cl, std::size_t b,
                                                           std::size_t e, bool lead,
                                                           const SeriesRules& rules) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  auto joiner = [&](std::string_view w) {
    return std::find(rules.name_joiners.begin(), rules.name_joiners.end(), w) !=
           rules.name_joiners.end();
  };
  std::size_t start = SIZE_MAX, last = 0;  // the open run: its first byte, its last name's end
  auto close = [&] {
    if (start != SIZE_MAX) out.emplace_back(start, last);
    start = SIZE_MAX;
  };
  // Dates are no names ("30 June 2020").
  auto dated = [&](const Token& t) {
    for (const Entity& en : cl.entities)
      if (en.type == EntityType::Date && t.begin >= en.begin && t.end <= en.end) return true;
    return false;
  };
  for (std::size_t k = b; k < e; ++k) {
    const Token& t = cl.tokens[k];
    std::string_view w = std::string_view(cl.text).substr(t.begin, t.end - t.begin);
    // A run opens on a name, not on a capitalized stop word ("The", "In").
    if (t.word && !t.number && capitalized(w) && !(lead && k == b) &&
        !(start == SIZE_MAX && t.stop) && !dated(t)) {
      if (start == SIZE_MAX) start = t.begin;
      last = t.end;
    } else if (start != SIZE_MAX && t.word && joiner(t.fold)) {
      // kept open: a joiner between two names
    } else if (start != SIZE_MAX && !t.word && (w == "'" || w == "\u2019" || w == "-")) {
      // kept open: an elision or a hyphen inside a name
    } else {
      close();
    }
  }
  close();
  return out;
}

// Most words of a subject written without capitals.
constexpr std::size_t kSubjectWords = 6;

// The subjects a clause names through the rules' subject phrases, folded,
// each with its written form: the first name in the phrase, else the phrase
// itself when it has two words or more ("children and armed conflict").
void subjects_of(const Clause& cl, const SeriesRules& rules,
                 std::vector<std::pair<std::string, std::string>>& out) {
  for (const auto& p : rules.subject) {
    const re2::RE2& re = p->get();
    const int group = re.NamedCapturingGroups().at("subject");
    std::vector<re2::StringPiece> m(static_cast<std::size_t>(group) + 1);
    re2::StringPiece text(cl.text);
    std::size_t pos = 0;
    while (pos < cl.text.size() &&
           re.Match(text, pos, cl.text.size(), re2::RE2::UNANCHORED, m.data(), group + 1)) {
      const re2::StringPiece whole = m[0], sub = m[static_cast<std::size_t>(group)];
      pos = static_cast<std::size_t>(whole.data() - cl.text.data()) +
            std::max<std::size_t>(1, whole.size());
      if (sub.data() == nullptr || sub.empty()) continue;
      const std::size_t b = static_cast<std::size_t>(sub.data() - cl.text.data()),
                        e = b + sub.size();
      std::size_t tb = 0, te = 0;
      while (tb < cl.tokens.size() && cl.tokens[tb].begin < b) ++tb;
      te = tb;
      while (te < cl.tokens.size() && cl.tokens[te].end <= e) ++te;
      auto runs = name_runs(cl, tb, te, false, rules);
      if (!runs.empty()) {
        std::string written = cl.text.substr(runs[0].first, runs[0].second - runs[0].first);
        out.emplace_back(text::fold(written), written);
        continue;
      }
      std::vector<std::string> words;
      for (std::size_t k = tb; k < te && words.size() <= kSubjectWords + 2; ++k)
        if (cl.tokens[k].word) words.emplace_back(cl.tokens[k].fold);
      std::size_t kept = 0;
      std::string key = inner_words(words, rules, kept);
      // A subject is a short phrase; a longer one is a sentence going on.
      if (kept < 2 || kept > kSubjectWords) continue;
      out.emplace_back(key, key);
    }
  }
}

// The clauses of a document and of its compilation items.
std::vector<std::size_t> documents_of(const Corpus& c, std::size_t doc) {
  std::vector<std::size_t> out{doc};
  for (std::size_t k = 0; k < c.documents.size(); ++k)
    if (!c.documents[k].parent.empty() && c.documents[k].parent == c.documents[doc].id)
      out.push_back(k);
  return out;
}

// What a document says it is about and the names it writes (folded ->
// count), for naming its group.
struct Naming {
  std::map<std::string, std::size_t> subjects, names;
  // The first it names, the one it is about (the opening recitals say what
  // a resolution is about; later ones cite other texts "on" other themes);
  // "" for none.
  std::string first_subject;
};

// Counts of a document's features; `surface` keeps a written form of each.
Features features_of(const Corpus& c, std::size_t doc, const SeriesRules& rules,
                     std::map<std::string, std::string>& surface, Naming& naming) {
  Features f;
  std::vector<std::pair<std::string, std::string>> subjects;
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
      subjects.clear();
      subjects_of(cl, rules, subjects);
      for (auto& [key, written] : subjects) {
        // A subject named outright weighs as half a name: more joins texts on
        // a country they mention in passing (on the archive flattened, the
        // agenda items' pairwise precision 0.688 -> 0.641 at 2 names, 0.699
        // at a half).
        f["s:" + key] += 0.5;
        surface.emplace("s:" + key, written);
        ++naming.subjects[key];
        if (naming.first_subject.empty()) naming.first_subject = key;
      }
      std::size_t lead = 0;
      while (lead < cl.tokens.size() && !cl.tokens[lead].word) ++lead;
      for (auto [b, e] : name_runs(cl, lead, cl.tokens.size(), true, rules)) {
        std::string written = cl.text.substr(b, e - b);
        std::string key = "n:" + text::fold(written);
        surface.emplace(key, written);
        ++naming.names[key];
      }
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

// Splits each group whose texts name two subjects or more that run
// alongside each other (two countries' missions citing each other, three
// thematic debates sharing their conventions) into one group per subject:
// a reader names a series by what it is about. Subjects named by fewer than
// kSubjectTexts texts of the group, or that follow one another in time (a
// country renamed: "East Timor", then "Timor-Leste"), do not split it; a
// text naming no such subject goes with the part it is most like on average.
constexpr std::size_t kSubjectTexts = 3;

std::vector<std::vector<std::size_t>> split_by_subject(std::vector<std::vector<std::size_t>> groups,
                                                       const std::vector<float>& sim, std::size_t n,
                                                       const std::vector<std::string>& subject,
                                                       const std::vector<std::string>& date) {
  std::vector<std::vector<std::size_t>> out;
  for (auto& g : groups) {
    std::map<std::string, std::vector<std::size_t>> by;  // subject -> members
    for (std::size_t i : g)
      if (!subject[i].empty()) by[subject[i]].push_back(i);
    std::vector<std::string> major;
    for (const auto& [k, v] : by)
      if (v.size() >= kSubjectTexts) major.push_back(k);
    if (major.size() < 2) {
      out.push_back(std::move(g));
      continue;
    }
    // Each major subject's texts' dates, in order, and its words of four
    // letters or more.
    std::vector<std::vector<std::string>> dates(major.size());
    std::vector<std::set<std::string>> long_words(major.size());
    for (std::size_t a = 0; a < major.size(); ++a) {
      for (std::size_t i : by[major[a]])
        if (!date[i].empty()) dates[a].push_back(date[i]);
      std::sort(dates[a].begin(), dates[a].end());
      for (std::string& w : words_of(major[a]))
        if (w.size() > 3) long_words[a].insert(std::move(w));
    }
    // Subjects that run alongside: each has two texts or more dated within
    // the other's span. Others join (union-find over the major subjects), and
    // so do two sharing a word ("Somalia", "Somalia and Eritrea").
    auto within = [&](std::size_t a, std::size_t b) {
      if (dates[b].empty()) return false;
      const auto& d = dates[a];
      return std::upper_bound(d.begin(), d.end(), dates[b].back()) -
                 std::lower_bound(d.begin(), d.end(), dates[b].front()) >=
             2;
    };
    auto share_word = [&](std::size_t a, std::size_t b) {
      for (const std::string& w : long_words[a])
        if (long_words[b].count(w)) return true;
      return false;
    };
    std::vector<std::size_t> root(major.size());
    for (std::size_t a = 0; a < major.size(); ++a) root[a] = a;
    auto find = [&](std::size_t x) {
      while (root[x] != x) x = root[x] = root[root[x]];
      return x;
    };
    for (std::size_t a = 0; a < major.size(); ++a)
      for (std::size_t b = a + 1; b < major.size(); ++b)
        if (share_word(a, b) || !(within(a, b) && within(b, a))) root[find(b)] = find(a);
    std::map<std::size_t, std::vector<std::size_t>> parts;  // root -> members
    std::map<std::string, std::size_t> part_of;
    for (std::size_t a = 0; a < major.size(); ++a) part_of[major[a]] = find(a);
    std::vector<std::size_t> rest;
    for (std::size_t i : g) {
      auto it = subject[i].empty() ? part_of.end() : part_of.find(subject[i]);
      if (it == part_of.end())
        rest.push_back(i);
      else
        parts[it->second].push_back(i);
    }
    if (parts.size() < 2) {
      out.push_back(std::move(g));
      continue;
    }
    for (std::size_t i : rest) {
      std::size_t best = parts.begin()->first;
      double bs = -1;
      for (const auto& [r, members] : parts) {
        double sum = 0;
        for (std::size_t j : members) sum += sim[i * n + j];
        const double avg = sum / double(members.size());
        if (avg > bs) bs = avg, best = r;
      }
      parts[best].push_back(i);
    }
    for (auto& [_, members] : parts) {
      std::sort(members.begin(), members.end());
      out.push_back(std::move(members));
    }
  }
  std::sort(out.begin(), out.end());
  return out;
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
  std::vector<Naming> naming(n);
  std::map<std::string, std::size_t> df, name_df;
  for (std::size_t i = 0; i < n; ++i) {
    f[i] = features_of(corpus, docs[i], rules.series, surface, naming[i]);
    for (const auto& [k, _] : f[i]) ++df[k];
    for (const auto& [k, _] : naming[i].names) ++name_df[k];
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
  std::vector<std::string> subject(n), date(n);
  for (std::size_t i = 0; i < n; ++i) {
    subject[i] = naming[i].first_subject;
    date[i] = corpus.documents[docs[i]].date;
  }
  auto groups =
      split_by_subject(cluster(sim, n, rules.series.min_similarity), sim, n, subject, date);

  // Each group named from the subject of most of its titles, else from the
  // subject most of its texts name, else from its heaviest names (runs of
  // capitalized words, weighed as the features are).
  std::set<std::string> taken;
  for (const Series& s : corpus.series) taken.insert(s.id);
  std::map<std::string, std::string> series_of;  // document id -> series id
  // Larger groups first: a subject two groups name goes to the larger; the
  // other is named by its names.
  std::stable_sort(groups.begin(), groups.end(),
                   [](const auto& a, const auto& b) { return a.size() > b.size(); });
  std::set<std::string> subject_titles;
  for (const auto& g : groups) {
    std::map<std::string, std::size_t> subjects;
    for (std::size_t i : g) ++subjects[subject_of(corpus.documents[docs[i]].title, rules.series)];
    std::string title;
    for (const auto& [s, count] : subjects)
      if (!s.empty() && count * 2 > g.size() && g.size() > 1) title = s;
    if (title.empty()) {
      // The subject named by the most texts of the group (by more than half),
      // ties to the one named most often.
      std::map<std::string, std::pair<std::size_t, std::size_t>> named;  // texts, times
      for (std::size_t i : g)
        for (const auto& [k, times] : naming[i].subjects) {
          ++named[k].first;
          named[k].second += times;
        }
      std::pair<std::size_t, std::size_t> best{0, 0};
      for (const auto& [k, v] : named)
        if (v.first * 2 > g.size() && v > best) best = v, title = surface["s:" + k];
      if (!title.empty() && !subject_titles.insert(text::fold(title)).second) title.clear();
    }
    if (title.empty()) {
      std::map<std::string, double> weight;
      for (std::size_t i : g)
        for (const auto& [k, count] : naming[i].names) {
          std::size_t m = name_df[k];
          if (m < 2 && n > 2) continue;
          weight[k] += (1 + std::log(double(count))) * std::log(double(n) / double(m));
        }
      std::vector<std::pair<double, std::string>> top;
      for (const auto& [k, w] : weight)
        if (w > 0) top.emplace_back(-w, k);
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

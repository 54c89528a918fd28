// Strands of each series from the likeness of its sessions (strands.h).
#include "align/strands.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <set>

#include "align/score.h"
#include "align/threading.h"
#include "util/parallel.h"

namespace ct::align {

namespace {

// One document of a session as one text: the summed features of its body
// paragraphs, in its language.
struct Profile {
  std::size_t session = 0, doc = 0;
  std::string language;
  ClauseFeatures features;
};

// How alike two texts are: the cosine of their words, and how much of the
// smaller text the larger one holds. Two renewals of one mandate are alike by
// both; a mandate's short technical rollover is held by its renewals but,
// short, scores a low cosine; another mission's renewal of the same agenda
// item shares its set phrases (held at most 0.67 on the archive) but not its
// words.
constexpr double kShort = 0.4;  // share of the other's weight a "much shorter" text has

struct Likeness {
  double cosine = 0, held = 0;
};

Likeness likeness(const Profile& a, const Profile& b, double short_max) {
  Likeness l;
  l.cosine = text_similarity(a.features, a.language, b.features, b.language);
  // Only a text much shorter than the other (a rollover of a few
  // paragraphs) is judged by how much of it the other holds: two full
  // renewals of two missions hold most of each other's set phrases. And
  // only a text short among its series' texts (`short_max`): a resolution
  // of average length is not a rollover because one text is four times
  // longer.
  const bool a_smaller = a.features.native.sum <= b.features.native.sum;
  const double small = a_smaller ? a.features.native.sum : b.features.native.sum;
  const double large = a_smaller ? b.features.native.sum : a.features.native.sum;
  if (small <= kShort * large && small <= short_max)
    l.held = a_smaller ? contained(a.features, a.language, b.features, b.language)
                       : contained(b.features, b.language, a.features, a.language);
  return l;
}

// Union-find: joins the sets of `a` and `b`, the lower root the root.
void unite(std::vector<std::size_t>& parent, std::size_t a, std::size_t b) {
  std::size_t x = draft_root(parent, a), y = draft_root(parent, b);
  if (x != y) parent[std::max(x, y)] = std::min(x, y);
}

// Whether two groups of texts, by their sessions, were renewed alongside
// each other: each has `branch` sessions or more while the other runs.
bool alongside(const std::set<std::size_t>& x, const std::set<std::size_t>& y, std::size_t branch) {
  if (x.empty() || y.empty()) return false;
  const std::size_t from = std::max(*x.begin(), *y.begin()),
                    to = std::min(*x.rbegin(), *y.rbegin());
  auto within = [&](const std::set<std::size_t>& z) {
    return std::size_t(std::distance(z.lower_bound(from), z.upper_bound(to)));
  };
  return from < to && within(x) >= branch && within(y) >= branch;
}

// The links to cut at progenitors: a document whose later documents, linked
// among themselves, fall in two groups or more of `branch` sessions or more,
// each linked to it and renewed alongside each other. It keeps the link to
// the group it is most like.
std::vector<bool> progenitor_links(const std::vector<Profile>& docs,
                                   const std::vector<std::vector<Likeness>>& like,
                                   const std::vector<std::pair<std::size_t, std::size_t>>& edges,
                                   std::size_t branch) {
  const std::size_t n = docs.size();
  std::vector<bool> cut(edges.size(), false);
  std::vector<std::size_t> parent(n);
  for (std::size_t j = 0; j < n; ++j) {
    const std::size_t at = docs[j].session;
    for (std::size_t k = 0; k < n; ++k) parent[k] = k;
    for (const auto& [a, b] : edges)
      if (docs[a].session > at && docs[b].session > at) unite(parent, a, b);
    // The groups linked to j: sessions each spans, its best link to j.
    std::map<std::size_t, std::set<std::size_t>> sessions;
    std::map<std::size_t, double> closest;
    for (const auto& [a, b] : edges) {
      const std::size_t other = a == j ? b : b == j ? a : n;
      if (other == n || docs[other].session <= at) continue;
      const std::size_t r = draft_root(parent, other);
      closest[r] = std::max(closest[r], std::max(like[j][other].cosine, like[j][other].held));
    }
    if (closest.size() < 2) continue;
    for (std::size_t k = 0; k < n; ++k)
      if (docs[k].session > at)
        if (auto it = closest.find(draft_root(parent, k)); it != closest.end())
          sessions[it->first].insert(docs[k].session);
    std::size_t large = 0, keep = n;
    for (const auto& [r, ses] : sessions)
      if (ses.size() >= branch) {
        ++large;
        if (keep == n || closest[r] > closest[keep]) keep = r;
      }
    if (large < 2) continue;
    // Only a group renewed alongside the kept one is another text: groups
    // that follow one another are the phases of one text (a mandate whose
    // short renewals of two years link back to it, then its long ones).
    // Alongside: each has `branch` sessions or more while the other runs.
    for (std::size_t e = 0; e < edges.size(); ++e) {
      const auto& [a, b] = edges[e];
      const std::size_t other = a == j ? b : b == j ? a : n;
      if (other == n || docs[other].session <= at) continue;
      const std::size_t r = draft_root(parent, other);
      if (r != keep && alongside(sessions[r], sessions[keep], branch)) cut[e] = true;
    }
  }
  return cut;
}

// A series' links between documents of one text (strands_of).
using Link = std::pair<std::size_t, std::size_t>;
struct Links {
  std::vector<Link> edges;  // documents of one strand, but for progenitors
  // A short text's held links beside a cosine link (a rollover alike by
  // its words to another rollover, held by a long text): joins, below.
  std::vector<Link> beside;
  // A text's links to the other earlier texts nearly as alike as its best
  // match: mergers, below.
  std::vector<Link> merges;
};

Links links_of(const std::vector<Profile>& docs, const std::vector<std::vector<Likeness>>& like,
               const StrandParams& p, const std::function<void(const std::string&)>& log) {
  const std::size_t n = docs.size();
  Links out;
  auto link = [&](std::size_t a, std::size_t b) { out.edges.emplace_back(a, b); };
  auto alike = [&](const Likeness& l) { return l.cosine >= p.cosine || l.held >= p.held; };
  auto linked_to = [&](std::size_t a, std::size_t b) {
    for (const auto& [x, y] : out.edges)
      if ((x == a && y == b) || (x == b && y == a)) return true;
    return false;
  };
  for (std::size_t k = 0; k < n; ++k) {
    const std::size_t session = docs[k].session;
    // The earlier text most like it by each measure (the latest of
    // equals), and the most alike of the session just before it.
    std::size_t by_cosine = n, by_held = n, before = n;
    for (std::size_t j = 0; j < k; ++j) {
      // Its session's other documents: translations of it are one text
      // with it; another text of the same day is a candidate like any
      // other, not linked for being alike: a sanctions regime's short text
      // adopted with the mission's renewal is held by it (set phrases:
      // 0.76 in the Congo) but far more by its own regime's texts.
      if (docs[j].session == session && docs[j].language != docs[k].language) {
        link(k, j);
        continue;
      }
      if (by_cosine == n || like[k][j].cosine >= like[k][by_cosine].cosine) by_cosine = j;
      if (docs[j].session + 1 == session &&
          (before == n ||
           like[k][j].cosine + like[k][j].held >= like[k][before].cosine + like[k][before].held))
        before = j;
    }
    // A short text (a rollover) is of the text, earlier or later, that
    // holds the most of it: a long text does not follow whatever short one
    // it holds (every rollover's few set phrases are in every renewal).
    for (std::size_t j = 0; j < n; ++j)
      if (j != k && (docs[j].session != session || docs[j].language == docs[k].language) &&
          docs[k].features.native.sum <= docs[j].features.native.sum &&
          (by_held == n || like[k][j].held >= like[k][by_held].held))
        by_held = j;
    bool linked = false;
    double best = 0;
    if (by_cosine < n && like[k][by_cosine].cosine >= p.cosine) {
      link(k, by_cosine), linked = true;
      best = like[k][by_cosine].cosine;
      // The other earlier texts nearly as alike (a merger, below).
      for (std::size_t j = 0; j < k; ++j)
        if (j != by_cosine && docs[j].session != session && like[k][j].cosine >= p.cosine &&
            like[k][j].cosine >= p.before_share * best)
          out.merges.emplace_back(k, j);
    }
    // Held, only when it says more than the words: a sanctions regime's
    // short renewal is held by the mission's long text (its set phrases)
    // but far more like its own last renewal by cosine. Beside a cosine
    // link, a join of two groups (below).
    if (by_held < n && like[k][by_held].held >= p.held && like[k][by_held].held > best) {
      if (linked)
        out.beside.emplace_back(k, by_held);
      else
        link(k, by_held);
      linked = true;
      best = std::max(best, like[k][by_held].held);
    }
    // The session just before, when alike and, beside a better match
    // elsewhere, nearly as alike: a mandate that drifted is alike to its
    // last renewal and to an older one about as much, while a sanctions
    // regime that repeats the mission's language is far more like its own
    // last renewal than like the mission's text adopted just before it.
    // Beside a match, by the words alone: a short renewal is held by the
    // long text before it through set phrases.
    // Not when the session before and this one both descend from its
    // best match: two texts born of one (a progenitor, below) are alike.
    const bool to_before =
        before < n && (linked ? like[k][before].cosine >= p.cosine &&
                                    like[k][before].cosine >= p.before_share * best &&
                                    !(by_cosine < n && linked_to(before, by_cosine))
                              : alike(like[k][before]));
    if (to_before) link(k, before);
    if (log) {
      char line[160];
      std::snprintf(line, sizeof line, "cosine %zu %.3f held %zu %.3f before %zu %.3f/%.3f%s",
                    by_cosine, by_cosine < n ? like[k][by_cosine].cosine : 0.0, by_held,
                    by_held < n ? like[k][by_held].held : 0.0, before,
                    before < n ? like[k][before].cosine : 0.0,
                    before < n ? like[k][before].held : 0.0, to_before ? " linked" : "");
      log(std::to_string(k) + " " + line);
    }
  }
  return out;
}

// The strands of one series from its documents' profiles (assign_strands).
void strands_of(Corpus& corpus, Series& series, const std::vector<Profile>& docs,
                const StrandParams& p) {
  if (series.sessions.size() < 3) return;
  const std::size_t n = docs.size();
  std::vector<std::vector<Likeness>> like(n, std::vector<Likeness>(n));
  std::vector<double> w;
  for (const Profile& d : docs) w.push_back(d.features.native.sum);
  // The upper quartile: a series of a few full renewals and more rollovers
  // (UNSOM's on unsc-dev: three rollovers, two renewals) has a rollover's
  // weight for its median.
  const std::size_t at = std::min(w.size() - 1, w.size() * 3 / 4);
  std::nth_element(w.begin(), w.begin() + std::ptrdiff_t(at), w.end());
  const double short_max = p.rollover * w[at];
  for (std::size_t k = 0; k < n; ++k)
    for (std::size_t j = 0; j < k; ++j)
      like[k][j] = like[j][k] = likeness(docs[k], docs[j], short_max);
  // CLAUSETRACK_STRANDS: each document's matches and the links dropped or
  // added below, on stderr (documents by their index in the series).
  std::function<void(const std::string&)> log;
  if (std::getenv("CLAUSETRACK_STRANDS"))
    log = [&](const std::string& line) {
      std::fprintf(stderr, "strands %s: %s\n", series.id.c_str(), line.c_str());
    };
  auto id = [&](std::size_t k) { return corpus.documents[docs[k].doc].id; };
  if (log)
    for (std::size_t k = 0; k < n; ++k) log(std::to_string(k) + " is " + id(k));
  Links links = links_of(docs, like, p, log);
  std::vector<Link>& edges = links.edges;
  // A text two recurring texts descend from (a resolution that authorised
  // a force and imposed an arms embargo, then renewed apart) is in the
  // strand of the one most like it, not a bridge between them.
  const std::vector<bool> cut = progenitor_links(docs, like, edges, p.branch_sessions);
  std::vector<std::size_t> parent(n);
  for (std::size_t k = 0; k < n; ++k) parent[k] = k;
  for (std::size_t e = 0; e < edges.size(); ++e) {
    if (cut[e] && log)
      log("progenitor link cut: " + id(edges[e].first) + " " + id(edges[e].second));
    if (!cut[e]) unite(parent, edges[e].first, edges[e].second);
  }
  // The held links beside a cosine link out of a group of texts join it to
  // one group only, the one that holds one of its texts the most (maybe
  // itself): a long text of another recurring text holds a rollover's set
  // phrases (South Sudan's sanctions rollover of 2018 held 0.84 by UNMISS's
  // renewal) while the group's other rollovers are held more (0.92) by their
  // own regime's texts.
  std::map<std::size_t, std::pair<std::size_t, double>> joins;  // group: group, held
  for (const auto& [k, h] : links.beside) {
    auto& [to, held] = joins.try_emplace(draft_root(parent, k), n, 0.0).first->second;
    if (to == n || like[k][h].held > held) to = draft_root(parent, h), held = like[k][h].held;
  }
  std::vector<Link> joined;
  for (const auto& [k, h] : links.beside)
    if (joins[draft_root(parent, k)].first == draft_root(parent, h))
      joined.emplace_back(k, h);
    else if (log)
      log("held link cut: " + id(k) + " " + id(h));
  for (const auto& [k, h] : joined) unite(parent, k, h);
  // A merger: a text nearly as alike to another recurring text as to its
  // best match continues it too when that text's strand ends before it and
  // did not run alongside its own (resolution 1701 took UNIFIL's mandate
  // into the texts on Lebanon; a mission's renewal alike to a sanctions
  // regime still renewed, or renewed alongside it until then, does not).
  std::map<std::size_t, std::set<std::size_t>> sessions;  // of each group
  for (std::size_t k = 0; k < n; ++k) sessions[draft_root(parent, k)].insert(docs[k].session);
  std::vector<Link> mergers;
  for (const auto& [k, j] : links.merges) {
    const std::size_t mine = draft_root(parent, k), other = draft_root(parent, j);
    if (mine != other && *sessions[other].rbegin() < docs[k].session &&
        !alongside(sessions[mine], sessions[other], p.branch_sessions)) {
      mergers.emplace_back(k, j);
      if (log) log("merger: " + id(k) + " " + id(j));
    }
  }
  for (const auto& [k, j] : mergers) unite(parent, k, j);
  // Strands of two sessions or more, numbered by their first session. A
  // document is in its text's strand; a session in its documents' strand,
  // or in none when they fall in two (two texts of one day).
  std::vector<std::size_t> sessions_of(n, 0), last_session(n, SIZE_MAX);
  for (std::size_t k = 0; k < n; ++k)
    if (std::size_t r = draft_root(parent, k); last_session[r] != docs[k].session)
      ++sessions_of[r], last_session[r] = docs[k].session;
  std::vector<int> number(n, -1);
  int strands = 0;
  for (std::size_t k = 0; k < n; ++k)
    if (std::size_t r = draft_root(parent, k); sessions_of[r] >= 2 && number[r] < 0)
      number[r] = strands++;
  if (strands <= 1) return;  // one strand (and texts of their own): as it is
  const int unset = -2;
  std::vector<int> of_session(series.sessions.size(), unset);
  for (std::size_t k = 0; k < n; ++k) {
    const int st = number[draft_root(parent, k)];
    int& ses = of_session[docs[k].session];
    ses = ses == unset || ses == st ? st : -1;
  }
  // A document of no body paragraph (no profile) is of its session's strand.
  for (std::size_t k = 0; k < series.sessions.size(); ++k) {
    Session& ses = series.sessions[k];
    ses.strand = std::max(of_session[k], -1);
    for (std::size_t d : ses.documents) corpus.documents[d].strand = ses.strand;
  }
  for (std::size_t k = 0; k < n; ++k)
    corpus.documents[docs[k].doc].strand = number[draft_root(parent, k)];
}

// Marks the sessions whose texts are much shorter than the others of their
// strand in their language (technical rollovers, Session::partial).
void mark_partial(Corpus& corpus, Series& series, const std::vector<Profile>& docs) {
  using Group = std::pair<int, std::string>;  // strand, language
  auto group = [&](const Profile& d) { return Group(corpus.documents[d.doc].strand, d.language); };
  std::map<Group, std::vector<double>> weights;
  for (const Profile& d : docs) weights[group(d)].push_back(d.features.native.sum);
  // The median weight of each group of three texts or more.
  std::map<Group, double> median;
  for (auto& [g, w] : weights)
    if (w.size() >= 3) {
      std::nth_element(w.begin(), w.begin() + w.size() / 2, w.end());
      median[g] = w[w.size() / 2];
    }
  std::vector<int> partial(series.sessions.size(), -1);  // -1 unknown, 0 no, 1 yes
  for (const Profile& d : docs) {
    auto m = median.find(group(d));
    const bool short_text = m != median.end() && d.features.native.sum <= kShort * m->second;
    partial[d.session] = partial[d.session] == 0 ? 0 : short_text ? 1 : 0;
  }
  for (std::size_t k = 0; k < series.sessions.size(); ++k)
    series.sessions[k].partial = partial[k] == 1;
}

}  // namespace

void assign_strands(Corpus& corpus, const FeatureTable& f, int jobs, const StrandParams& p) {
  // Series by series on `jobs` threads: each writes only its own sessions.
  parallel_for(corpus.series.size(), jobs, [&](int, std::size_t s) {
    Series& series = corpus.series[s];
    for (Session& ses : series.sessions) {
      ses.strand = -1;
      ses.partial = false;
      for (std::size_t d : ses.documents) corpus.documents[d].strand = -1;
    }
    // Documents, not sessions, are compared: two texts adopted the same day
    // under one agenda item (two missions' renewals) are one session, and as
    // one text they would tie their two strands together.
    std::vector<Profile> docs;
    for (std::size_t k = 0; k < series.sessions.size(); ++k)
      for (std::size_t d : series.sessions[k].documents) {
        const Document& doc = corpus.documents[d];
        std::vector<const ClauseFeatures*> parts;
        for (std::size_t c = doc.first_clause; c < doc.first_clause + doc.clause_count; ++c)
          if (body_role(corpus.clauses[c].role)) parts.push_back(&f.clauses[c]);
        if (parts.empty()) continue;
        docs.push_back({k, d, doc.language, total(parts)});
      }
    strands_of(corpus, series, docs, p);
    mark_partial(corpus, series, docs);
  });
}

}  // namespace ct::align

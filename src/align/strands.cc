// Strands of each series from the likeness of its sessions (strands.h).
#include "align/strands.h"

#include <algorithm>

#include "align/score.h"
#include "align/threading.h"
#include "util/parallel.h"

namespace ct::align {

namespace {

// Each document of a session as one text.
struct Profile {
  std::vector<std::pair<std::string, ClauseFeatures>> docs;  // language, features
};

// How alike two sessions are as whole texts (the best pair of their
// documents): the cosine of their words, and how much of the smaller text
// the larger one holds. Two renewals of one mandate are alike by both; a
// mandate's short technical rollover is held by its renewals but, short,
// scores a low cosine; another mission's renewal of the same agenda item
// shares its set phrases (held at most 0.67 on the archive) but not its words.
constexpr double kShort = 0.4;  // share of the other's weight a "much shorter" text has

struct Likeness {
  double cosine = 0, held = 0;
};

Likeness likeness(const Profile& a, const Profile& b) {
  Likeness best;
  for (const auto& [la, fa] : a.docs)
    for (const auto& [lb, fb] : b.docs) {
      best.cosine = std::max(best.cosine, text_similarity(fa, la, fb, lb));
      // Only a text much shorter than the other (a rollover of a few
      // paragraphs) is judged by how much of it the other holds: two full
      // renewals of two missions hold most of each other's set phrases.
      const bool a_smaller = fa.native.sum <= fb.native.sum;
      const double small = a_smaller ? fa.native.sum : fb.native.sum;
      const double large = a_smaller ? fb.native.sum : fa.native.sum;
      if (small <= kShort * large)
        best.held =
            std::max(best.held, a_smaller ? contained(fa, la, fb, lb) : contained(fb, lb, fa, la));
    }
  return best;
}

}  // namespace

void assign_strands(Corpus& corpus, const FeatureTable& f, int jobs, const StrandParams& p) {
  // Series by series on `jobs` threads: each writes only its own sessions.
  parallel_for(corpus.series.size(), jobs, [&](int, std::size_t s) {
    Series& series = corpus.series[s];
    const std::size_t n = series.sessions.size();
    for (Session& ses : series.sessions) ses.strand = -1;
    if (n < 3) return;
    std::vector<Profile> prof(n);
    for (std::size_t k = 0; k < n; ++k)
      for (std::size_t d : series.sessions[k].documents) {
        const Document& doc = corpus.documents[d];
        std::vector<const ClauseFeatures*> parts;
        for (std::size_t c = doc.first_clause; c < doc.first_clause + doc.clause_count; ++c)
          if (body_role(corpus.clauses[c].role)) parts.push_back(&f.clauses[c]);
        if (!parts.empty()) prof[k].docs.emplace_back(doc.language, total(parts));
      }
    std::vector<std::vector<Likeness>> like(n, std::vector<Likeness>(n));
    for (std::size_t k = 0; k < n; ++k)
      for (std::size_t j = 0; j < k; ++j) like[k][j] = like[j][k] = likeness(prof[k], prof[j]);
    std::vector<std::size_t> parent(n);
    for (std::size_t k = 0; k < n; ++k) parent[k] = k;
    auto link = [&](std::size_t a, std::size_t b) {
      std::size_t x = draft_root(parent, a), y = draft_root(parent, b);
      if (x != y) parent[std::max(x, y)] = std::min(x, y);
    };
    auto alike = [&](const Likeness& l) { return l.cosine >= p.cosine || l.held >= p.held; };
    for (std::size_t k = 1; k < n; ++k) {
      // The earlier session most like it by each measure (the latest of equals).
      std::size_t by_cosine = 0, by_held = 0;
      for (std::size_t j = 1; j < k; ++j) {
        if (like[k][j].cosine >= like[k][by_cosine].cosine) by_cosine = j;
        if (like[k][j].held >= like[k][by_held].held) by_held = j;
      }
      if (like[k][by_cosine].cosine >= p.cosine) link(k, by_cosine);
      if (like[k][by_held].held >= p.held) link(k, by_held);
      if (alike(like[k][k - 1])) link(k, k - 1);
    }
    std::vector<std::size_t> size(n, 0);
    for (std::size_t k = 0; k < n; ++k) ++size[draft_root(parent, k)];
    // Strands of two sessions or more, numbered by their first session.
    std::vector<int> number(n, -1);
    int strands = 0;
    for (std::size_t k = 0; k < n; ++k)
      if (std::size_t r = draft_root(parent, k); size[r] >= 2 && number[r] < 0)
        number[r] = strands++;
    if (strands <= 1) return;  // one strand (and texts of their own): as it is
    for (std::size_t k = 0; k < n; ++k)
      if (std::size_t r = draft_root(parent, k); size[r] >= 2)
        series.sessions[k].strand = number[r];
  });
}

}  // namespace ct::align

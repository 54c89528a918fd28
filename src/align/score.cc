// Clause similarity and the structural terms of the alignment score.
#include "align/score.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include "diff/marker.h"

namespace ct::align {

namespace {

// Weights of what two clauses do (tuned on tests/align/gold).
constexpr double kSameAct = 0.06;
constexpr double kOtherAct = 0.15;       // one of them weak (reaffirm)
constexpr double kOtherStrongAct = 0.5;  // two acts named outright: no link
constexpr double kNegation = 0.08;
// A title, heading or signature and a paragraph of substance are not versions
// of each other, whatever dates or names they share ("Adopted on 20 December"
// and "extends the mandate until 20 December").
constexpr double kFrame = 0.1;

// Calls f(x, y) for each feature the two sorted vectors share.
template <typename F>
void for_shared(const Vec& a, const Vec& b, F f) {
  auto i = a.items.begin(), j = b.items.begin();
  while (i != a.items.end() && j != b.items.end()) {
    if (i->id < j->id)
      ++i;
    else if (j->id < i->id)
      ++j;
    else
      f(*i++, *j++);
  }
}

}  // namespace

bool frame_role(Role r) {
  return r == Role::Title || r == Role::Heading || r == Role::Signature;
}

bool body_role(Role r) {
  return !frame_role(r) && r != Role::Other;
}

double cosine(const Vec& a, const Vec& b) {
  if (a.norm <= 0 || b.norm <= 0) return 0;
  double dot = 0;
  for_shared(a, b, [&](const auto& x, const auto& y) { dot += double(x.w) * y.w; });
  return dot / (double(a.norm) * b.norm);
}

double containment(const Vec& a, const Vec& b) {
  if (a.sum <= 0) return 0;
  double common = 0;
  for_shared(a, b, [&](const auto& x, const auto& y) { common += std::min(x.w, y.w); });
  return common / a.sum;
}

namespace {

// The pairs of vectors that compare two clauses: their own vectors in one
// language; across languages, each one's pivot into the other's language
// against the other's own vector, or their shared features when no
// dictionary reaches either language.
struct Views {
  std::pair<const Vec*, const Vec*> pair[2];
  int n = 0;
};

Views views(const ClauseFeatures& a, const std::string& la, const ClauseFeatures& b,
            const std::string& lb) {
  Views v;
  if (la == lb) {
    v.pair[v.n++] = {&a.native, &b.native};
    return v;
  }
  // A clause whose language has glossary phrases against one whose language
  // has none: only its pivot, which reads its phrases word by word, compares.
  if (a.concepts == b.concepts || a.concepts)
    if (const Vec* p = a.pivot(lb)) v.pair[v.n++] = {p, &b.native};
  if (a.concepts == b.concepts || b.concepts)
    if (const Vec* p = b.pivot(la)) v.pair[v.n++] = {&a.native, p};
  if (v.n == 0) v.pair[v.n++] = {&a.shared, &b.shared};
  return v;
}

}  // namespace

double text_similarity(const ClauseFeatures& a, const std::string& la, const ClauseFeatures& b,
                       const std::string& lb) {
  Views v = views(a, la, b, lb);
  double s = 0;
  for (int k = 0; k < v.n; ++k) s += cosine(*v.pair[k].first, *v.pair[k].second);
  return s / v.n;
}

double contained(const ClauseFeatures& part, const std::string& lp, const ClauseFeatures& whole,
                 const std::string& lw) {
  Views v = views(part, lp, whole, lw);
  double s = 0;
  for (int k = 0; k < v.n; ++k) s += containment(*v.pair[k].first, *v.pair[k].second);
  return s / v.n;
}

std::size_t opening_kept(const Clause& part, const Clause& whole) {
  auto stems = [](const Clause& c) {
    std::vector<const std::string_view*> out;
    for (std::size_t k = diff::marker_tokens(c.text, c.tokens); k < c.tokens.size(); ++k)
      if (c.tokens[k].word || c.tokens[k].number) out.push_back(&c.tokens[k].stem);
    return out;
  };
  auto p = stems(part), w = stems(whole);
  std::size_t best = 0;
  for (std::size_t j = 0; j < w.size() && !p.empty(); ++j) {
    std::size_t k = 0;
    while (k < p.size() && j + k < w.size() && *p[k] == *w[j + k]) ++k;
    best = std::max(best, k);
  }
  return best;
}

std::string opening_stem(const Clause& c) {
  for (std::size_t k = diff::marker_tokens(c.text, c.tokens); k < c.tokens.size(); ++k)
    if (c.tokens[k].word) return std::string(c.tokens[k].stem);
  return {};
}

namespace {

// The largest weight of each feature, or (`add`) the sum of its weights.
Vec unite_vecs(const std::vector<const Vec*>& vs, bool add) {
  std::vector<Weighted> all;
  for (const Vec* v : vs) all.insert(all.end(), v->items.begin(), v->items.end());
  std::sort(all.begin(), all.end(), [](const Weighted& a, const Weighted& b) {
    return a.id != b.id ? a.id < b.id : a.w > b.w;
  });
  Vec out;
  for (const Weighted& w : all) {
    if (!out.items.empty() && out.items.back().id == w.id) {
      if (add) out.items.back().w += w.w;
      continue;  // the largest came first
    }
    out.items.push_back(w);
  }
  double norm = 0, sum = 0;
  for (const Weighted& w : out.items) {
    norm += double(w.w) * w.w;
    sum += w.w;
  }
  out.norm = static_cast<float>(std::sqrt(norm));
  out.sum = static_cast<float>(sum);
  return out;
}

// The features of `parts` together: the largest weight of each feature, or
// (`add`) the sum of its weights.
ClauseFeatures combine(const std::vector<const ClauseFeatures*>& parts, bool add) {
  ClauseFeatures u;
  std::vector<const Vec*> native, shared;
  for (const ClauseFeatures* p : parts) {
    native.push_back(&p->native);
    shared.push_back(&p->shared);
    u.words += p->words;
  }
  u.native = unite_vecs(native, add);
  u.shared = unite_vecs(shared, add);
  if (!parts.empty())
    for (const auto& [lang, v] : parts.front()->pivots) {
      std::vector<const Vec*> pv;
      for (const ClauseFeatures* p : parts)
        if (const Vec* x = p->pivot(lang)) pv.push_back(x);
      u.pivots.emplace_back(lang, unite_vecs(pv, add));
    }
  return u;
}

}  // namespace

ClauseFeatures unite(const std::vector<const ClauseFeatures*>& parts) {
  return combine(parts, false);
}

ClauseFeatures total(const std::vector<const ClauseFeatures*>& parts) {
  return combine(parts, true);
}

bool other_acts(const ClauseFeatures& a, const ClauseFeatures& b) {
  return a.act != 0 && b.act != 0 && a.act != b.act && !a.weak_act && !b.weak_act;
}

double pair_score(const Corpus& corpus, const FeatureTable& f, std::size_t a, std::size_t b,
                  bool same_session) {
  return pair_score(corpus, f, a, f.clauses[a], b, f.clauses[b], same_session);
}

double pair_score(const Corpus& corpus, const FeatureTable& f, std::size_t a,
                  const ClauseFeatures& fa, std::size_t b, const ClauseFeatures& fb,
                  bool same_session) {
  const Clause& ca = corpus.clauses[a];
  const Clause& cb = corpus.clauses[b];
  const std::string& la = corpus.documents[ca.doc].language;
  const std::string& lb = corpus.documents[cb.doc].language;
  double s = text_similarity(fa, la, fb, lb);

  // What the clauses do: one act reworded links, two acts on one object
  // ("rejects X", "demands the reversal of X") do not.
  if (fa.act != 0 && fb.act != 0)
    s += fa.act == fb.act ? kSameAct : fa.weak_act || fb.weak_act ? -kOtherAct : -kOtherStrongAct;
  else if (!ca.action.empty() && !cb.action.empty())
    s += ca.action == cb.action ? 0.04 : -0.02;
  if (fa.negated != fb.negated) s -= kNegation;
  bool body_a = ca.role == Role::Preambular || ca.role == Role::Operative;
  bool body_b = cb.role == Role::Preambular || cb.role == Role::Operative;
  if (ca.role == cb.role)
    s += 0.02;
  else if (body_a && body_b)
    s -= 0.04;
  else if (frame_role(ca.role) != frame_role(cb.role))
    s -= kFrame;
  // Items of a list: their lists' lead-ins should match too.
  if (ca.parent && cb.parent) {
    const Clause& pa = corpus.clauses[*ca.parent];
    const Clause& pb = corpus.clauses[*cb.parent];
    s += 0.25 * text_similarity(f.clauses[*ca.parent], corpus.documents[pa.doc].language,
                                f.clauses[*cb.parent], corpus.documents[pb.doc].language);
  } else if (ca.parent.has_value() != cb.parent.has_value()) {
    s -= 0.08;
  }
  bool same_number = !ca.number.empty() && ca.number == cb.number;
  double near = std::max(0.0, 1.0 - 4.0 * std::abs(fa.position - fb.position));
  if (same_session) {
    // Two texts of one sitting: translations keep order and numbers.
    s += 0.12 * near + (same_number ? 0.08 : 0.0);
  } else {
    s += 0.03 * near + (same_number ? 0.02 : 0.0);
  }
  return s;
}

}  // namespace ct::align

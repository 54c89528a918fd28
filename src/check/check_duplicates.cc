// text.duplicate: a paragraph repeated verbatim or nearly so within one
// document (the share of distinct words two paragraphs have in common, at
// least min_similarity, over paragraphs of at least min_words words).
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

#include "check/families.h"
#include "util/hash.h"

namespace ct::check {

void check_duplicates(const Corpus& corpus, const Rules&, FindingSink& sink) {
  const RuleConfig* rule = sink.active("text.duplicate");
  if (!rule) return;
  std::size_t min_words = static_cast<std::size_t>(rule->number("min_words", 8));
  double min_sim = rule->number("min_similarity", 0.9);
  for (const Document& d : corpus.documents) {
    // Each paragraph's distinct words as sorted hashes: intersections by one
    // merge, no allocation per word.
    std::vector<std::pair<std::size_t, std::vector<std::uint64_t>>> paras;
    for (std::size_t k = d.first_clause; k < d.first_clause + d.clause_count; ++k) {
      const Clause& c = corpus.clauses[k];
      if (c.role == Role::Title || c.role == Role::Heading || c.role == Role::Signature) continue;
      std::vector<std::uint64_t> words;
      for (const Token& t : c.tokens)
        if (t.word || t.number) words.push_back(fnv1a64(t.fold));
      if (words.size() < min_words) continue;
      std::sort(words.begin(), words.end());
      words.erase(std::unique(words.begin(), words.end()), words.end());
      paras.push_back({k, std::move(words)});
    }
    for (std::size_t i = 0; i < paras.size(); ++i)
      for (std::size_t j = 0; j < i; ++j) {
        const auto& a = paras[i].second;
        const auto& b = paras[j].second;
        // Jaccard bound from the sizes first: most pairs stop here.
        double lo = static_cast<double>(std::min(a.size(), b.size())) /
                    static_cast<double>(std::max(a.size(), b.size()));
        if (lo < min_sim) continue;
        std::size_t common = 0;
        for (auto x = a.begin(), y = b.begin(); x != a.end() && y != b.end();) {
          if (*x < *y)
            ++x;
          else if (*y < *x)
            ++y;
          else
            ++common, ++x, ++y;
        }
        double sim =
            static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
        if (sim < min_sim) continue;
        const Clause& now = corpus.clauses[paras[i].first];
        const Clause& first = corpus.clauses[paras[j].first];
        bool same = now.text == first.text;
        Location rel = sink.at(first);
        rel.message = "first written here";
        sink.add(
            "text.duplicate", sink.at(now),
            fmt::format(
                "paragraph{} repeats paragraph {} {}", now.number.empty() ? "" : " " + now.number,
                first.number.empty() ? first.key : first.number,
                same ? "verbatim" : fmt::format("nearly verbatim ({:.0f}% of words)", sim * 100)),
            first.text.substr(0, 120), {rel});
        break;
      }
  }
}

}  // namespace ct::check

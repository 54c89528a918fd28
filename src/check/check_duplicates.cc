// text.duplicate: a paragraph repeated verbatim or nearly so within one
// document (the share of distinct words two paragraphs have in common, at
// least min_similarity, over paragraphs of at least min_words words). Not a
// duplicate: a preambular paragraph taken up as an operative one (the
// preamble recalls, the operative part acts), list items of two different
// lists (one exemption listed under two measures), two paragraphs written in
// parallel that differ by a number or by words swapped for others ("permanent
// judges" / "ad litem judges", "paragraph 43" / "paragraph 50"), and a
// repetition an earlier document of the series already had (carried over
// on purpose: reported once, where it first appears).
#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <set>

#include "check/carried_over.h"
#include "check/entry_fields.h"
#include "check/families.h"
#include "util/hash.h"

namespace ct::check {

namespace {

struct Pair {
  std::size_t now, first;  // clause indexes
  double similarity;
  std::string key;  // the repeating paragraph's words (words_key)
};

// The list a sub-item belongs to ("7" for "7.iii"), "" for a paragraph.
std::string parent_of(const Clause& c) {
  auto dot = c.number.rfind('.');
  if (dot != std::string::npos) return c.number.substr(0, dot);
  return c.role == Role::ListItem ? c.number : std::string();
}

// Whether two paragraphs are parallel rather than repeated: different parts
// (preamble, operative), items of different lists, or a difference that
// swaps a number or a content word for another.
bool parallel(const Clause& a, const Clause& b) {
  if ((a.role == Role::Preambular) != (b.role == Role::Preambular)) return true;
  bool item_a = a.role == Role::ListItem || a.number.find('.') != std::string::npos;
  bool item_b = b.role == Role::ListItem || b.number.find('.') != std::string::npos;
  if (item_a && item_b && (parent_of(a) != parent_of(b) || a.number == b.number)) return true;
  if (a.text == b.text) return false;
  std::multiset<std::string> wa, wb;
  for (const Token& t : a.tokens)
    if (t.word || t.number) wa.emplace(t.fold);
  for (const Token& t : b.tokens)
    if (t.word || t.number) wb.emplace(t.fold);
  auto swapped = [](const Clause& c, const std::multiset<std::string>& other, bool& content,
                    bool& number) {
    for (const Token& t : c.tokens) {
      if (!(t.word || t.number) || other.count(std::string(t.fold))) continue;
      number |= t.number;
      content |= t.word && !t.stop;
    }
  };
  bool content_a = false, content_b = false, number = false;
  swapped(a, wb, content_a, number);
  swapped(b, wa, content_b, number);
  return number || (content_a && content_b);
}

// Folded words of a clause, the key of a repetition across documents.
std::string words_key(const Clause& c) {
  std::string k;
  for (const Token& t : c.tokens)
    if (t.word || t.number) (k += t.fold) += ' ';
  return k;
}

// The repeated paragraphs of document `doc`, each with the first one it repeats.
std::vector<Pair> repeats_in(const Corpus& corpus, std::size_t doc, std::size_t min_words,
                             double min_sim) {
  std::vector<Pair> found;
  const Document& d = corpus.documents[doc];
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
      double sim = static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
      if (sim < min_sim) continue;
      if (parallel(corpus.clauses[paras[i].first], corpus.clauses[paras[j].first])) continue;
      found.push_back(
          {paras[i].first, paras[j].first, sim, words_key(corpus.clauses[paras[i].first])});
      break;
    }
  return found;
}

// A document's repeats as the memo keeps them: per repeat the two clauses'
// offsets in the document and the similarity's bits, as decimal numbers
// each followed by a space.
constexpr std::string_view kRepeatsKind = "duplicates 1";

std::string encode_repeats(const Corpus& corpus, std::size_t doc, const std::vector<Pair>& found) {
  std::string out;
  const std::size_t first = corpus.documents[doc].first_clause;
  for (const Pair& p : found)
    out += std::to_string(p.now - first) + ' ' + std::to_string(p.first - first) + ' ' +
           std::to_string(std::bit_cast<std::uint64_t>(p.similarity)) + ' ';
  return out;
}

// False when `bytes` do not decode into two clauses of the document (then
// the document is read again).
bool decode_repeats(const Corpus& corpus, std::size_t doc, std::string_view bytes,
                    std::vector<Pair>& out) {
  const Document& d = corpus.documents[doc];
  std::vector<Pair> found;
  while (!bytes.empty()) {
    std::uint64_t now = 0, first = 0, bits = 0;
    if (!take_number(bytes, now) || !take_number(bytes, first) || !take_number(bytes, bits) ||
        now >= d.clause_count || first >= d.clause_count)
      return false;
    const std::size_t c = d.first_clause + now;
    found.push_back(
        {c, d.first_clause + first, std::bit_cast<double>(bits), words_key(corpus.clauses[c])});
  }
  out = std::move(found);
  return true;
}

}  // namespace

void check_duplicates(const Corpus& corpus, const Rules& rules, FindingSink& sink) {
  check_duplicates(corpus, rules, sink, nullptr);
}

void check_duplicates(const Corpus& corpus, const Rules&, FindingSink& sink, WordDiffMemo* memo) {
  const RuleConfig* rule = sink.active("text.duplicate");
  if (!rule) return;
  std::size_t min_words = static_cast<std::size_t>(rule->number("min_words", 8));
  double min_sim = rule->number("min_similarity", 0.9);
  std::vector<std::vector<Pair>> found(corpus.documents.size());
  std::string kept;
  for (std::size_t doc = 0; doc < corpus.documents.size(); ++doc) {
    if (memo && memo->find_document(doc, kRepeatsKind, kept) &&
        decode_repeats(corpus, doc, kept, found[doc]))
      continue;
    found[doc] = repeats_in(corpus, doc, min_words, min_sim);
    if (memo) memo->keep_document(doc, kRepeatsKind, encode_repeats(corpus, doc, found[doc]));
  }
  // Repetitions an earlier document of the series already had, by their words.
  std::vector<std::set<std::string>> keys(corpus.documents.size());
  for (std::size_t doc = 0; doc < corpus.documents.size(); ++doc)
    for (const Pair& p : found[doc]) keys[doc].insert(p.key);
  const auto carried = carried_over(corpus, keys);
  for (std::size_t doc = 0; doc < corpus.documents.size(); ++doc) {
    const std::set<std::string>& before = carried[doc];
    for (const Pair& p : found[doc]) {
      const Clause& now = corpus.clauses[p.now];
      const Clause& first = corpus.clauses[p.first];
      if (before.count(p.key)) continue;
      bool same = now.text == first.text;
      Location rel = sink.at(first);
      rel.message = "first written here";
      sink.add(
          "text.duplicate", sink.at(now),
          fmt::format("paragraph{} repeats paragraph {} {}",
                      now.number.empty() ? "" : " " + now.number,
                      first.number.empty() ? first.key : first.number,
                      same ? "verbatim"
                           : fmt::format("nearly verbatim ({:.0f}% of words)", p.similarity * 100)),
          first.text.substr(0, 120), {rel});
    }
  }
}

}  // namespace ct::check

// text.near-miss: in wording that persisted over earlier versions of a
// thread, one word replaced by a look-alike ("human rights activists" ->
// "human rights activities"): more likely a slip than an edit. Each member is
// compared with up to `look_back` nearest earlier versions of its own
// series and language (align's word diff, or a fresh one), and a 1:1 swap
// (or several old words for one, at a clause edge) is judged against what
// the language and the corpus know:
// - not a slip: the two words are forms of one word (Snowball or Hunspell
//   stems, one inside the other, a spelling variant of checks.yaml), words
//   that change by design (function words, months, numbers, the lead verbs
//   of the language rules), or the new word is the better attested one: in
//   the dictionary when the old one is not, or in as many documents of the
//   corpus as the old one (a correction of the older text, or the other
//   variety of the language);
// - names (capitalised inside a sentence) are judged by the dictionary only:
//   a name spelt another way is a slip when the new spelling is no word;
// - a slip: the new word is no word of the language (Hunspell dictionaries
//   of rules/lang) and appears in no other document, or, in a language of
//   checks.yaml `real_words`, it is a word but the phrases it makes on every
//   side appear in no other document while the old phrase is established (in
//   as many documents as it could be).
#include <fmt/format.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "check/families.h"
#include "diff/word_diff.h"
#include "diff/word_diff_reuse.h"
#include "text/analyzer_set.h"
#include "text/fold.h"
#include "text/utf8.h"
#include "text/variants.h"

namespace ct::check {

namespace {

// Levenshtein distance over code points, or `limit` + 1 as soon as it is
// known to exceed `limit`: a row of the table never goes below the smallest
// value of the row before, nor the distance below the difference in length.
// Written here: a dozen lines, and none of the project's libraries offers it.
std::size_t distance(const std::u32string& a, const std::u32string& b, std::size_t limit) {
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return limit + 1;
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    std::size_t low = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
      low = std::min(low, row[j]);
    }
    if (low > limit) return limit + 1;
  }
  return std::min(row[b.size()], limit + 1);
}

// Two neighbouring letters swapped and nothing else ("ATIMS" for "ATMIS"):
// the commonest typing slip, one slip though Levenshtein counts two edits.
bool one_swap(const std::u32string& a, const std::u32string& b) {
  if (a.size() != b.size()) return false;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         a.compare(i + 2, std::u32string::npos, b, i + 2, std::u32string::npos) == 0;
}

std::u32string code_points(std::string_view s) {
  std::u32string out;
  std::size_t i = 0;
  while (i < s.size()) out += text::decode(s, i);
  return out;
}

bool all_letters(std::string_view w) {
  if (w.empty()) return false;
  std::size_t i = 0;
  while (i < w.size())
    if (!text::is_letter(text::decode(w, i))) return false;
  return true;
}

// Word tokens of a run of diff text (its tokens between two offsets).
std::vector<std::size_t> words_between(const Clause& c, std::size_t b, std::size_t e) {
  std::vector<std::size_t> out;
  auto it = std::lower_bound(c.tokens.begin(), c.tokens.end(), b,
                             [](const Token& t, std::size_t x) { return t.begin < x; });
  for (; it != c.tokens.end() && it->begin < e; ++it)
    if (it->word || it->number) out.push_back(static_cast<std::size_t>(it - c.tokens.begin()));
  return out;
}

// The folded word next to token k on one side, "" when a punctuation mark or
// the clause's edge is there.
std::string neighbour(const Clause& c, std::size_t k, int side) {
  if (side < 0 && k == 0) return {};
  std::size_t n = side < 0 ? k - 1 : k + 1;
  if (n >= c.tokens.size() || !(c.tokens[n].word || c.tokens[n].number)) return {};
  return std::string(c.tokens[n].fold);
}

// A proper name: a capitalized word that does not open the clause or a
// sentence.
bool is_name(const Clause& c, std::size_t k) {
  const Token& t = c.tokens[k];
  std::size_t at = t.begin;
  if (!text::is_upper(text::decode(c.text, at))) return false;
  for (std::size_t j = k; j-- > 0;) {
    if (c.tokens[j].word || c.tokens[j].number) return true;
    const std::string_view p(c.text.data() + c.tokens[j].begin,
                             c.tokens[j].end - c.tokens[j].begin);
    if (p.find_first_of(".:;!?") != std::string_view::npos) return false;
  }
  return false;
}

// One replaced word in persistent wording.
struct Swap {
  const Clause* now = nullptr;
  const Clause* before = nullptr;
  std::size_t new_tok = 0, old_tok = 0;
  std::size_t versions = 0;  // earlier versions of the thread (same language) with the old word
};

// Swaps [first, end) of `swaps` as places kept in the cache; `place(clause,
// doc, offset)` says where a clause is (a document of a series, or a member
// of a thread with offset 0).
template <typename Place>
std::vector<SeriesSwap> places_of(const std::vector<Swap>& swaps, std::size_t first, Place place) {
  std::vector<SeriesSwap> out;
  for (std::size_t i = first; i < swaps.size(); ++i) {
    const Swap& s = swaps[i];
    SeriesSwap p;
    place(s.now, p.doc, p.clause);
    place(s.before, p.before_doc, p.before_clause);
    p.token = static_cast<std::uint32_t>(s.new_tok);
    p.before_token = static_cast<std::uint32_t>(s.old_tok);
    p.versions = static_cast<std::uint32_t>(s.versions);
    out.push_back(p);
  }
  return out;
}

// The swaps at `places`, appended to `out`; `clause(doc, offset, token)` finds
// a place's clause (null: no such place, or no such token). False, nothing
// appended, when a place is not found.
template <typename Find>
bool swaps_at(const std::vector<SeriesSwap>& places, std::vector<Swap>& out, Find clause) {
  std::vector<Swap> swaps;
  for (const SeriesSwap& p : places) {
    const Clause* now = clause(p.doc, p.clause, p.token);
    const Clause* before = clause(p.before_doc, p.before_clause, p.before_token);
    if (!now || !before) return false;
    swaps.push_back({now, before, p.token, p.before_token, p.versions});
  }
  out.insert(out.end(), swaps.begin(), swaps.end());
  return true;
}

// How many documents hold each of a set of words and two-word phrases.
class Attestation {
 public:
  void want(const std::string& key) {
    counts_.emplace(key, Count{});
    const std::size_t space = key.find(' ');
    if (space != std::string::npos) firsts_.insert(key.substr(0, space));
    may_be_.mark(key);
    may_be_.mark(std::string_view(key).substr(0, space));
  }
  void count(const Corpus& corpus, const std::string& language) {
    count_raw(corpus, language);
    std::string pair;  // reused: most documents' pairs are no key (firsts_ says so first)
    for (std::size_t d = 0; d < corpus.documents.size(); ++d) {
      const Document& doc = corpus.documents[d];
      if (doc.language != language || doc.whole_end) continue;
      for (std::size_t k = doc.first_clause; k < doc.first_clause + doc.clause_count; ++k) {
        const std::vector<Token>& ts = corpus.clauses[k].tokens;
        for (std::size_t i = 0; i < ts.size(); ++i) {
          if (!(ts[i].word || ts[i].number)) continue;
          // Neither a key nor the first word of one: most words.
          if (!may_be_.holds(ts[i].fold)) continue;
          const std::string fold(ts[i].fold);
          see(fold, d);
          if (i + 1 < ts.size() && (ts[i + 1].word || ts[i + 1].number) && firsts_.count(fold)) {
            pair.assign(ts[i].fold);
            pair += ' ';
            pair += ts[i + 1].fold;
            see(pair, d);
          }
        }
      }
    }
  }
  // Documents of which only the opening was analysed (Document::whole_end):
  // their raw text searched for the keys, all at once (RE2::Set), case
  // insensitive. A key with letters beyond ASCII is not searched so (RE2's
  // word boundaries are ASCII): those documents do not count for it.
  void count_raw(const Corpus& corpus, const std::string& language) {
    RE2::Options options;
    options.set_case_sensitive(false);
    RE2::Set set(options, RE2::UNANCHORED);
    std::vector<const std::string*> keys;
    for (const auto& [key, _] : counts_) {
      if (std::any_of(key.begin(), key.end(), [](char ch) { return ch & 0x80; })) continue;
      std::string p;
      for (char ch : key) p += ch == ' ' ? std::string("\\s+") : RE2::QuoteMeta(std::string(1, ch));
      if (set.Add("\\b" + p + "\\b", nullptr) < 0) continue;
      keys.push_back(&key);
    }
    if (keys.empty() || !set.Compile()) return;
    std::vector<int> hits;
    for (std::size_t d = 0; d < corpus.documents.size(); ++d) {
      const Document& doc = corpus.documents[d];
      if (doc.language != language || !doc.whole_end || !doc.text) continue;
      std::string_view text = doc.text->view();
      if (doc.whole_end > text.size() || doc.begin > doc.whole_end) continue;
      hits.clear();
      if (!set.Match(text.substr(doc.begin, doc.whole_end - doc.begin), &hits)) continue;
      for (int h : hits) see(*keys[static_cast<std::size_t>(h)], d);
    }
  }

  // Documents holding `key`, not counting `doc` itself.
  std::size_t others(const std::string& key, std::size_t doc) const {
    auto it = counts_.find(key);
    if (it == counts_.end()) return 0;
    return it->second.in.size() - (it->second.in.count(doc) ? 1 : 0);
  }

 private:
  struct Count {
    std::size_t last = std::string::npos;  // the last document seen: a repeat costs no lookup
    std::unordered_set<std::size_t> in;
  };
  void see(const std::string& key, std::size_t doc) {
    auto it = counts_.find(key);
    if (it == counts_.end() || it->second.last == doc) return;
    it->second.last = doc;
    it->second.in.insert(doc);
  }
  // The lengths and first, second and last bytes of the words that are keys
  // or first words of keys, hashed into a table of bits: a word whose bit is
  // not set needs no lookup (a hash of every word of the corpus cost most of
  // the count).
  class WordMarks {
   public:
    void mark(std::string_view w) { seen_[slot(w)] = true; }
    bool holds(std::string_view w) const { return seen_[slot(w)]; }

   private:
    static constexpr std::size_t kBits = 1 << 16;
    static std::size_t slot(std::string_view w) {
      if (w.empty()) return 0;
      auto byte = [&w](std::size_t i) {
        return static_cast<std::size_t>(static_cast<unsigned char>(w[i]));
      };
      const std::size_t h = (w.size() * 0x9E3779B1u) ^ (byte(0) << 16) ^
                            (byte(w.size() > 1 ? 1 : 0) << 8) ^ byte(w.size() - 1) ^
                            (byte(w.size() / 2) * 0x85EBCA6Bu);
      return (h ^ (h >> 16)) % kBits;
    }
    std::vector<bool> seen_ = std::vector<bool>(kBits);
  };
  std::unordered_map<std::string, Count> counts_;
  std::unordered_set<std::string> firsts_;  // first words of the two-word keys
  WordMarks may_be_;                        // of the keys and of firsts_
};

class NearMiss {
 public:
  NearMiss(const Corpus& corpus, const Rules& rules, const RuleConfig& rule, WordDiffMemo* memo)
      : corpus_(corpus), rules_(rules), analyzers_(analyzers_for(rules)), memo_(memo) {
    min_versions_ = static_cast<std::size_t>(rule.number("min_versions", 1));
    max_distance_ = static_cast<std::size_t>(rule.number("max_distance", 3));
    min_length_ = static_cast<std::size_t>(rule.number("min_length", 5));
    max_ratio_ = rule.number("max_ratio", 1.0);
    rare_ = static_cast<std::size_t>(rule.number("rare", 1));
    attested_ = static_cast<std::size_t>(rule.number("attested", 3));
    context_ = static_cast<std::size_t>(rule.number("context_words", 2));
    look_back_ = static_cast<std::size_t>(rule.number("look_back", 3));
    // Variants of checks.yaml (older rules folders) beside the languages' own.
    extra_variants_ = text::parse_variants(rule.list("variants"));
    for (const std::string& l : rule.list("real_words")) real_words_.insert(l);
  }

  // The swaps in the members of threads [begin, end) in the documents `sink`
  // wants, appended to `out`.
  void collect(const FindingSink& sink, std::size_t begin, std::size_t end,
               std::vector<Swap>& out) const;
  // The same for one thread (collect asks the memo first); without `out`,
  // only tells the memo to carry the word diffs the thread reads.
  void thread_swaps(const FindingSink& sink, const Thread& t, diff::WordDiffReuse& reuse,
                    std::vector<Swap>* out) const;
  // The same, against the vocabulary of series [begin, end) rather than one
  // aligned earlier clause: a word no earlier document of the series uses,
  // no word of the dictionary, one slip from a word of the series with the
  // same neighbour.
  void collect_from_vocabulary(const FindingSink& sink, std::size_t begin, std::size_t end,
                               std::vector<Swap>& out) const;
  // The same for one series (collect_from_vocabulary asks the memo first).
  void series_swaps(const FindingSink& sink, const Series& series, std::vector<Swap>& out) const;
  // Judges the swaps (collect's, then collect_from_vocabulary's, each in the
  // order of the threads and series) and reports the slips.
  void report(const std::vector<Swap>& swaps, FindingSink& sink) const;

 private:
  bool look_alike(const std::string& lang, const Token& old_t, const Token& new_t) const;
  bool variant_of(const std::string& lang, const std::string& a, const std::string& b) const;
  bool changes_by_design(const std::string& lang, const Token& t) const;
  void find_swaps(const Thread& t, std::size_t m, const Clause& before,
                  const std::vector<WordOp>& ops, std::vector<Swap>& out) const;
  void vocabulary_swaps(const Series& series, std::size_t upto, const Clause& now, std::size_t k,
                        const std::string& old_fold, std::vector<Swap>& out) const;
  std::vector<SeriesSwap> to_places(const Series& series, const std::vector<Swap>& swaps,
                                    std::size_t first) const;
  bool from_places(const Series& series, const std::vector<SeriesSwap>& places,
                   std::vector<Swap>& out) const;
  std::vector<SeriesSwap> to_members(const Thread& t, const std::vector<Swap>& swaps,
                                     std::size_t first) const;
  bool from_members(const Thread& t, const std::vector<SeriesSwap>& places,
                    std::vector<Swap>& out) const;

  const Corpus& corpus_;
  const Rules& rules_;
  text::AnalyzerSet analyzers_;
  WordDiffMemo* memo_;  // word diffs of earlier runs, or null
  std::size_t min_versions_, max_distance_, min_length_, rare_, attested_, context_, look_back_;
  // Languages whose words known to the dictionary or the corpus are judged by
  // their phrases too (checks.yaml `real_words`).
  std::unordered_set<std::string> real_words_;
  double max_ratio_;
  std::vector<text::Variant> extra_variants_;
};

// A spelling variant of the language ("ise=ize") or of checks.yaml.
bool NearMiss::variant_of(const std::string& lang, const std::string& a,
                          const std::string& b) const {
  const LanguageRules* lr = rules_.language(lang);
  return (lr && text::spelling_variant(a, b, lr->variants)) ||
         text::spelling_variant(a, b, extra_variants_);
}

// Words a text changes on purpose from one session to the next: function
// words, months and numbers, and the verbs that open paragraphs.
bool NearMiss::changes_by_design(const std::string& lang, const Token& t) const {
  if (t.number || t.stop) return true;
  const LanguageRules* lr = rules_.language(lang);
  if (!lr) return false;
  const std::string fold(t.fold);
  if (lr->stopwords.count(fold) || lr->months.count(fold) || lr->cardinals.count(fold) ||
      lr->ordinals.count(fold))
    return true;
  if (lr->operative.count(std::string(t.stem))) return true;
  for (const auto& phrase : lr->preambular)
    if (!phrase.empty() && phrase.front() == t.fold) return true;
  return false;
}

bool NearMiss::look_alike(const std::string& lang, const Token& old_t, const Token& new_t) const {
  const std::string fa(old_t.fold), fb(new_t.fold);
  if (fa == fb || !all_letters(fa) || !all_letters(fb)) return false;
  std::u32string a = code_points(fa), b = code_points(fb);
  if (a.size() < min_length_ || b.size() < min_length_) return false;
  std::size_t dist = one_swap(a, b) ? 1 : distance(a, b, max_distance_);
  if (dist == 0 || dist > max_distance_) return false;
  // Long words may differ by more letters than short ones.
  if (static_cast<double>(dist) > max_ratio_ * static_cast<double>(std::max(a.size(), b.size())))
    return false;
  // One word inside the other is a derivation ("security" -> "insecurity")
  // or a cut, not a look-alike.
  if (fa.find(fb) != std::string::npos || fb.find(fa) != std::string::npos) return false;
  if (variant_of(lang, fa, fb)) return false;
  if (old_t.stem == new_t.stem) return false;  // a grammatical form, not a slip
  // Forms of one word in a language inflected by its endings (two letters
  // swapped is still a slip).
  if (const LanguageRules* lr = rules_.language(lang); lr && lr->inflected_endings > 0) {
    std::size_t common = 0;
    while (common < a.size() && common < b.size() && a[common] == b[common]) ++common;
    if (common >= 4 && common + lr->inflected_endings >= std::min(a.size(), b.size()) &&
        !one_swap(a, b))
      return false;
  }
  if (changes_by_design(lang, old_t) || changes_by_design(lang, new_t)) return false;
  return true;
}

// The single-word replacements in unchanged wording of one member's diff.
void NearMiss::find_swaps(const Thread& t, std::size_t m, const Clause& before,
                          const std::vector<WordOp>& ops, std::vector<Swap>& out) const {
  const ThreadMember& member = t.members[m];
  const Clause& now = corpus_.clauses[member.clause];
  const std::string& lang = corpus_.document_of(now).language;
  std::size_t old_off = 0, new_off = 0;
  for (std::size_t i = 0; i < ops.size(); ++i) {
    const WordOp& op = ops[i];
    const std::size_t o0 = old_off, n0 = new_off;
    if (op.kind != WordOp::Kind::Insert) old_off += op.text.size();
    if (op.kind != WordOp::Kind::Delete) new_off += op.text.size();
    if (op.kind != WordOp::Kind::Delete || i + 1 >= ops.size() ||
        ops[i + 1].kind != WordOp::Kind::Insert)
      continue;
    // Delete then Insert, each one word, between unchanged runs.
    std::vector<std::size_t> dw = words_between(before, o0, o0 + op.text.size());
    std::vector<std::size_t> iw = words_between(now, n0, n0 + ops[i + 1].text.size());
    if (dw.empty() || iw.size() != 1) continue;
    std::size_t left = 0, right = 0;
    if (i > 0 && ops[i - 1].kind == WordOp::Kind::Equal)
      left = words_between(now, n0 - ops[i - 1].text.size(), n0).size();
    if (i + 2 < ops.size() && ops[i + 2].kind == WordOp::Kind::Equal) {
      std::size_t b = n0 + ops[i + 1].text.size();
      right = words_between(now, b, b + ops[i + 2].text.size()).size();
    }
    // At a clause's edge when nothing or only unchanged punctuation lies beyond.
    bool edge_left = i == 0 || (i == 1 && left == 0);
    bool edge_right = i + 2 >= ops.size() || (i + 3 == ops.size() && right == 0);
    if (!(left || edge_left) || !(right || edge_right)) continue;
    // Enough unchanged wording around it: `context` words on one side, or
    // the clause's edge on the other.
    if (std::max(left, right) < context_ && !(edge_left || edge_right)) continue;
    // Several old words for one new: the word next to unchanged wording, when
    // the new clause ends (or starts) there and the rest was cut.
    std::size_t old_tok = dw[0];
    if (dw.size() > 1) {
      if (left && edge_right)
        old_tok = dw.front();
      else if (right && edge_left)
        old_tok = dw.back();
      else
        continue;
    }
    const Token& ot = before.tokens[old_tok];
    const Token& nt = now.tokens[iw[0]];
    if (!look_alike(lang, ot, nt)) continue;
    // The old word persisted: earlier versions in the language say it.
    std::size_t versions = 0;
    for (std::size_t k = 0; k < m; ++k) {
      const Clause& c = corpus_.clauses[t.members[k].clause];
      if (corpus_.document_of(c).language != lang) continue;
      for (const Token& x : c.tokens)
        if (x.fold == ot.fold) {
          ++versions;
          break;
        }
    }
    if (versions < min_versions_) continue;
    out.push_back({&now, &before, iw[0], old_tok, versions});
  }
}

void NearMiss::collect(const FindingSink& sink, std::size_t begin, std::size_t end,
                       std::vector<Swap>& out) const {
  diff::WordDiffReuse reuse;  // pairs of wordings repeat along a thread
  for (std::size_t ti = begin; ti < end; ++ti) {
    const Thread& t = corpus_.threads[ti];
    // A thread whose every member is wanted: its swaps read only its members
    // (clauses, the clauses compared with, word diffs), so those of an
    // earlier run of the same members are taken.
    const bool whole = std::all_of(t.members.begin(), t.members.end(), [&](const ThreadMember& m) {
      return sink.wanted(corpus_.clauses[m.clause].doc);
    });
    std::vector<SeriesSwap> kept;
    if (memo_ && whole && memo_->find_thread(ti, kept) && from_members(t, kept, out)) {
      // The word diffs the thread would need stay in the memo for a later
      // run in which its members change.
      thread_swaps(sink, t, reuse, nullptr);
      continue;
    }
    const std::size_t first = out.size();
    thread_swaps(sink, t, reuse, &out);
    if (memo_ && whole) memo_->keep_thread(ti, to_members(t, out, first));
  }
}

// The places of swaps [first, end) of `swaps`, all along thread `t`.
std::vector<SeriesSwap> NearMiss::to_members(const Thread& t, const std::vector<Swap>& swaps,
                                             std::size_t first) const {
  std::map<const Clause*, std::uint32_t> position;  // a clause's first member
  for (std::size_t m = 0; m < t.members.size(); ++m)
    position.emplace(&corpus_.clauses[t.members[m].clause], static_cast<std::uint32_t>(m));
  return places_of(swaps, first, [&](const Clause* c, std::uint32_t& member, std::uint32_t&) {
    member = position.at(c);
  });
}

// The swaps at member places `places` of thread `t`, appended to `out`;
// false (nothing appended) when a place is not along the thread.
bool NearMiss::from_members(const Thread& t, const std::vector<SeriesSwap>& places,
                            std::vector<Swap>& out) const {
  return swaps_at(places, out,
                  [&](std::uint32_t m, std::uint32_t offset, std::uint32_t token) -> const Clause* {
                    if (m >= t.members.size() || offset != 0) return nullptr;
                    const Clause& c = corpus_.clauses[t.members[m].clause];
                    return token < c.tokens.size() ? &c : nullptr;
                  });
}

void NearMiss::thread_swaps(const FindingSink& sink, const Thread& t, diff::WordDiffReuse& reuse,
                            std::vector<Swap>* out) const {
  for (std::size_t m = 0; m < t.members.size(); ++m) {
    const ThreadMember& member = t.members[m];
    if (!member.against || member.diff.empty()) continue;
    const Clause& now = corpus_.clauses[member.clause];
    if (!sink.wanted(now.doc)) continue;
    const Document& doc = corpus_.document_of(now);
    // The clause it was diffed against, then the nearest other earlier
    // versions: a copied phrase may come from any of them. Earlier versions
    // of one wording (a clause unchanged for years) give one diff, made once.
    const Clause& against = corpus_.clauses[*member.against];
    const bool against_alike = corpus_.document_of(against).language == doc.language;
    std::vector<std::pair<std::string_view, std::vector<WordOp>>> made;
    std::size_t looked = 0;
    for (std::size_t k = m; k-- > 0 && looked < look_back_;) {
      const Clause& before = corpus_.clauses[t.members[k].clause];
      const Document& bdoc = corpus_.document_of(before);
      // A drafter copies the series' own earlier text; another body's
      // wording of a shared demand differs by choice, not by a slip.
      if (bdoc.language != doc.language || bdoc.series != doc.series || bdoc.id == doc.id) continue;
      ++looked;
      if (t.members[k].clause == *member.against ||
          (against_alike && before.text == against.text)) {
        if (out) find_swaps(t, m, before, member.diff, *out);
        continue;
      }
      auto same = std::find_if(made.begin(), made.end(),
                               [&](const auto& d) { return d.first == before.text; });
      if (same == made.end()) {
        const std::size_t older = t.members[k].clause;
        std::vector<WordOp> ops;
        if (!out) {
          memo_->carry(older, member.clause);  // the swaps are known: only the pair is kept
        } else if (!memo_ || !memo_->find(older, member.clause, ops)) {
          ops = reuse.get(before.text, before.tokens, now.text, now.tokens);
          if (memo_) memo_->keep(older, member.clause, ops);
        }
        same = made.emplace(made.end(), before.text, std::move(ops));
      }
      if (out) find_swaps(t, m, before, same->second, *out);
    }
  }
}

// Where the series used `old_fold` before document `upto` (index in its
// list) with the same neighbour `now` has on one side of token k: the latest
// such place becomes the swap's earlier version; `versions` counts the
// earlier documents of the language using the word at all.
void NearMiss::vocabulary_swaps(const Series& series, std::size_t upto, const Clause& now,
                                std::size_t k, const std::string& old_fold,
                                std::vector<Swap>& out) const {
  const std::string& lang = corpus_.document_of(now).language;
  // Same company. For a name, a neighbour of substance: a stop word such as
  // "de" or "in" goes with any name ("de Syrte" is no "de Syrie"); a common
  // word misspelt keeps any neighbour ("its unwaivering").
  const LanguageRules* lr = rules_.language(lang);
  const bool name = is_name(now, k);
  auto company = [&](std::string w) {
    return name && lr && lr->stopwords.count(w) ? std::string() : w;
  };
  const std::string left = company(neighbour(now, k, -1)), right = company(neighbour(now, k, +1));
  if (left.empty() && right.empty()) return;
  const Clause* before = nullptr;
  std::size_t old_tok = 0, versions = 0;
  for (std::size_t i = 0; i < upto; ++i) {
    const Document& d = corpus_.documents[series.documents[i]];
    if (d.language != lang) continue;
    bool used = false;
    for (std::size_t c = d.first_clause; c < d.first_clause + d.clause_count; ++c) {
      const Clause& cl = corpus_.clauses[c];
      for (std::size_t j = 0; j < cl.tokens.size(); ++j) {
        if (cl.tokens[j].fold != old_fold) continue;
        used = true;
        if ((!left.empty() && neighbour(cl, j, -1) == left) ||
            (!right.empty() && neighbour(cl, j, +1) == right)) {
          before = &cl;
          old_tok = j;
        }
      }
    }
    versions += used;
  }
  if (before && versions >= min_versions_ &&
      look_alike(lang, before->tokens[old_tok], now.tokens[k]))
    out.push_back({&now, before, k, old_tok, versions});
}

void NearMiss::collect_from_vocabulary(const FindingSink& sink, std::size_t begin, std::size_t end,
                                       std::vector<Swap>& out) const {
  for (std::size_t si = begin; si < end; ++si) {
    const Series& series = corpus_.series[si];
    // A series whose every document is wanted: its swaps read only its
    // documents, so those of an earlier run of the same documents are taken.
    const bool whole = std::all_of(series.documents.begin(), series.documents.end(),
                                   [&](std::size_t d) { return sink.wanted(d); });
    std::vector<SeriesSwap> kept;
    if (memo_ && whole && memo_->find_series(si, kept) && from_places(series, kept, out)) continue;
    const std::size_t first = out.size();
    series_swaps(sink, series, out);
    if (memo_ && whole) memo_->keep_series(si, to_places(series, out, first));
  }
}

// The places of swaps [first, end) of `swaps`, all in `series`.
std::vector<SeriesSwap> NearMiss::to_places(const Series& series, const std::vector<Swap>& swaps,
                                            std::size_t first) const {
  std::map<std::size_t, std::uint32_t> position;
  for (std::size_t i = 0; i < series.documents.size(); ++i)
    position.emplace(series.documents[i], static_cast<std::uint32_t>(i));
  return places_of(swaps, first, [&](const Clause* c, std::uint32_t& doc, std::uint32_t& clause) {
    const std::size_t index = static_cast<std::size_t>(c - corpus_.clauses.data());
    doc = position.at(c->doc);
    clause = static_cast<std::uint32_t>(index - corpus_.documents[c->doc].first_clause);
  });
}

// The swaps at `places` in `series`, appended to `out`; false (nothing
// appended) when a place is not in the series.
bool NearMiss::from_places(const Series& series, const std::vector<SeriesSwap>& places,
                           std::vector<Swap>& out) const {
  return swaps_at(
      places, out,
      [&](std::uint32_t doc, std::uint32_t offset, std::uint32_t token) -> const Clause* {
        if (doc >= series.documents.size()) return nullptr;
        const Document& d = corpus_.documents[series.documents[doc]];
        if (offset >= d.clause_count) return nullptr;
        const Clause& c = corpus_.clauses[d.first_clause + offset];
        return token < c.tokens.size() ? &c : nullptr;
      });
}

void NearMiss::series_swaps(const FindingSink& sink, const Series& series,
                            std::vector<Swap>& out) const {
  std::size_t last = 0;  // one past the last wanted document of the series
  for (std::size_t i = 0; i < series.documents.size(); ++i)
    if (sink.wanted(series.documents[i]) && !corpus_.documents[series.documents[i]].whole_end)
      last = i + 1;
  if (last < 2) return;
  // Per language: the folded words of the documents before the current
  // one, and the same bucketed by first byte and length (a slip keeps the
  // first letter and changes the length by one at most).
  struct Vocabulary {
    std::unordered_set<std::string> words;
    // Each word with its code points, decoded once (not per comparison).
    std::map<std::pair<char, std::size_t>, std::vector<std::pair<std::string, std::u32string>>>
        buckets;
  };
  std::map<std::string, Vocabulary> vocabulary;
  for (std::size_t i = 0; i < last; ++i) {
    const Document& d = corpus_.documents[series.documents[i]];
    Vocabulary& v = vocabulary[d.language];
    if (i > 0 && sink.wanted(series.documents[i]) && !d.whole_end) {
      std::unordered_set<std::string> seen;  // each new word once per document
      for (std::size_t c = d.first_clause; c < d.first_clause + d.clause_count; ++c) {
        const Clause& cl = corpus_.clauses[c];
        for (std::size_t k = 0; k < cl.tokens.size(); ++k) {
          const Token& t = cl.tokens[k];
          if (!t.word || t.fold.size() < min_length_ || v.words.count(std::string(t.fold)))
            continue;
          const std::string surface = cl.text.substr(t.begin, t.end - t.begin);
          // An acronym one letter from another is often another body ("UNMIS" /
          // "UNMISS"); term.acronym-misspelt judges those.
          if (text::all_upper(surface) || !all_letters(t.fold)) continue;
          if (!seen.emplace(t.fold).second) continue;
          std::vector<std::string> near;
          const std::u32string x = code_points(t.fold);
          for (std::size_t n : {t.fold.size() - 1, t.fold.size(), t.fold.size() + 1}) {
            auto b = v.buckets.find({t.fold[0], n});
            if (b == v.buckets.end()) continue;
            for (const auto& [w, y] : b->second)
              if (one_swap(x, y) || distance(x, y, 1) == 1) near.push_back(w);
          }
          if (near.size() != 1 || rules_.spelling_known(d.language, surface)) continue;
          vocabulary_swaps(series, i, cl, k, near.front(), out);
        }
      }
    }
    for (std::size_t c = d.first_clause; c < d.first_clause + d.clause_count; ++c)
      for (const Token& t : corpus_.clauses[c].tokens)
        if (t.word && t.fold.size() >= min_length_ && v.words.emplace(t.fold).second)
          v.buckets[{t.fold[0], t.fold.size()}].emplace_back(t.fold, code_points(t.fold));
  }
}

void NearMiss::report(const std::vector<Swap>& swaps, FindingSink& sink) const {
  if (swaps.empty()) return;
  // What the corpus says of each word and of its phrases with its neighbours.
  std::map<std::string, Attestation> by_language;
  auto phrases = [](const Clause& c, std::size_t k) {
    std::vector<std::string> out;
    const std::string w(c.tokens[k].fold);
    if (auto l = neighbour(c, k, -1); !l.empty()) out.push_back(l + " " + w);
    if (auto r = neighbour(c, k, +1); !r.empty()) out.push_back(w + " " + r);
    return out;
  };
  for (const Swap& s : swaps) {
    Attestation& a = by_language[corpus_.document_of(*s.now).language];
    a.want(std::string(s.now->tokens[s.new_tok].fold));
    a.want(std::string(s.before->tokens[s.old_tok].fold));
    for (const auto& p : phrases(*s.now, s.new_tok)) a.want(p);
    for (const auto& p : phrases(*s.before, s.old_tok)) a.want(p);
  }
  for (auto& [lang, a] : by_language) a.count(corpus_, lang);

  std::set<std::pair<const Clause*, std::size_t>> reported;
  for (const Swap& s : swaps) {
    const Clause& now = *s.now;
    const Clause& before = *s.before;
    const std::string& lang = corpus_.document_of(now).language;
    const Attestation& a = by_language[lang];
    const std::size_t doc = now.doc;
    const Token& nt = now.tokens[s.new_tok];
    const Token& ot = before.tokens[s.old_tok];
    const std::string new_fold(nt.fold), old_fold(ot.fold);
    std::size_t new_docs = a.others(new_fold, doc), old_docs = a.others(old_fold, doc);
    std::string why;
    const std::string new_word = now.text.substr(nt.begin, nt.end - nt.begin);
    const std::string old_word = before.text.substr(ot.begin, ot.end - ot.begin);
    const bool new_known = rules_.spelling_known(lang, new_word);
    const bool old_known = rules_.spelling_known(lang, old_word);
    // The newer text corrected the older one: the new word is a word of the
    // dictionary and the old one is not, or the corpus uses the new word in
    // at least as many documents as the old one (this one counted, as the
    // old word's own documents are): a tie says nothing against the newer
    // text. Two dictionary words are judged by their phrases below.
    if (new_known && !old_known) continue;
    if (new_docs + 1 >= old_docs && !(new_known && old_known)) continue;
    if (new_docs <= rare_ && !new_known) {
      why = fmt::format("'{}' is no word of the dictionary", new_word);
    } else {
      // A name the corpus uses elsewhere is another name, not a slip
      // ("UNIOSIL" after "UNAMSIL", "Ivoirian" beside "Ivorian").
      // Names vary in spelling; only one that is no word is judged.
      if (is_name(now, s.new_tok)) continue;
      // In a language not listed, two known words a letter or two apart are
      // mostly two forms or words of one root chosen on purpose.
      if (!real_words_.count(lang)) continue;
      // A real word: the phrase it makes with each unchanged neighbour is
      // unheard of, while the old phrase is established, on every side.
      std::size_t sides = 0, odd = 0;
      for (int side : {-1, +1}) {
        std::string nn = neighbour(now, s.new_tok, side), on = neighbour(before, s.old_tok, side);
        if (nn.empty() || nn != on) continue;
        ++sides;
        std::string np = side < 0 ? nn + " " + new_fold : new_fold + " " + nn;
        std::string op = side < 0 ? on + " " + old_fold : old_fold + " " + on;
        std::size_t n = a.others(np, doc), o = a.others(op, doc);
        // Established: in `attested` other documents, or in every earlier
        // version of this very clause when the corpus is small.
        if (n > rare_ || o < std::min(attested_, s.versions)) continue;
        ++odd;
        if (why.empty())
          why = fmt::format("'{}' is in {} other document{}, '{}' in {}", op, o, o == 1 ? "" : "s",
                            np, n);
      }
      if (odd == 0 || odd < sides) why.clear();
    }
    if (why.empty()) continue;
    // Dictionary stems shared: two forms of one word the Snowball stemmer
    // kept apart ("activities"/"activity" would be, "crisis"/"crises" is not).
    bool same_word = false;
    const std::vector<std::string> new_stems = rules_.spelling_stems(lang, new_word);
    for (const auto& x : rules_.spelling_stems(lang, old_word))
      for (const auto& y : new_stems) same_word |= x == y;
    if (same_word) continue;
    if (!reported.insert({&now, s.new_tok}).second) continue;
    Location where = sink.at(now, nt.begin, nt.end);
    Location rel = sink.at(before, ot.begin, ot.end);
    rel.message = fmt::format("{} says '{}'", corpus_.document_of(before).id, old_word);
    sink.add("text.near-miss", where,
             fmt::format("'{}' where {} earlier version{} said '{}' ({}): a look-alike, likely a "
                         "typo",
                         new_word, s.versions, s.versions == 1 ? "" : "s", old_word, why),
             old_fold + "|" + new_fold, {rel});
  }
}

}  // namespace

// The work of NearMissCheck: the threads, then the series, in parts of
// about equal size (members, documents), each part's swaps kept apart until
// the report joins them in order.
struct NearMissCheck::Work {
  Work(const Corpus& corpus, const Rules& rules, const RuleConfig& rule, const FindingSink& sink,
       WordDiffMemo* memo)
      : nm(corpus, rules, rule, memo), sink(sink) {}
  NearMiss nm;
  const FindingSink& sink;
  std::vector<std::pair<std::size_t, std::size_t>> threads, series;  // [begin, end) of each part
  std::vector<std::vector<Swap>> swaps;                              // of each part, in order
};

namespace {

// Splits [0, n) into at most `parts` runs of about equal weight.
template <typename Weight>
std::vector<std::pair<std::size_t, std::size_t>> split(std::size_t n, std::size_t parts,
                                                       Weight weight) {
  std::size_t total = 0;
  for (std::size_t i = 0; i < n; ++i) total += weight(i);
  std::vector<std::pair<std::size_t, std::size_t>> out;
  std::size_t begin = 0, sum = 0;
  for (std::size_t i = 0; i < n; ++i) {
    sum += weight(i);
    if (sum * parts >= total * (out.size() + 1) || i + 1 == n) {
      out.emplace_back(begin, i + 1);
      begin = i + 1;
    }
  }
  return out;
}

}  // namespace

NearMissCheck::NearMissCheck(const Corpus& corpus, const Rules& rules, const FindingSink& sink,
                             std::size_t parts, WordDiffMemo* memo) {
  const RuleConfig* rule = sink.active("text.near-miss");
  if (!rule) return;
  work_ = std::make_unique<Work>(corpus, rules, *rule, sink, memo);
  parts = std::max<std::size_t>(parts, 1);
  work_->threads = split(corpus.threads.size(), parts,
                         [&](std::size_t t) { return corpus.threads[t].members.size(); });
  work_->series = split(corpus.series.size(), parts,
                        [&](std::size_t s) { return corpus.series[s].documents.size(); });
  work_->swaps.resize(work_->threads.size() + work_->series.size());
}

NearMissCheck::~NearMissCheck() = default;

std::size_t NearMissCheck::parts() const {
  return work_ ? work_->swaps.size() : 0;
}

void NearMissCheck::run(std::size_t part) {
  Work& w = *work_;
  if (part < w.threads.size()) {
    auto [begin, end] = w.threads[part];
    w.nm.collect(w.sink, begin, end, w.swaps[part]);
  } else {
    auto [begin, end] = w.series[part - w.threads.size()];
    w.nm.collect_from_vocabulary(w.sink, begin, end, w.swaps[part]);
  }
}

void NearMissCheck::report(FindingSink& sink) {
  if (!work_) return;
  std::vector<Swap> swaps;
  for (auto& part : work_->swaps) {
    swaps.insert(swaps.end(), part.begin(), part.end());
    std::vector<Swap>().swap(part);
  }
  work_->nm.report(swaps, sink);
}

void check_near_miss(const Corpus& corpus, const Rules& rules, FindingSink& sink) {
  NearMissCheck check(corpus, rules, sink, 1);
  for (std::size_t p = 0; p < check.parts(); ++p) check.run(p);
  check.report(sink);
}

}  // namespace ct::check

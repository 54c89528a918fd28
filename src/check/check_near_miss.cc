// text.near-miss: in wording that persisted verbatim over earlier versions of
// a thread, one word replaced by a look-alike ("activists" -> "activities"):
// more likely a typo than an edit. Read from the word diffs align made
// between each member and the earlier version of its own series it was
// compared with.
#include <fmt/format.h>

#include <algorithm>

#include "check/families.h"
#include "text/analyzer_set.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace ct::check {

namespace {

// Levenshtein distance over code points. Written here: a dozen lines, and
// none of the project's libraries offers it.
std::size_t distance(const std::u32string& a, const std::u32string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

std::u32string code_points(std::string_view s) {
  std::u32string out;
  std::size_t i = 0;
  while (i < s.size()) out += text::decode(s, i);
  return out;
}

std::string trim(const std::string& s) {
  std::size_t b = s.find_first_not_of(" \t\n");
  std::size_t e = s.find_last_not_of(" \t\n,;.:");
  return b == std::string::npos || e < b ? std::string() : s.substr(b, e - b + 1);
}

bool one_word(const std::string& w) {
  if (w.empty()) return false;
  std::size_t i = 0;
  while (i < w.size())
    if (!text::is_letter(text::decode(w, i))) return false;
  return true;
}

bool has_word(const std::string& text, const std::string& word) {
  std::size_t p = 0;
  while ((p = text.find(word, p)) != std::string::npos) {
    bool left = p == 0 || !std::isalnum(static_cast<unsigned char>(text[p - 1]));
    std::size_t e = p + word.size();
    bool right = e >= text.size() || !std::isalnum(static_cast<unsigned char>(text[e]));
    if (left && right) return true;
    p = e;
  }
  return false;
}

}  // namespace

void check_near_miss(const Corpus& corpus, const Rules& rules, FindingSink& sink) {
  const RuleConfig* rule = sink.active("text.near-miss");
  if (!rule) return;
  std::size_t min_versions = static_cast<std::size_t>(rule->number("min_versions", 1));
  std::size_t max_distance = static_cast<std::size_t>(rule->number("max_distance", 3));
  std::size_t min_length = static_cast<std::size_t>(rule->number("min_length", 5));
  const double max_ratio = rule->number("max_ratio", 1.0);
  // Spelling variants ("ise=ize"): a word that becomes the other by one of
  // them is the same word spelt another way, not a slip.
  std::vector<std::pair<std::string, std::string>> variants;
  for (const std::string& v : rule->list("variants")) {
    auto eq = v.find('=');
    if (eq != std::string::npos)
      variants.emplace_back(text::fold(v.substr(0, eq)), text::fold(v.substr(eq + 1)));
  }
  auto variant_of = [&](const std::string& a, const std::string& b) {
    for (const auto& [x, y] : variants)
      for (const auto& [from, to] : {std::pair{x, y}, std::pair{y, x}})
        for (std::size_t at = a.find(from); at != std::string::npos; at = a.find(from, at + 1))
          if (std::string(a).replace(at, from.size(), to) == b) return true;
    return false;
  };
  text::AnalyzerSet analyzers = analyzers_for(rules);
  for (const Thread& t : corpus.threads)
    for (std::size_t m = 0; m < t.members.size(); ++m) {
      const ThreadMember& member = t.members[m];
      if (!member.against || member.diff.empty()) continue;
      const Clause& now = corpus.clauses[member.clause];
      const Clause& before = corpus.clauses[*member.against];
      const std::string& lang = corpus.document_of(now).language;
      if (corpus.document_of(before).language != lang) continue;
      // A drafter copies the series' own earlier text; another body's
      // wording of a shared demand differs by choice, not by a slip.
      if (corpus.document_of(before).series != corpus.document_of(now).series) continue;
      for (std::size_t i = 0; i + 1 < member.diff.size(); ++i) {
        const WordOp& del = member.diff[i];
        const WordOp& ins = member.diff[i + 1];
        if (del.kind != WordOp::Kind::Delete || ins.kind != WordOp::Kind::Insert) continue;
        // The first words and the last words of the two runs face each other.
        auto words = [](const std::string& run) {
          std::vector<std::string> out;
          std::string cur;
          for (char ch : run + " ") {
            if (ch == ' ' || ch == '\t' || ch == '\n') {
              std::string w = trim(cur);
              if (!w.empty()) out.push_back(w);
              cur.clear();
            } else {
              cur += ch;
            }
          }
          return out;
        };
        std::vector<std::string> dw = words(del.text), iw = words(ins.text);
        if (dw.empty() || iw.empty()) continue;
        std::vector<std::pair<std::string, std::string>> pairs = {{dw.front(), iw.front()}};
        if (dw.size() > 1 || iw.size() > 1) pairs.push_back({dw.back(), iw.back()});
        for (const auto& [w1, w2] : pairs) {
          if (!one_word(w1) || !one_word(w2) || w1 == w2) continue;
          std::u32string a = code_points(text::fold(w1)), b = code_points(text::fold(w2));
          if (a.size() < min_length || b.size() < min_length) continue;
          std::size_t dist = distance(a, b);
          if (dist == 0 || dist > max_distance) continue;
          // Long words may differ by more letters than short ones.
          if (static_cast<double>(dist) >
              max_ratio * static_cast<double>(std::max(a.size(), b.size())))
            continue;
          // One word inside the other is a derivation ("security" ->
          // "insecurity") or a cut, not a look-alike.
          const std::string fa = text::fold(w1), fb = text::fold(w2);
          if (fa.find(fb) != std::string::npos || fb.find(fa) != std::string::npos) continue;
          if (variant_of(fa, fb)) continue;
          text::Analyzer& an = analyzers.get(lang);
          if (an.stem(w1) == an.stem(w2)) continue;  // a grammatical form, not a slip
          // The old word persisted: earlier versions in the language say it.
          std::size_t versions = 0;
          for (std::size_t k = 0; k < m; ++k) {
            const Clause& c = corpus.clauses[t.members[k].clause];
            if (corpus.document_of(c).language == lang && has_word(c.text, w1)) ++versions;
          }
          if (versions < min_versions) continue;
          std::size_t at = now.text.find(w2);
          Location where =
              at == std::string::npos ? sink.at(now) : sink.at(now, at, at + w2.size());
          Location rel = sink.at(before);
          rel.message = fmt::format("{} says '{}'", corpus.document_of(before).id, w1);
          sink.add("text.near-miss", where,
                   fmt::format("'{}' where {} earlier version{} said '{}': a look-alike, likely a "
                               "typo",
                               w2, versions, versions == 1 ? "" : "s", w1),
                   text::fold(w1) + "|" + text::fold(w2), {rel});
        }
      }
    }
}

}  // namespace ct::check

// Expansions of one acronym compared word by word: content words (stems for
// the last word, so a plural name is the same name; spelling variants of the
// language) and function words apart, acronyms inside expanded.
#include "check/acronym_expansions.h"

#include <algorithm>

#include "text/fold.h"
#include "text/utf8.h"
#include "text/variants.h"

namespace ct::check {

namespace {

// An acronym as written inside a name: two or more letters, all capitals.
bool is_acronym(std::string_view w) {
  return text::length(w) >= 2 && text::all_upper(w);
}

}  // namespace

ExpansionComparer::ExpansionComparer(const Rules& rules, Known known)
    : rules_(rules), known_(std::move(known)), analyzers_(analyzers_for(rules)) {}

ExpansionComparer::~ExpansionComparer() = default;

ExpansionComparer::Words ExpansionComparer::words(const std::string& language,
                                                  const std::string& expansion, int depth) {
  Words out;
  text::Analyzer& an = analyzers_.get(language);
  for (const Token& t : text::split_tokens(expansion)) {
    if (!t.word) continue;
    std::string surface = expansion.substr(t.begin, t.end - t.begin);
    if (depth == 0 && is_acronym(surface)) {
      std::string long_form;
      if (auto e = rules_.extract.gazetteer.lookup_acronym(language, surface))
        long_form = rules_.extract.gazetteer.name_of(*e, language);
      if (long_form.empty() && known_) long_form = known_(language, surface);
      if (!long_form.empty()) {
        Words inner = words(language, long_form, depth + 1);
        out.content.insert(out.content.end(), inner.content.begin(), inner.content.end());
        out.surface.insert(out.surface.end(), inner.surface.begin(), inner.surface.end());
        out.function.insert(out.function.end(), inner.function.begin(), inner.function.end());
        continue;
      }
    }
    std::string f = text::fold(surface);
    if (an.is_stop(f)) {
      out.function.push_back(f);
    } else {
      out.content.push_back(f);
      out.surface.push_back(surface);
    }
  }
  for (const auto& w : out.content) out.joined += w;
  return out;
}

bool ExpansionComparer::same_word(const std::string& language, const std::string& a,
                                  const std::string& b, bool last) {
  if (a == b) return true;
  const LanguageRules* lr = rules_.language(language);
  if (lr && text::spelling_variant(a, b, lr->variants)) return true;
  // The name in the plural ("Status of Forces Agreements"): its last word.
  if (last) {
    text::Analyzer& an = analyzers_.get(language);
    return an.stem(a) == an.stem(b);
  }
  return false;
}

bool ExpansionComparer::related_word(const std::string& language, const Words& x, std::size_t i,
                                     const Words& y, std::size_t j) {
  const std::string &a = x.content[i], &b = y.content[j];
  if (same_word(language, a, b, false)) return true;
  const LanguageRules* lr = rules_.language(language);
  std::size_t min = lr ? lr->derived_stem_prefix : 0;
  text::Analyzer& an = analyzers_.get(language);
  std::string p = an.stem(a), q = an.stem(b);
  if (p.size() > q.size()) std::swap(p, q);
  bool related = p == q || (min > 0 && p.size() >= min && q.compare(0, p.size(), p) == 0);
  return related && rules_.spelling_known(language, x.surface[i]) &&
         rules_.spelling_known(language, y.surface[j]);
}

// Longest common subsequence of two short word lists (names of a few words:
// the quadratic table is a few dozen cells).
std::size_t ExpansionComparer::common(const std::string& language, const Words& x, const Words& y,
                                      bool loose) {
  const std::vector<std::string>&a = x.content, &b = y.content;
  std::vector<std::vector<std::size_t>> t(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j)
      t[i][j] = (loose ? related_word(language, x, i - 1, y, j - 1)
                       : same_word(language, a[i - 1], b[j - 1], i == a.size() && j == b.size()))
                    ? t[i - 1][j - 1] + 1
                    : std::max(t[i - 1][j], t[i][j - 1]);
  return t[a.size()][b.size()];
}

ExpansionVerdict ExpansionComparer::compare(const std::string& language, const std::string& a,
                                            const std::string& b) {
  // Names the rules know as one body ("UN Refugee Agency", "Office of the
  // United Nations High Commissioner for Refugees").
  auto ea = rules_.extract.gazetteer.lookup_name(Gazetteer::key(a));
  auto eb = rules_.extract.gazetteer.lookup_name(Gazetteer::key(b));
  if (ea && eb && *ea == *eb) return ExpansionVerdict::Same;
  Words x = words(language, a, 0), y = words(language, b, 0);
  if (x.content.empty() || y.content.empty()) return ExpansionVerdict::Unrelated;
  std::size_t shared = common(language, x, y, false);
  std::size_t shorter = std::min(x.content.size(), y.content.size());
  std::size_t longer = std::max(x.content.size(), y.content.size());
  bool same_content =
      (shared == longer && x.content.size() == y.content.size()) || x.joined == y.joined;
  if (same_content)
    return x.function == y.function ? ExpansionVerdict::Same : ExpansionVerdict::Wording;
  // A longer or shorter form of the name ("Office of the High Commissioner
  // for Human Rights" / "Office of the United Nations High Commissioner ...").
  if (shared == shorter) return ExpansionVerdict::Same;
  // The same words, some in another form: one name written in substance
  // the same way.
  if (x.content.size() == y.content.size() && common(language, x, y, true) == longer)
    return ExpansionVerdict::Inflected;
  // Half the words in common: one name written two ways.
  if (2 * shared >= longer) return ExpansionVerdict::Differs;
  return ExpansionVerdict::Unrelated;
}

}  // namespace ct::check

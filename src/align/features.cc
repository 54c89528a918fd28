// Clause features: glossary concepts, stems, shared facts, translated pivots.
#include "align/features.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <string_view>
#include <tuple>

#include "align/score.h"
#include "diff/marker.h"
#include "model/error.h"
#include "segment/statements.h"
#include "text/utf8.h"
#include "util/parallel.h"

namespace ct::align {

namespace {

// Relative weights of the kinds of features (tuned on unsc-dev, see
// bench/README.md): a glossary concept or an entity says more than a word.
constexpr float kStem = 1.0f;
constexpr float kConcept = 1.2f;
constexpr float kPartConcept = 0.0f;  // a phrase inside a longer one  // a phrase inside a longer
                                      // one  // a phrase inside a longer one
constexpr float kEntity = 1.5f;
constexpr float kNumber = 1.0f;
constexpr float kName = 1.0f;
constexpr float kTranslated = 0.8f;
// Shortest stem (bytes) taken for a cognate: short stems meet by chance.
constexpr std::size_t kCognateStem = 5;
// Opening words read for a clause's act and negation.
constexpr std::size_t kActWords = 10;

// FNV-1a 64 of "kind:a[:b]", computed in place (no string is built: this
// runs for every word of the corpus).
FeatureId fid(char kind, std::string_view a, std::string_view b = {}) {
  std::uint64_t h = 1469598103934665603ULL;
  auto mix = [&h](unsigned char c) {
    h ^= c;
    h *= 1099511628211ULL;
  };
  mix(static_cast<unsigned char>(kind));
  mix(':');
  for (char c : a) mix(static_cast<unsigned char>(c));
  if (!b.empty()) {
    mix(':');
    for (char c : b) mix(static_cast<unsigned char>(c));
  }
  return h;
}

// The key fid hashes, written out.
std::string fid_key(char kind, std::string_view a, std::string_view b = {}) {
  std::string k{kind, ':'};
  k += a;
  if (!b.empty()) (k += ':') += b;
  return k;
}

// Merges duplicate ids (summing counts), sorted by id.
void compact(std::vector<Terms::Term>& v) {
  std::sort(v.begin(), v.end(),
            [](const Terms::Term& a, const Terms::Term& b) { return a.id < b.id; });
  std::size_t out = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (out > 0 && v[out - 1].id == v[i].id) {
      v[out - 1].count += v[i].count;
      v[out - 1].kind_weight = std::max(v[out - 1].kind_weight, v[i].kind_weight);
    } else {
      v[out++] = v[i];
    }
  }
  v.resize(out);
}

// Shape of a word as written: all capitals (an acronym) or capitalized.
struct Shape {
  bool acronym = false, capitalized = false;
};

Shape shape(std::string_view w) {
  Shape s;
  bool ascii = true;
  for (char ch : w) ascii &= static_cast<unsigned char>(ch) < 0x80;
  if (ascii) {
    std::size_t letters = 0, upper = 0;
    bool first = true;
    for (char ch : w) {
      bool lo = ch >= 'a' && ch <= 'z', up = ch >= 'A' && ch <= 'Z';
      if (!lo && !up) continue;
      ++letters;
      if (up) {
        ++upper;
        if (first) s.capitalized = true;
      }
      first = false;
    }
    s.acronym = letters >= 2 && upper == letters;
    return s;
  }
  std::size_t i = 0, letters = 0, upper = 0;
  bool first = true;
  while (i < w.size()) {
    char32_t c = text::decode(w, i);
    if (!text::is_letter(c)) continue;
    ++letters;
    if (text::is_upper(c)) {
      ++upper;
      if (first) s.capitalized = true;
    }
    first = false;
  }
  s.acronym = letters >= 2 && upper == letters;
  return s;
}

std::string digits_prefix(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
  std::string_view d = s.substr(0, n);
  while (d.size() > 1 && d.front() == '0') d.remove_prefix(1);
  return std::string(d);
}

std::string_view text_of(const Clause& c, const Token& t) {
  return std::string_view(c.text).substr(t.begin, t.end - t.begin);
}

float tfw(float count) {
  return count >= 1 ? 1 + std::log(count) : count;
}

Vec weigh_terms(const std::vector<Terms::Term>& terms, const Weights& weights, bool drop_unseen) {
  Vec v;
  v.items.reserve(terms.size());
  double norm = 0, sum = 0;
  for (const auto& t : terms) {
    float i = weights(t.id);
    if (drop_unseen && i <= 0) continue;
    float w = t.kind_weight * tfw(t.count) * std::abs(i);
    v.items.push_back({t.id, w});
    norm += double(w) * w;
    sum += w;
  }
  v.norm = static_cast<float>(std::sqrt(norm));
  v.sum = static_cast<float>(sum);
  return v;
}

}  // namespace

const Vec* ClauseFeatures::pivot(const std::string& language) const {
  for (const auto& [lang, v] : pivots)
    if (lang == language) return &v;
  return nullptr;
}

void Idf::add(const Terms& t) {
  ++n_;
  for (const auto& term : t.native) ++df_[term.id];
}

void Idf::finish() {
  unseen_ = static_cast<float>(std::log(1.0 + double(n_)));
}

// Positive idf for features seen in the corpus; the negated idf of an unseen
// feature, so pivots can drop translations nothing can match.
float Idf::operator()(FeatureId id) const {
  auto it = df_.find(id);
  if (it == df_.end()) return -unseen_;
  return static_cast<float>(std::log(1.0 + double(n_) / double(it->second)));
}

// fid hashes the bytes of the key fid_key writes: the kind, ':', the rest.
FeatureId feature_id(std::string_view key) {
  if (key.size() < 2) return fid(key.empty() ? '\0' : key[0], {});
  return fid(key[0], key.substr(2));
}

BackgroundDf BackgroundDf::load(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError("cannot read background table", file);
  BackgroundDf t;
  std::unordered_map<FeatureId, int> line_of;  // a key's first line, for duplicates
  std::uint64_t least = 0;                     // smallest count listed
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::size_t tab = line.find('\t');
    if (tab == std::string::npos || line.find('\t', tab + 1) != std::string::npos)
      throw InputError("expected 2 tab-separated fields (feature, clauses)", file, number, 1);
    std::string_view key(line.data(), tab), count(line.data() + tab + 1, line.size() - tab - 1);
    std::uint64_t c = 0;
    auto [end, ec] = std::from_chars(count.data(), count.data() + count.size(), c);
    if (ec != std::errc() || end != count.data() + count.size() || c == 0)
      throw InputError("'" + std::string(count) + "' is not a positive whole number", file, number,
                       static_cast<int>(tab) + 2);
    if (key == "clauses") {
      if (t.n_ != 0) throw InputError("a second 'clauses' line", file, number, 1);
      t.n_ = c;
      continue;
    }
    if (t.n_ == 0)
      throw InputError("a feature before the 'clauses' line (the reference's clause count)", file,
                       number, 1);
    std::size_t colon = key.find(':');
    if (colon != 1 || key.size() < 3)
      throw InputError("'" + std::string(key) + "' is not a feature key (kind:value)", file, number,
                       1);
    if (c > t.n_)
      throw InputError(
          "count " + std::to_string(c) + " exceeds the clauses (" + std::to_string(t.n_) + ")",
          file, number, static_cast<int>(tab) + 2);
    FeatureId h = feature_id(key);
    if (auto [it, fresh] = line_of.emplace(h, number); !fresh)
      throw InputError("feature '" + std::string(key) + "' is listed already (line " +
                           std::to_string(it->second) + ")",
                       file, number, 1);
    t.share_[h] = static_cast<float>(double(c) / double(t.n_));
    least = least == 0 ? c : std::min(least, c);
  }
  if (t.n_ == 0) throw InputError("no 'clauses' line (the reference's clause count)", file);
  t.least_ = double(least == 0 ? 1 : least) / double(t.n_);
  return t;
}

double BackgroundDf::share(FeatureId id) const {
  auto it = share_.find(id);
  return it == share_.end() ? 0.0 : double(it->second);
}

Weights Weights::background(std::vector<BackgroundDf> tables) {
  Weights w;
  w.tables_ = std::move(tables);
  double least = 1;
  for (const BackgroundDf& t : w.tables_) least = std::min(least, t.least());
  w.unseen_ = static_cast<float>(std::log(1.0 + double(w.tables_.size()) / least));
  return w;
}

float Weights::operator()(FeatureId id) const {
  if (tables_.empty()) return corpus(id);
  double p = 0;
  for (const BackgroundDf& t : tables_) p += t.share(id);
  if (p <= 0) return -unseen_;
  return static_cast<float>(std::log(1.0 + double(tables_.size()) / p));
}

std::vector<BackgroundDf> load_background_tables(const std::string& dir,
                                                 const std::vector<std::string>& languages) {
  std::vector<BackgroundDf> out;
  bool all = true;
  for (const std::string& lang : languages) {
    std::filesystem::path file = std::filesystem::path(dir) / "df" / (lang + ".tsv");
    std::error_code ec;
    if (lang.empty() || !std::filesystem::is_regular_file(file, ec))
      all = false;
    else  // read even when unused, so a broken table is an error wherever it is
      out.push_back(BackgroundDf::load(file.string()));
  }
  if (!all) out.clear();
  return out;
}

FeatureContext::FeatureContext(const std::string& lang, const Rules& rules,
                               const Translations& translations, const std::vector<std::string>& to,
                               std::unordered_map<FeatureId, std::string>* names_)
    : language(lang), targets(to), names(names_) {
  lang_rules = rules.language(language);
  auto g = rules.glossary.phrases.find(language);
  if (g != rules.glossary.phrases.end()) glossary = &g->second;
  for (const auto& t : targets) {
    tables.push_back(translations.table(language, t));
    auto tg = rules.glossary.phrases.find(t);
    target_concepts.push_back(tg != rules.glossary.phrases.end() && !tg->second.empty());
    bool cognate = false;
    for (const auto& [a, b] : rules.glossary.cognates)
      cognate |= (a == language && b == t) || (b == language && a == t);
    cognates.push_back(cognate);
  }
  if (lang_rules) {
    // Month, number and ordinal words, looked up once per word instead of in
    // three ordered maps.
    auto add = [&](const std::string& w, char kind, int n) {
      numberish[w] = fid(kind, std::to_string(n));
      if (names) (*names)[numberish[w]] = fid_key(kind, std::to_string(n));
    };
    for (const auto& [w, n] : lang_rules->ordinals) add(w, 'o', n);
    for (const auto& [w, n] : lang_rules->cardinals) add(w, 'n', n);
    for (const auto& [w, n] : lang_rules->months) add(w, 'm', n);
  }
}

Terms terms_of(const Clause& c, const FeatureContext& ctx) {
  Terms out;
  // A native feature's id, its key recorded when the context asks.
  auto id = [&ctx](char kind, std::string_view a, std::string_view b = {}) {
    FeatureId h = fid(kind, a, b);
    if (ctx.names) (*ctx.names)[h] = fid_key(kind, a, b);
    return h;
  };
  const LanguageRules* lr = ctx.lang_rules;
  const std::string& language = ctx.language;
  const auto& targets = ctx.targets;
  std::vector<std::size_t> words;  // indices of word and number tokens
  std::size_t skip = diff::marker_tokens(c.text, c.tokens);
  for (std::size_t k = skip; k < c.tokens.size(); ++k)
    if (c.tokens[k].word || c.tokens[k].number) words.push_back(k);

  // In a clause written mostly in capitals (a heading), capitals do not mark
  // acronyms.
  // Each word's shape, read again below.
  std::vector<Shape> shapes(words.size());
  std::size_t caps = 0;
  for (std::size_t w = 0; w < words.size(); ++w)
    if (c.tokens[words[w]].word && (shapes[w] = shape(text_of(c, c.tokens[words[w]]))).acronym)
      ++caps;
  const bool shouting = caps * 2 > words.size();

  // The act: the first one named among the opening words, a weak one
  // yielding to a later one.
  if (lr) {
    std::size_t seen = 0;
    for (std::size_t w = 0; w < words.size(); ++w) {
      const Token& t = c.tokens[words[w]];
      if (!t.word) continue;
      if (++seen > kActWords) break;
      if (lr->negations.count(std::string(t.fold)) &&
          (w + 1 == words.size() ||
           !lr->not_negating.count(std::string(c.tokens[words[w + 1]].fold))))
        out.negated = true;
      if (out.act != 0 && !out.weak_act) continue;
      auto a = lr->act_words.find(std::string(t.fold));
      if (a == lr->act_words.end()) continue;
      if (c.role == Role::Preambular && lr->operative_acts.count(a->second)) continue;
      bool weak = lr->weak_acts.count(a->second) > 0;
      if (out.act != 0 && weak) continue;
      out.act = fid('a', a->second);
      out.weak_act = weak;
    }
  }

  std::vector<Terms::Term> shared;
  std::vector<Terms::Term> stems;
  std::vector<std::vector<Terms::Term>> pivots(targets.size());
  const auto* glossary = ctx.glossary;
  const auto& tables = ctx.tables;
  std::string_view text = c.text;
  std::vector<Terms::Term> concepts;  // kept out of pivots into languages without them
  auto translate = [&](std::size_t k, std::string_view stem) {
    auto tr = tables[k] ? tables[k]->find(std::string(stem)) : decltype(tables[k]->end()){};
    if (!tables[k] || tr == tables[k]->end()) {
      // A cognate: the stem itself, when the other language writes it too
      // (a stem no clause of that language has is dropped with the unseen).
      if (ctx.cognates[k] && stem.size() >= kCognateStem)
        pivots[k].push_back({fid('s', targets[k], stem), 1.0f, kTranslated});
      return;
    }
    for (const std::string& s : tr->second)
      pivots[k].push_back({fid('s', targets[k], s), 1.0f / float(tr->second.size()), kTranslated});
  };

  // Words naming a place, when clauses are compared across languages (the
  // clause's language has pivots): the place entity stands for them, one
  // feature in every language; their stems (and a lexicon's translations of
  // them, which a lexicon learned on other texts lacks) would count the name
  // twice. A corpus in one language keeps them as words.
  std::vector<std::pair<std::size_t, std::size_t>> places;
  if (!targets.empty())
    for (const Entity& e : c.entities)
      if (e.type == EntityType::Place) places.emplace_back(e.begin, e.end);
  auto in_place = [&](const Token& t) {
    for (const auto& [b, e] : places)
      if (t.begin >= b && t.end <= e) return true;
    return false;
  };

  for (std::size_t i = 0; i < words.size();) {
    const Token& t = c.tokens[words[i]];
    // The longest glossary phrase starting here.
    const std::vector<GlossaryPhrase>* phrases = nullptr;
    if (glossary)
      if (auto it = glossary->find(std::string(t.stem)); it != glossary->end())
        phrases = &it->second;
    if (phrases) {
      std::size_t matched = 0;
      for (const GlossaryPhrase& p : *phrases) {
        if (p.stems.size() > words.size() - i) continue;
        bool ok = true;
        for (std::size_t k = 1; k < p.stems.size() && ok; ++k)
          ok = c.tokens[words[i + k]].stem == p.stems[k];
        if (ok) {
          concepts.push_back({id('g', std::to_string(p.entry)), 1, kConcept});
          matched = p.stems.size();
          break;
        }
      }
      if (matched) {
        // A language without glossary phrases reads the phrase word by word.
        for (std::size_t w = i; w < i + matched; ++w) {
          const Token& pt = c.tokens[words[w]];
          if (pt.stop || !pt.word || pt.fold.size() < 2) continue;
          for (std::size_t k = 0; k < targets.size(); ++k)
            if (!ctx.target_concepts[k]) translate(k, pt.stem);
        }
        out.words += matched;
        i += matched;
        continue;
      }
    }
    ++i;
    if (!places.empty() && t.word && in_place(t)) continue;
    std::string_view surface = text.substr(t.begin, t.end - t.begin);
    if (t.number) {
      // A number written against a month suffix ("5月") is that month, as a
      // month's name is in other languages.
      bool month = false;
      if (lr && i < words.size() && c.tokens[words[i]].begin == t.end) {
        const std::string_view next = c.tokens[words[i]].fold;
        for (const std::string& m : lr->month_suffixes) month |= next == m;
      }
      shared.push_back({id(month ? 'm' : 'n', digits_prefix(surface)), 1, kNumber});
      continue;
    }
    if (auto n = ctx.numberish.find(std::string(t.fold)); n != ctx.numberish.end()) {
      shared.push_back({n->second, 1, kNumber});
      continue;
    }
    if (std::string d = digits_prefix(surface); !d.empty()) {  // "78th", "49ème"
      shared.push_back({id('o', d), 1, kNumber});
      continue;
    }
    const Shape sh = shapes[i - 1];  // of t (i has moved past it)
    // An acronym, unless the clause shouts or the word is an operative verb
    // set in capitals ("EXIGE").
    if (sh.acronym && !shouting && !(lr && lr->operative.count(std::string(t.stem)))) {
      shared.push_back({id('u', t.fold), 1, kName});
      continue;
    }
    if (t.stop || t.fold.size() < 2) continue;
    ++out.words;
    // A capitalized word inside the clause is a name, the same in every
    // language ("Srinagar", "Malik"); the clause's first word is not.
    // Unless a lexicon translates it: "Charter", "Council" are words to
    // languages without capitals (Arabic, Chinese) or another script.
    if (sh.capitalized && !sh.acronym && words[0] != words[i - 1]) {
      bool translated = false;
      for (const auto* table : tables) translated |= table && table->count(std::string(t.stem)) > 0;
      if (!translated) {
        shared.push_back({id('p', t.fold), 1, kName});
        continue;
      }
    }
    stems.push_back({id('s', language, t.stem), 1, kStem});
    for (std::size_t k = 0; k < targets.size(); ++k) translate(k, t.stem);
  }
  // A number written in words or numerals ("six months", "Chapter VII")
  // already weighs through its words (the numberish features above); as an
  // entity too it counted twice and joined unrelated clauses that share only
  // a duration or a chapter. A number written in digits weighs as an entity.
  auto has_digit = [](std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
  };
  for (const Entity& e : c.entities)
    if (e.type != EntityType::Number || has_digit(e.text))
      shared.push_back({id('e', name(e.type), e.value), 1, kEntity});

  out.concepts = ctx.glossary && !ctx.glossary->empty();
  out.shared = shared;
  out.shared.insert(out.shared.end(), concepts.begin(), concepts.end());
  out.native = out.shared;
  out.native.insert(out.native.end(), stems.begin(), stems.end());
  compact(out.shared);
  compact(out.native);
  for (std::size_t k = 0; k < targets.size(); ++k) {
    std::vector<Terms::Term> p = shared;
    if (ctx.target_concepts[k]) p.insert(p.end(), concepts.begin(), concepts.end());
    p.insert(p.end(), pivots[k].begin(), pivots[k].end());
    compact(p);
    out.pivots.emplace_back(targets[k], std::move(p));
  }
  return out;
}

ClauseFeatures weigh(const Terms& t, const Weights& weights) {
  ClauseFeatures f;
  f.native = weigh_terms(t.native, weights, false);
  f.shared = weigh_terms(t.shared, weights, false);
  for (const auto& [lang, terms] : t.pivots)
    f.pivots.emplace_back(lang, weigh_terms(terms, weights, true));
  f.words = t.words;
  f.concepts = t.concepts;
  f.act = t.act;
  f.weak_act = t.weak_act;
  f.negated = t.negated;
  return f;
}

namespace {

// Whether terms_of reads the two clauses (of one language, with one text
// and role) the same: same tokens and same entities (type and value).
bool reads_the_same(const Clause& a, const Clause& b) {
  auto same_token = [](const Token& x, const Token& y) {
    return x.begin == y.begin && x.end == y.end && x.word == y.word && x.number == y.number &&
           x.stop == y.stop && x.fold == y.fold && x.stem == y.stem;
  };
  auto same_entity = [](const Entity& x, const Entity& y) {
    return x.type == y.type && x.value == y.value;
  };
  return std::equal(a.tokens.begin(), a.tokens.end(), b.tokens.begin(), b.tokens.end(),
                    same_token) &&
         std::equal(a.entities.begin(), a.entities.end(), b.entities.begin(), b.entities.end(),
                    same_entity);
}

}  // namespace

namespace {

// A list item does what its lead-in does when the lead-in names a strong
// act ("Decides that the mandate shall be: (a) to support ..." demands),
// or when it names no act of its own.
void take_lead_act(ClauseFeatures& item, const ClauseFeatures& lead) {
  if (lead.act == 0 || (item.act != 0 && lead.weak_act)) return;
  item.act = lead.act;
  item.weak_act = lead.weak_act;
  item.negated = item.negated || lead.negated;
}

// Content words a sentence needs to be a statement of its own.
constexpr std::size_t kStatementWords = 4;

// The statements of the body paragraphs that hold several sentences, with
// features weighed as the clauses' are; a statement of a list item takes its
// lead-in's act as its clause does (take_lead_act).
std::vector<Statement> statements_of(const Corpus& corpus,
                                     const std::map<std::string, FeatureContext>& contexts,
                                     const FeatureTable& table, int jobs) {
  const std::size_t n = corpus.clauses.size();
  std::vector<std::vector<Statement>> per(n);
  parallel_for(n, jobs, [&](int, std::size_t i) {
    const Clause& c = corpus.clauses[i];
    if (frame_role(c.role)) return;
    const FeatureContext& ctx = contexts.at(corpus.documents[c.doc].language);
    static const std::vector<std::string> kNone;
    const auto& abbreviations = ctx.lang_rules ? ctx.lang_rules->abbreviations : kNone;
    auto spans = segment::sentence_spans(c, abbreviations, kStatementWords);
    if (spans.size() < 2) return;
    for (const auto& [first, last] : spans) {
      Statement s{i, first, last,
                  weigh(terms_of(segment::part_of(c, first, last), ctx), table.weights)};
      s.features.position = table.clauses[i].position;
      if (c.parent) take_lead_act(s.features, table.clauses[*c.parent]);
      per[i].push_back(std::move(s));
    }
  });
  std::vector<Statement> out;
  for (auto& v : per)
    for (auto& s : v) out.push_back(std::move(s));
  return out;
}

}  // namespace

FeatureTable build_features(const Corpus& corpus, const Rules& rules,
                            const Translations& translations, int jobs) {
  FeatureTable table;
  for (const Document& d : corpus.documents)
    if (std::find(table.languages.begin(), table.languages.end(), d.language) ==
        table.languages.end())
      table.languages.push_back(d.language);
  std::sort(table.languages.begin(), table.languages.end());
  // Pivot targets of each language: the corpus's other languages that a
  // dictionary reaches from it.
  std::map<std::string, std::vector<std::string>> targets;
  auto pairs = translations.pairs();
  for (const auto& from : table.languages)
    for (const auto& to : table.languages)
      if (from != to && std::find(pairs.begin(), pairs.end(), std::pair{from, to}) != pairs.end())
        targets[from].push_back(to);

  const std::size_t n = corpus.clauses.size();
  std::map<std::string, FeatureContext> contexts;
  for (const auto& lang : table.languages)
    contexts.emplace(lang, FeatureContext(lang, rules, translations, targets[lang]));
  // A clause that reads exactly as one before it (same language, role, words
  // and entities: all terms_of reads) takes its terms: two versions of a text
  // share most of their clauses.
  std::vector<std::size_t> same_as(n), distinct;
  {
    using Key = std::tuple<std::string_view, std::string_view, Role>;
    std::map<Key, std::vector<std::size_t>> seen;
    for (std::size_t i = 0; i < n; ++i) {
      const Clause& c = corpus.clauses[i];
      auto& firsts = seen[Key{c.text, corpus.documents[c.doc].language, c.role}];
      auto it = std::find_if(firsts.begin(), firsts.end(),
                             [&](std::size_t f) { return reads_the_same(corpus.clauses[f], c); });
      same_as[i] = it == firsts.end() ? i : *it;
      if (it == firsts.end()) {
        firsts.push_back(i);
        distinct.push_back(i);
      }
    }
  }
  std::vector<Terms> terms(n);
  parallel_for(distinct.size(), jobs, [&](int, std::size_t k) {
    const Clause& c = corpus.clauses[distinct[k]];
    terms[distinct[k]] = terms_of(c, contexts.at(corpus.documents[c.doc].language));
  });
  // A clause that reads as one before it has its terms (counted again in the
  // document frequencies) and weighs as it does: weighed once, its features
  // copied (two versions of a text: 42% of the clauses of bench/gen_pair.py's
  // pair).
  if (auto tables = load_background_tables(rules.dir, table.languages); !tables.empty()) {
    table.weights = Weights::background(std::move(tables));
  } else {
    for (std::size_t i = 0; i < n; ++i) table.weights.corpus.add(terms[same_as[i]]);
    table.weights.corpus.finish();
  }
  table.clauses.resize(n);
  parallel_for(distinct.size(), jobs, [&](int, std::size_t k) {
    table.clauses[distinct[k]] = weigh(terms[distinct[k]], table.weights);
  });
  for (std::size_t i = 0; i < n; ++i) {
    const Clause& c = corpus.clauses[i];
    const Document& d = corpus.documents[c.doc];
    if (same_as[i] != i) table.clauses[i] = table.clauses[same_as[i]];
    std::size_t k = i - d.first_clause;
    table.clauses[i].position = d.clause_count > 1 ? double(k) / double(d.clause_count - 1) : 0.5;
  }
  // List items take their lead-ins' acts (in clause order: a lead-in before its items).
  for (std::size_t i = 0; i < n; ++i) {
    const Clause& c = corpus.clauses[i];
    if (c.parent) take_lead_act(table.clauses[i], table.clauses[*c.parent]);
  }
  table.statements = statements_of(corpus, contexts, table, jobs);
  return table;
}

}  // namespace ct::align

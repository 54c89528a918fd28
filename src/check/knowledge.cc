// knowledge: the facts of the corpus, read from the entities the extract
// stage found and from the patterns of rules/checks.yaml (see knowledge.h).
#include "check/knowledge.h"

#include <re2/filtered_re2.h>
#include <re2/re2.h>

#include <algorithm>
#include <map>

#include "check/check.h"
#include "check/entry_fields.h"
#include "text/fold.h"

namespace ct::check {

namespace {

std::string attr(const Entity& e, const std::string& k) {
  auto it = e.attrs.find(k);
  return it == e.attrs.end() ? std::string() : it->second;
}

long to_long(const std::string& s) {
  if (s.empty() || s.size() > 9 || s.find_first_not_of("0123456789") != std::string::npos) return 0;
  return std::stol(s);
}

// A resolution entity's key (its value without "(YEAR)") and year.
std::pair<std::string, int> key_and_year(const Entity& e) {
  std::string year = attr(e, "year");
  std::string key = e.value;
  if (!year.empty()) {
    auto at = key.rfind("(" + year + ")");
    if (at != std::string::npos) key.erase(at, year.size() + 2);
    while (!key.empty() && key.back() == ' ') key.pop_back();
  }
  return {key, static_cast<int>(to_long(year))};
}

// Patterns `key` of rule `id` for `language` (empty when the rule has none).
std::vector<Pattern> patterns(const Rules& rules, std::string_view id, const std::string& key,
                              const std::string& language) {
  const RuleConfig* r = rules.checks.rule(id);
  return r ? r->patterns_for(key, language) : std::vector<Pattern>{};
}

// The text of named group `name` of the first match of `p` in `text`, or
// nullopt when `p` does not match ("" when the group did not take part).
std::optional<std::string> match_group(const Pattern& p, std::string_view text,
                                       const std::string& name) {
  if (!p) return std::nullopt;
  auto groups = p->NamedCapturingGroups();
  auto g = groups.find(name);
  int n = g == groups.end() ? 0 : g->second;
  std::vector<re2::StringPiece> out(static_cast<std::size_t>(n) + 1);
  re2::StringPiece input(text.data(), text.size());
  if (!p->Match(input, 0, text.size(), RE2::UNANCHORED, out.data(), n + 1)) return std::nullopt;
  return n ? std::string(out[static_cast<std::size_t>(n)].data(),
                         out[static_cast<std::size_t>(n)].size())
           : std::string();
}

// Whether a pattern may match a text: false only when the text lacks the
// literal strings every match holds (RE2's prefilter atoms, lower case). The
// windows searched before each date are many and the patterns' counted
// repetitions make RE2 slow on each; most windows lack the pattern's words.
class Needs {
 public:
  explicit Needs(const re2::RE2& p) : filter_(kMinAtom) {
    int id = 0;
    if (filter_.Add(p.pattern(), p.options(), &id) != re2::RE2::NoError) return;
    filter_.Compile(&atoms_);
    // Atoms beyond ASCII: their case folding is RE2's, not a byte's.
    for (const std::string& a : atoms_)
      if (std::any_of(a.begin(), a.end(), [](char ch) { return ch & 0x80; })) return;
    usable_ = true;
  }

  bool may_match(std::string_view text) const {
    if (!usable_) return true;
    // The two letters beyond ASCII that fold to ASCII ones: KELVIN SIGN, LONG S.
    if (text.find("\xE2\x84\xAA") != std::string_view::npos ||
        text.find("\xC5\xBF") != std::string_view::npos)
      return true;
    std::string lower(text);
    for (char& ch : lower)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    std::vector<int> found, potential;
    for (std::size_t i = 0; i < atoms_.size(); ++i)
      if (lower.find(atoms_[i]) != std::string::npos) found.push_back(static_cast<int>(i));
    filter_.AllPotentials(found, &potential);
    return !potential.empty();
  }

 private:
  static constexpr int kMinAtom = 3;
  re2::FilteredRE2 filter_;
  std::vector<std::string> atoms_;
  bool usable_ = false;
};

// The prefilters of the patterns met so far, by pattern.
class NeedsOf {
 public:
  const Needs& operator()(const Pattern& p) {
    auto it = needs_.find(p.get());
    if (it == needs_.end()) it = needs_.emplace(p.get(), std::make_unique<Needs>(*p)).first;
    return *it->second;
  }

 private:
  std::map<const re2::RE2*, std::unique_ptr<Needs>> needs_;
};

// The opening clauses of a document: those before its first preambular or
// operative paragraph (at most `limit`).
std::vector<std::size_t> opening(const Corpus& corpus, const Document& d, std::size_t limit) {
  std::vector<std::size_t> out;
  for (std::size_t k = d.first_clause; k < d.first_clause + d.clause_count && out.size() < limit;
       ++k) {
    Role r = corpus.clauses[k].role;
    if (r == Role::Preambular || r == Role::Operative || r == Role::ListItem) break;
    out.push_back(k);
  }
  return out;
}

void document_facts(const Corpus& corpus, const Rules& rules, std::size_t i, DocumentFacts& f) {
  const Document& d = corpus.documents[i];
  f.session = d.session;
  if (iso_day(d.date)) f.adopted = d.date;
  const auto open = opening(corpus, d, 8);
  for (std::size_t k : open) {
    for (const Entity& e : corpus.clauses[k].entities)
      if (e.type == EntityType::Resolution && !e.value.empty()) {
        f.symbol = e.value;
        std::tie(f.key, f.year) = key_and_year(e);
        f.number = to_long(attr(e, "num"));
        f.symbol_at = FactSource{k, &e};
        break;
      }
    if (f.symbol_at) break;
  }
  auto adoption = patterns(rules, "date.meeting-backwards", "adoption", d.language);
  auto own = patterns(rules, "date.meeting-backwards", "own_meeting", d.language);
  for (std::size_t k : open) {
    const Clause& c = corpus.clauses[k];
    bool adopted = false;
    for (const Pattern& p : adoption) adopted = adopted || match_group(p, c.text, "");
    if (!adopted) continue;
    for (const Pattern& p : own)
      if (auto m = match_group(p, c.text, "meeting"); m && to_long(*m)) {
        f.meeting = to_long(*m);
        f.meeting_at = FactSource{k, nullptr};
        break;
      }
    for (const Entity& e : c.entities)
      if (e.type == EntityType::Date && iso_day(e.value)) {
        f.adopted = e.value;
        f.adopted_at = FactSource{k, &e};
        break;
      }
    break;
  }
}

// The words naming what an extension extends: folded, spaces collapsed.
std::string object_words(const std::string& s) {
  std::string f = text::fold(s), out;
  for (char ch : f) {
    bool space = ch == ' ' || ch == '\t';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : ch;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The folded lead verb of a clause, or of the clause it is a sub-item of.
std::string lead_of(const Corpus& corpus, const Clause& c) {
  const Clause* x = &c;
  while (x->lead.empty() && x->parent) x = &corpus.clauses[*x->parent];
  return text::fold(x->lead);
}

// Bytes before a date within which an extension's words must lie.
constexpr std::size_t kExtensionReach = 320;
// Bytes after the date naming what is extended, at most, when the words before do not.
constexpr std::size_t kObjectAfter = 120;
// Bytes between a report's date and the symbol printed for it, at most.
constexpr std::size_t kSymbolReach = 240;
// Bytes before a report's date within which the words citing it lie.
constexpr std::size_t kLeadReach = 160;

// The extensions of document `doc`'s clauses, in clause order.
void extensions_of(const Corpus& corpus, const RuleConfig& r, std::size_t doc, NeedsOf& needs,
                   std::vector<Extension>& out) {
  const auto& leads = r.list("leads");
  const Document& d = corpus.documents[doc];
  for (std::size_t ci = d.first_clause; ci < d.first_clause + d.clause_count; ++ci) {
    const Clause& c = corpus.clauses[ci];
    if (c.role != Role::Operative && c.role != Role::ListItem) continue;
    bool any = false;
    for (const Entity& e : c.entities) any = any || e.type == EntityType::Date;
    if (!any) continue;
    // A paragraph led by an extending verb, or another one that goes on to
    // extend ("Recalls paragraph 22 of ..., and extends its authorisations
    // until ..."): then only the finite verb after "and" counts.
    std::string lead = lead_of(corpus, c);
    bool led = std::find(leads.begin(), leads.end(), lead) != leads.end();
    auto pats = r.patterns_for(led ? "extension" : "and_extends", d.language);
    for (const Entity& e : c.entities) {
      if (e.type != EntityType::Date || !iso_day(e.value)) continue;
      std::size_t from = e.begin > kExtensionReach ? e.begin - kExtensionReach : 0;
      while (from > 0 && (static_cast<unsigned char>(c.text[from]) & 0xC0) == 0x80) --from;
      std::string_view before = std::string_view(c.text).substr(from, e.begin - from);
      for (const Pattern& p : pats)
        if (auto obj =
                p && needs(p).may_match(before) ? match_group(p, before, "object") : std::nullopt) {
          // "extend until 30 June 2018 the mandate of UNAMID": the words after the date.
          if (obj->empty()) {
            std::size_t end = c.text.find_first_of(",;(", e.end);
            if (end == std::string::npos) end = c.text.size();
            if (end - e.end <= kObjectAfter) *obj = c.text.substr(e.end, end - e.end);
          }
          out.push_back({c.doc, ci, &e, e.value, object_words(*obj)});
          break;
        }
    }
  }
}

// A document's extensions as the memo keeps them: per extension its clause
// (offset in the document), its date (index in the clause's entities) and
// its object's length and bytes, as decimal numbers and spaces.
constexpr std::string_view kExtensionsKind = "knowledge extensions 1";

std::string encode_extensions(const Corpus& corpus, const std::vector<Extension>& xs) {
  std::string out;
  for (const Extension& x : xs) {
    const Clause& c = corpus.clauses[x.clause];
    out += std::to_string(x.clause - corpus.documents[x.doc].first_clause) + ' ' +
           std::to_string(static_cast<std::size_t>(x.date - c.entities.data())) + ' ' +
           std::to_string(x.object.size()) + ' ' + x.object;
  }
  return out;
}

// False when `bytes` do not decode into dated entities of the document's
// clauses (then they are read again).
bool decode_extensions(const Corpus& corpus, std::size_t doc, std::string_view bytes,
                       std::vector<Extension>& out) {
  const Document& d = corpus.documents[doc];
  std::vector<Extension> xs;
  while (!bytes.empty()) {
    std::size_t offset = 0, entity = 0, size = 0;
    if (!take_number(bytes, offset) || !take_number(bytes, entity) || !take_number(bytes, size) ||
        size > bytes.size() || offset >= d.clause_count)
      return false;
    const std::size_t ci = d.first_clause + offset;
    const Clause& c = corpus.clauses[ci];
    if (entity >= c.entities.size() || c.entities[entity].type != EntityType::Date ||
        !iso_day(c.entities[entity].value))
      return false;
    const Entity& e = c.entities[entity];
    xs.push_back({doc, ci, &e, e.value, std::string(bytes.substr(0, size))});
    bytes.remove_prefix(size);
  }
  out.insert(out.end(), std::make_move_iterator(xs.begin()), std::make_move_iterator(xs.end()));
  return true;
}

void extensions(const Corpus& corpus, const Rules& rules, Knowledge& k, WordDiffMemo* memo) {
  const RuleConfig* r = rules.checks.rule("date.mandate-end");
  if (!r) return;
  NeedsOf needs;
  // Documents in the order of their clauses: the extensions come in clause order.
  const std::vector<std::size_t> docs = documents_in_clause_order(corpus);
  std::string kept;
  for (std::size_t doc : docs) {
    if (memo && memo->find_document(doc, kExtensionsKind, kept) &&
        decode_extensions(corpus, doc, kept, k.extensions))
      continue;
    std::vector<Extension> xs;
    extensions_of(corpus, *r, doc, needs, xs);
    if (memo) memo->keep_document(doc, kExtensionsKind, encode_extensions(corpus, xs));
    k.extensions.insert(k.extensions.end(), std::make_move_iterator(xs.begin()),
                        std::make_move_iterator(xs.end()));
  }
}

// The reports (letters, statements) a clause cites by date and symbol: a
// date the words of ref.report-date's `cited_as` lead to ("report of the
// Secretary-General of", "letter dated"), or that continues a list of them
// ("..., 12 February 1999 (S/PRST/1999/6)"), and the symbol printed after it
// with no other date or symbol in between, in one part of the sentence.
void reports(const Corpus& corpus, const Rules& rules, std::size_t ci, Knowledge& k,
             NeedsOf& needs) {
  const Clause& c = corpus.clauses[ci];
  const Document& d = corpus.documents[c.doc];
  auto leads = patterns(rules, "ref.report-date", "cited_as", d.language);
  auto lists = patterns(rules, "ref.report-date", "list", d.language);
  if (leads.empty()) return;
  const std::vector<Entity>& es = c.entities;
  std::size_t last_end = std::string::npos;  // end of the symbol of the last citation
  std::string last_author;
  for (std::size_t j = 0; j < es.size(); ++j) {
    const Entity& e = es[j];
    if (e.type != EntityType::Date && e.type != EntityType::Report) continue;
    std::string date = e.type == EntityType::Report ? attr(e, "date") : e.value;
    if (!iso_day(date)) continue;
    std::size_t from = e.begin > kLeadReach ? e.begin - kLeadReach : 0;
    while (from > 0 && (static_cast<unsigned char>(c.text[from]) & 0xC0) == 0x80) --from;
    std::string_view before = std::string_view(c.text).substr(from, e.begin - from);
    std::optional<std::string> author;
    for (const Pattern& p : leads)
      if (p && needs(p).may_match(before) && (author = match_group(p, before, "author"))) break;
    if (!author && last_end != std::string::npos && last_end <= e.begin) {
      std::string_view gap = std::string_view(c.text).substr(last_end, e.begin - last_end);
      for (const Pattern& p : lists)
        if (match_group(p, gap, "")) {
          author = last_author;
          break;
        }
    }
    if (!author) continue;
    for (std::size_t n = j + 1; n < es.size(); ++n) {
      const Entity& x = es[n];
      if (x.begin > e.end + kSymbolReach) break;
      if (x.begin < e.end) continue;
      if (x.type == EntityType::Document) {
        std::string_view gap = std::string_view(c.text).substr(e.end, x.begin - e.end);
        if (gap.find(';') == std::string_view::npos) {
          std::string a = object_words(*author);
          k.reports.push_back({c.doc, a, date, x.value, &e, &x, ci});
          last_end = x.end;
          last_author = *author;
        }
        break;
      }
      if (x.type == EntityType::Date || x.type == EntityType::Report ||
          x.type == EntityType::DateRange)
        break;
    }
  }
}

void citations(const Corpus& corpus, const Rules& rules, Knowledge& k) {
  NeedsOf needs;
  for (std::size_t ci = 0; ci < corpus.clauses.size(); ++ci) {
    const Clause& c = corpus.clauses[ci];
    const DocumentFacts& own = k.documents[c.doc];
    auto not_after =
        patterns(rules, "ref.resolution-year", "not_after", corpus.documents[c.doc].language);
    const std::vector<Entity>& es = c.entities;
    for (std::size_t j = 0; j < es.size(); ++j) {
      const Entity& e = es[j];
      if (e.type == EntityType::Meeting && !e.value.empty())
        k.meetings[e.value].push_back({ci, &e});
      if (e.type == EntityType::Session && !e.value.empty())
        k.sessions[e.value].push_back({ci, &e});
      if (e.type == EntityType::Resolution) {
        if (own.symbol_at && own.symbol_at->entity == &e) continue;
        // A year after a date read as a list item ("12 September 2001 (2001)").
        bool in_date = false;
        for (const Entity& x : es)
          in_date = in_date || ((x.type == EntityType::Date || x.type == EntityType::DateRange) &&
                                x.begin < e.end && e.begin < x.end);
        if (in_date) continue;
        std::size_t from = e.begin > 24 ? e.begin - 24 : 0;
        while (from > 0 && (static_cast<unsigned char>(c.text[from]) & 0xC0) == 0x80) --from;
        std::string_view before = std::string_view(c.text).substr(from, e.begin - from);
        bool dated = false;
        for (const Pattern& p : not_after) dated = dated || match_group(p, before, "");
        if (dated) continue;
        auto [key, year] = key_and_year(e);
        if (year) k.resolutions[key].push_back({c.doc, year, {ci, &e}});
      }
    }
    reports(corpus, rules, ci, k, needs);
  }
}

}  // namespace

std::optional<std::chrono::sys_days> iso_day(const std::string& iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (iso[i] < '0' || iso[i] > '9') return std::nullopt;
  std::chrono::year_month_day ymd{
      std::chrono::year(std::stoi(iso.substr(0, 4))),
      std::chrono::month(static_cast<unsigned>(std::stoi(iso.substr(5, 2)))),
      std::chrono::day(static_cast<unsigned>(std::stoi(iso.substr(8, 2))))};
  if (!ymd.ok()) return std::nullopt;
  return std::chrono::sys_days(ymd);
}

Knowledge build_knowledge(const Corpus& corpus, const Rules& rules, WordDiffMemo* memo) {
  Knowledge k;
  k.documents.resize(corpus.documents.size());
  for (std::size_t i = 0; i < corpus.documents.size(); ++i) {
    document_facts(corpus, rules, i, k.documents[i]);
    if (!k.documents[i].key.empty()) k.holders[k.documents[i].key].push_back(i);
  }
  citations(corpus, rules, k);
  extensions(corpus, rules, k, memo);
  for (std::size_t t = 0; t < corpus.threads.size(); ++t)
    for (const ThreadMember& m : corpus.threads[t].members) k.thread_of.emplace(m.clause, t);
  return k;
}

}  // namespace ct::check

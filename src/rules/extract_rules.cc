// Loads the extract rules: reads the word lists first (months, ordinals,
// units, titles, ...), builds each language's placeholders from them, then
// compiles every pattern of every file once per language.
#include "rules/extract_rules.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "model/error.h"
#include "rules/extract_rules_load.h"
#include "rules/yaml_util.h"
#include "text/analyzer.h"
#include "text/fold.h"

namespace ct {

const std::string& DateRules::order_for(const std::string& language) const {
  auto it = numeric_order.find(language);
  return it == numeric_order.end() ? default_order : it->second;
}

namespace extract_load {

File open(const std::string& dir, const std::string& name,
          std::initializer_list<std::string_view> keys) {
  File f;
  f.path = (std::filesystem::path(dir) / name).string();
  std::error_code ec;
  if (!std::filesystem::exists(f.path, ec)) {
    f.root = YAML::Node(YAML::NodeType::Map);
    return f;
  }
  f.present = true;
  f.root = yaml::load_file(f.path);
  if (f.root.IsNull()) f.root = YAML::Node(YAML::NodeType::Map);
  yaml::expect_map(f.path, f.root, keys, name);
  return f;
}

std::vector<std::string> Context::codes() const {
  std::vector<std::string> out;
  for (const auto& [code, _] : *languages)
    if (!only || only->count(code)) out.push_back(code);
  out.push_back("");
  return out;
}

std::vector<std::string> Context::pattern_codes() const {
  std::vector<std::string> out = codes();
  if (only && std::all_of(only->begin(), only->end(),
                          [&](const std::string& c) { return languages->count(c) > 0; }))
    out.pop_back();
  return out;
}

void Context::check_language(const std::string& path, const YAML::Node& key) const {
  std::string k = yaml::str(path, key, "language code");
  if (k == "any" || languages->count(k)) return;
  std::string list;
  for (const auto& [code, _] : *languages) list += code + ", ";
  yaml::fail(path, key, "unknown language '" + k + "' (expected one of: " + list + "any)");
}

Pattern compile(const Context& ctx, const std::string& path, const YAML::Node& node,
                const std::string& tmpl, const std::string& language, bool folded) {
  const auto& table = folded ? ctx.folded_words : ctx.words;
  auto w = table.find(language);
  static const Placeholders none;
  std::string unknown;
  auto expanded = expand_template(tmpl, w == table.end() ? none : w->second, unknown);
  if (!expanded) {
    std::string list;
    if (w != table.end())
      for (const auto& [name, _] : w->second)
        list += (list.empty() ? "" : ", ") + ("{" + name + "}");
    yaml::fail(path, node, "unknown placeholder {" + unknown + "} (expected one of: " + list + ")");
  }
  auto cached = ctx.compiled.find(*expanded);
  if (cached != ctx.compiled.end()) return cached->second;
  re2::RE2::Options opt;
  opt.set_log_errors(false);
  opt.set_encoding(re2::RE2::Options::EncodingUTF8);
  opt.set_max_mem(32 << 20);
  auto re = std::make_shared<re2::RE2>(*expanded, opt);
  if (!re->ok()) yaml::fail(path, node, "pattern does not compile: " + re->error());
  ctx.compiled.emplace(*expanded, re);
  return re;
}

void check_groups(const std::string& path, const YAML::Node& node, const re2::RE2& re,
                  const std::set<std::string>& allowed, bool flags,
                  const std::vector<std::set<std::string>>& required_any) {
  const auto& groups = re.NamedCapturingGroups();
  for (const auto& [name, _] : groups) {
    if (allowed.count(name) || (flags && name.rfind("flag_", 0) == 0 && name.size() > 5)) continue;
    std::string list;
    for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
    if (flags) list += ", flag_NAME";
    yaml::fail(path, node, "unknown group (?P<" + name + ">...) (expected: " + list + ")");
  }
  for (const auto& one_of : required_any) {
    bool ok = false;
    for (const auto& g : one_of) ok |= groups.count(g) > 0;
    if (ok) continue;
    std::string list;
    for (const auto& g : one_of) list += (list.empty() ? "" : " or ") + ("(?P<" + g + ">...)");
    yaml::fail(path, node, "pattern lacks the named group " + list);
  }
}

std::map<std::string, std::vector<std::string>> words_by_language(const Context& ctx,
                                                                  const std::string& path,
                                                                  const YAML::Node& node,
                                                                  std::string_view what) {
  std::map<std::string, std::vector<std::string>> out;
  if (!node) return out;
  yaml::expect_any_map(path, node, what);
  for (auto it = node.begin(); it != node.end(); ++it) ctx.check_language(path, it->first);
  for (auto it = node.begin(); it != node.end(); ++it) {
    std::string key = it->first.Scalar();
    auto words = yaml::strings(path, it->second, what);
    for (const auto& code : ctx.codes())
      if (key == "any" || key == code || code.empty())
        out[code].insert(out[code].end(), words.begin(), words.end());
  }
  return out;
}

void load_gazetteer_entries(const std::string& path, const Context& ctx, const YAML::Node& list,
                            EntityType type, bool capitalized, Gazetteer& gazetteer) {
  if (!list) return;
  const std::string what(name(type));
  yaml::expect_seq(path, list, what + " entries");
  for (const auto& item : list) {
    if (type == EntityType::Organization)
      yaml::expect_map(path, item, {"id", "kind", "names", "acronyms", "sessions", "short"},
                       what + " entry");
    else
      yaml::expect_map(path, item, {"id", "kind", "names", "acronyms", "within"}, what + " entry");
    auto idn = yaml::child(item, "id");
    if (!idn) yaml::fail(path, item, "missing key 'id'");
    GazetteerEntry e;
    e.id = yaml::str(path, idn, "id");
    e.type = type;
    e.capitalized = capitalized;
    if (auto k = yaml::child(item, "kind")) e.kind = yaml::str(path, k, "kind");
    if (auto s = yaml::child(item, "sessions")) e.sessions = yaml::boolean(path, s, "sessions");
    if (auto w = yaml::child(item, "within")) e.within = yaml::str(path, w, "within");
    if (gazetteer.find_id(e.id)) yaml::fail(path, idn, "id '" + e.id + "' is defined twice");
    std::size_t index = gazetteer.add(e);
    if (auto names = yaml::child(item, "names")) {
      yaml::expect_any_map(path, names, "names");
      for (auto it = names.begin(); it != names.end(); ++it) {
        ctx.check_language(path, it->first);
        for (const auto& n : yaml::strings(path, it->second, "names")) {
          if (Gazetteer::key(n).empty())
            yaml::fail(path, it->second, "name '" + n + "' has no word");
          std::string other = gazetteer.add_name(index, n, it->first.Scalar());
          if (!other.empty())
            yaml::fail(path, it->second, "name '" + n + "' already belongs to '" + other + "'");
        }
      }
    }
    if (auto acr = yaml::child(item, "acronyms")) {
      yaml::expect_any_map(path, acr, "acronyms");
      for (auto it = acr.begin(); it != acr.end(); ++it) {
        ctx.check_language(path, it->first);
        for (const auto& a : yaml::strings(path, it->second, "acronyms")) {
          std::string other = gazetteer.add_acronym(index, it->first.Scalar(), a);
          if (!other.empty())
            yaml::fail(path, it->second, "acronym '" + a + "' already belongs to '" + other + "'");
        }
      }
    }
  }
}

}  // namespace extract_load

namespace {

using namespace extract_load;

std::vector<std::string> keys_of(const std::map<std::string, int>& m) {
  std::vector<std::string> out;
  for (const auto& [k, _] : m) out.push_back(k);
  return out;
}

std::string capitalized(const std::string& folded) {
  if (folded.empty()) return folded;
  std::string s = folded;
  s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

std::string upper(const std::string& folded) {
  std::string s = folded;
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// Titles: those with a period as written, the others whatever the case.
std::string title_alternation(const std::vector<std::string>& titles) {
  std::vector<std::string> exact, folded;
  for (const auto& t : titles) {
    if (t.find('.') != std::string::npos)
      exact.push_back(t);
    else
      folded.push_back(text::fold(t));
  }
  return "(?:" + literal_alternation(exact) + "|" + folded_alternation(folded) + ")";
}

// The placeholders of one language (or of all of them, for code "").
Placeholders placeholders(const std::vector<const LanguageRules*>& langs,
                          const std::vector<std::string>& not_alone_words,
                          const std::set<std::string>& joiners,
                          const std::vector<std::string>& units,
                          const std::vector<std::string>& scales,
                          const std::vector<std::string>& titles, bool folded_text) {
  std::vector<std::string> months, suffixes, cardinals, ordinals;
  for (const LanguageRules* l : langs) {
    auto m = keys_of(l->months);
    months.insert(months.end(), m.begin(), m.end());
    for (const auto& s : l->ordinal_suffixes) suffixes.push_back(text::fold(s));
    auto c = keys_of(l->cardinals);
    cardinals.insert(cardinals.end(), c.begin(), c.end());
    auto o = keys_of(l->ordinals);
    ordinals.insert(ordinals.end(), o.begin(), o.end());
  }
  std::set<std::string> alone(not_alone_words.begin(), not_alone_words.end());
  std::vector<std::string> strict, caps;
  for (const auto& m : months) {
    if (!alone.count(m)) {
      strict.push_back(m);
    } else {
      caps.push_back(capitalized(m));
      caps.push_back(upper(m));
    }
  }
  // On folded text, plain words; on the text, words whatever their case and
  // accents ({month_strict}: the `not_alone` words capitalized only; on folded
  // text the extract stage checks the capital itself).
  auto words = folded_text ? plain_alternation : folded_alternation;
  Placeholders p;
  p["month"] = words(months);
  p["month_strict"] =
      folded_text ? words(months) : "(?:" + words(strict) + "|" + literal_alternation(caps) + ")";
  p["ord"] = R"((?:(?:<sup>|\^\{|\^)?)" + words(suffixes) + R"((?:</sup>|\})?))";
  std::vector<std::string> joiner_list(joiners.begin(), joiners.end());
  std::string card = words(cardinals);
  std::string sep = R"((?:[\s\-‐‑–]+(?:)" + words(joiner_list) + R"([\s\-‐‑–]+)?))";
  p["ordinal_words"] = "(?:(?:" + card + sep + ")*" + words(ordinals) + ")";
  std::vector<std::string> fu, fs;
  for (const auto& u : units) fu.push_back(text::fold(u));
  for (const auto& s : scales) fs.push_back(text::fold(s));
  p["unit"] = words(fu);
  p["scale"] = words(fs);
  p["title"] = title_alternation(titles);
  // Numbers written out: cardinal words of the language ("twenty-five"),
  // Roman numerals ("VII"), Chinese numerals ("十二", "二〇二一").
  p["cardinal_words"] = "(?:" + card + "(?:" + sep + card + ")*)";
  p["roman"] = folded_text ? "(?:[ivxlcdm]+)" : "(?:[IVXLCDM]+)";
  p["han_number"] = "(?:[〇零一二两三四五六七八九十百千万]+)";
  return p;
}

}  // namespace

namespace {

// The patterns the extract stage runs over whole clauses of `code`, on the
// text or (`folded`) on the folded text.
std::vector<const re2::RE2*> scanned(const ExtractRules& x, const std::string& code, bool folded) {
  std::vector<const re2::RE2*> out;
  auto add = [&](const Pattern& p, bool on_folded = false) {
    if (p && on_folded == folded) out.push_back(p.get());
  };
  for (const auto& p : x.dates.patterns.get(code)) add(p.re, true);
  add(x.dates.year);
  for (const auto& p : x.bodies.sessions.get(code)) add(p.re, p.folded);
  for (const auto& r : x.symbols.rules.get(code)) {
    add(r.re);
    add(r.context);
  }
  add(x.persons.pattern.get(code));
  add(x.numbers.pattern.get(code), true);
  add(x.numbers.unit_first.get(code), true);
  add(x.numbers.dual.get(code), true);
  add(x.acronym_definition);
  for (const EventRules* e : {&x.meetings, &x.reports}) {
    add(e->cue.get(code));
    add(e->relay.get(code));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Prefilter build_prefilter(const std::vector<const re2::RE2*>& patterns) {
  Prefilter f;
  re2::RE2::Options opt;
  opt.set_encoding(re2::RE2::Options::EncodingUTF8);
  opt.set_log_errors(false);
  opt.set_max_mem(64 << 20);
  auto set = std::make_shared<re2::RE2::Set>(opt, re2::RE2::UNANCHORED);
  for (const re2::RE2* re : patterns) {
    int i = set->Add(re->pattern(), nullptr);
    if (i < 0) return {};  // cannot happen for a pattern that compiled; no prefilter then
    f.index[re] = i;
  }
  if (!set->Compile()) return {};
  f.set = std::move(set);
  return f;
}

}  // namespace

void LazyPrefilters::add(const std::string& language, std::vector<const re2::RE2*> patterns) {
  auto slot = std::make_shared<Slot>();
  slot->patterns = std::move(patterns);
  slots_[language] = std::move(slot);
}

const Prefilter& LazyPrefilters::get(const std::string& language) const {
  auto it = slots_.find(language);
  if (it == slots_.end()) it = slots_.find("");
  static const Prefilter kNone{};
  if (it == slots_.end()) return kNone;
  Slot& slot = *it->second;
  std::call_once(slot.once, [&slot] { slot.built = build_prefilter(slot.patterns); });
  return slot.built;
}

ExtractRules load_extract_rules(const std::string& dir,
                                const std::map<std::string, LanguageRules>& languages,
                                const std::set<std::string>* only) {
  ExtractRules out;
  Context ctx;
  ctx.languages = &languages;
  ctx.only = only;

  File dates = open(dir, "dates.yaml",
                    {"numeric_order", "default_order", "years", "full_date_years", "not_alone",
                     "number_words", "year", "patterns"});
  File symbols = open(dir, "symbols.yaml", {"link_after", "reach", "symbols"});
  File bodies = open(dir, "bodies.yaml",
                     {"link_after", "link_before", "possessive", "sessions", "organizations"});
  File entities = open(dir, "entities.yaml",
                       {"laws", "persons", "numbers", "acronym_definition", "definition_skip",
                        "meetings", "reports"});
  File places = open(dir, "places.yaml", {"places"});
  for (const File* f : {&dates, &symbols, &bodies, &entities, &places})
    if (f->present) out.files.push_back(f->path);

  // Words first: they make the placeholders of every pattern.
  std::map<std::string, std::vector<std::string>> not_alone, titles;
  load_date_words(dates, ctx, out.dates, not_alone);
  load_entity_words(entities, ctx, out.numbers, titles);
  const std::vector<std::string> compiled_for = ctx.pattern_codes();
  for (const auto& code : ctx.codes()) {
    std::vector<const LanguageRules*> langs;
    for (const auto& [c, l] : languages)
      if (code.empty() || c == code) langs.push_back(&l);
    std::set<std::string> joiners;
    for (const auto& [c, j] : out.dates.number_joiners)
      if (code.empty() || c == code) joiners.insert(j.begin(), j.end());
    std::vector<std::string> units, scales;
    for (const auto& [u, _] : out.numbers.units.get(code)) units.push_back(u);
    for (const auto& [s, _] : out.numbers.scales.get(code)) scales.push_back(s);
    std::vector<std::string> folded_alone;
    for (const auto& w : not_alone[code]) folded_alone.push_back(text::fold(w));
    out.dates.not_alone[code].insert(folded_alone.begin(), folded_alone.end());
    // Placeholders only where patterns are compiled (not "" for documents
    // whose languages all have rules: every language's words, 8 M for
    // nothing in `diff` of two English documents).
    if (std::find(compiled_for.begin(), compiled_for.end(), code) == compiled_for.end()) continue;
    ctx.words[code] =
        placeholders(langs, folded_alone, joiners, units, scales, titles[code], false);
    ctx.folded_words[code] =
        placeholders(langs, folded_alone, joiners, units, scales, titles[code], true);
  }

  load_dates(dates, ctx, out.dates);
  load_bodies(bodies, ctx, out.bodies, out.gazetteer);
  load_entities(entities, ctx, out);
  load_places(places, ctx, out.gazetteer);
  std::vector<std::string> codes = ctx.codes();
  codes.pop_back();  // "": Gazetteer::build adds it
  out.gazetteer.build(codes);
  for (const auto& [code, lr] : languages) {
    if (!lr.names_by_stem || (only && !only->count(code))) continue;
    text::Analyzer analyzer(code, lr.stemmer, lr.stopwords);
    auto stems_of = [&](const std::string& prefix) {
      return [&analyzer, prefix](std::string_view name) {
        std::vector<std::string> stems;
        for (const Token& t : analyzer.tokenize(prefix + std::string(name)))
          if (t.word) stems.emplace_back(t.stem);
        return stems;
      };
    };
    // The names as written first: a prefixed form never displaces a name.
    out.gazetteer.index_stems(code, stems_of(""));
    for (const std::string& prefix : lr.glued_prefixes)
      out.gazetteer.index_stems(code, stems_of(prefix));
  }
  load_symbols(symbols, ctx, out.gazetteer, out.symbols);
  for (const auto& code : ctx.pattern_codes()) {
    out.prefilter.add(code, scanned(out, code, false));
    out.prefilter_folded.add(code, scanned(out, code, true));
  }
  return out;
}

}  // namespace ct

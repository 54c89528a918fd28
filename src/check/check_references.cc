// ref.paragraph: a cross-reference to a paragraph the document does not have
// ("paragraphe 5 ci-dessus"), or to a paragraph of another resolution the
// corpus holds that it does not have ("paragraph 12 of resolution 2547
// (2020)"; the resolution is the one cited right after the words; patterns
// in rules/checks.yaml).
// ref.unknown-resolution: a resolution cited with the symbol of a
// compilation the corpus holds (same session and committee) but a number that
// compilation does not have.
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include "check/families.h"

namespace ct::check {

namespace {

// Each match of `p` in `text`: its span and its `num` group.
template <typename F>
void each_match(const Pattern& p, const std::string& text, F f) {
  auto groups = p->NamedCapturingGroups();
  if (!groups.count("num")) return;
  const int num_group = groups.at("num");
  std::vector<re2::StringPiece> g(static_cast<std::size_t>(num_group) + 1);
  re2::StringPiece input(text);
  std::size_t offset = 0;
  while (offset < text.size() && p->Match(input, offset, text.size(), RE2::UNANCHORED, g.data(),
                                          static_cast<int>(g.size()))) {
    std::size_t b = static_cast<std::size_t>(g[0].data() - text.data());
    offset = b + std::max<std::size_t>(g[0].size(), 1);
    f(b, b + g[0].size(), std::string(g[static_cast<std::size_t>(num_group)]));
  }
}

// The paragraph numbers of a document (top level and composed).
std::set<std::string> numbers_of(const Corpus& corpus, const Document& d) {
  std::set<std::string> numbers;
  for (std::size_t k = d.first_clause; k < d.first_clause + d.clause_count; ++k)
    if (!corpus.clauses[k].number.empty()) numbers.insert(corpus.clauses[k].number);
  return numbers;
}

// Documents by the resolution symbol their title or heading carries (the
// first clause's resolution entity); a symbol two documents carry is left out.
std::map<std::string, const Document*> documents_by_symbol(const Corpus& corpus) {
  std::map<std::string, const Document*> out;
  std::set<std::string> twice;
  for (const Document& d : corpus.documents) {
    if (!d.clause_count) continue;
    const Clause& first = corpus.clauses[d.first_clause];
    if (first.role != Role::Title && first.role != Role::Heading) continue;
    for (const Entity& e : first.entities) {
      if (e.type != EntityType::Resolution || e.value.empty()) continue;
      if (!out.emplace(e.value, &d).second && out[e.value] != &d) twice.insert(e.value);
      break;
    }
  }
  for (const auto& v : twice) out.erase(v);
  return out;
}

// Bytes after a "paragraph N of" phrase within which the resolution it
// names must start.
constexpr std::size_t kSymbolReach = 24;

}  // namespace

void check_references(const Corpus& corpus, const Rules&, FindingSink& sink) {
  const RuleConfig* para = sink.active("ref.paragraph");
  if (para) {
    const auto symbols = documents_by_symbol(corpus);
    for (const Document& d : corpus.documents) {
      if (!sink.wanted(static_cast<std::size_t>(&d - corpus.documents.data()))) continue;
      const std::set<std::string> numbers = numbers_of(corpus, d);
      // Without a paragraph 1 the document's numbering was not read (an
      // operative part run into the preamble: "...: 1. Decides"): the
      // paragraphs it cites cannot be looked up.
      const bool numbering_read = numbers.count("1") > 0;
      int last = 0;  // the last top-level paragraph number
      for (const auto& n : numbers)
        if (!n.empty() && n.find_first_not_of("0123456789") == std::string::npos && n.size() < 6)
          last = std::max(last, std::atoi(n.c_str()));
      struct Beyond {
        const Clause* clause;
        std::size_t begin, end;
        std::string phrase, num;
      };
      std::vector<Beyond> beyond;
      auto here = para->patterns_for("same_document", d.language);
      auto other = para->patterns_for("other_document", d.language);
      for (std::size_t k = d.first_clause; k < d.first_clause + d.clause_count; ++k) {
        const Clause& c = corpus.clauses[k];
        for (const Pattern& p : other)
          each_match(p, c.text, [&](std::size_t b, std::size_t e, const std::string& num) {
            const Entity* cited = nullptr;
            for (const Entity& en : c.entities)
              if (en.type == EntityType::Resolution && en.begin > b &&
                  en.begin <= e + kSymbolReach && (!cited || en.begin < cited->begin))
                cited = &en;
            if (!cited) return;
            auto target = symbols.find(cited->value);
            // A document read up to its opening only (a draft's check) has no
            // paragraphs to look up.
            if (target == symbols.end() || target->second == &d || target->second->whole_end)
              return;
            if (numbers_of(corpus, *target->second).count(num)) return;
            Location rel = sink.at_line(*target->second, target->second->line);
            rel.message = fmt::format("{} is resolution {}", target->second->id, cited->value);
            sink.add("ref.paragraph", sink.at(c, b, cited->end),
                     fmt::format("'{}' refers to paragraph {} of {}, which {} does not have",
                                 c.text.substr(b, cited->end - b), num, cited->value,
                                 target->second->id),
                     cited->value + "#" + num, {rel});
          });
        if (!numbering_read) continue;
        for (const Pattern& p : here)
          each_match(p, c.text, [&](std::size_t b, std::size_t e, const std::string& num) {
            if (numbers.count(num)) return;
            std::string phrase = c.text.substr(b, e - b);
            if (std::atoi(num.c_str()) > last) {
              beyond.push_back({&c, b, e, phrase, num});
              return;
            }
            sink.add("ref.paragraph", sink.at(c, b, e),
                     fmt::format("'{}' refers to paragraph {}, which this document does not have",
                                 phrase, num),
                     phrase);
          });
      }
      // Paragraphs cited past the last one: the text stops early (cut or
      // incomplete) more likely than each reference is wrong; one finding.
      if (!beyond.empty()) {
        std::set<std::string> cited;
        for (const Beyond& x : beyond) cited.insert(x.num);
        std::string list;
        for (const auto& n : cited) list += (list.empty() ? "" : ", ") + n;
        const Beyond& first = beyond.front();
        std::vector<Location> rel;
        for (std::size_t i = 1; i < beyond.size(); ++i) {
          Location l = sink.at(*beyond[i].clause, beyond[i].begin, beyond[i].end);
          l.message = "also cites paragraph " + beyond[i].num;
          rel.push_back(l);
        }
        sink.add("ref.paragraph", sink.at(*first.clause, first.begin, first.end),
                 fmt::format("'{}' refers to paragraph {}, but the text stops at paragraph {} "
                             "(cited past it: {}): the document may be incomplete",
                             first.phrase, first.num, last, list),
                 first.phrase, rel);
      }
    }
  }

  if (!sink.active("ref.unknown-resolution")) return;
  // Symbols of the items of each compilation, and the pattern they share.
  // An item's symbol is the value of the resolution entity of its heading.
  std::map<std::string, std::set<std::string>> held;  // symbol stem (without number) -> numbers
  std::map<std::string, const Document*> compilation_of;
  for (const Document& d : corpus.documents) {
    if (d.parent.empty() || d.number.empty() || !d.clause_count) continue;
    for (const Entity& e : corpus.clauses[d.first_clause].entities) {
      if (e.type != EntityType::Resolution) continue;
      // The item's number as a whole number in the symbol ("4" in ".../4-POL", not in "47").
      // (the last such number: symbols name the session before the item)
      std::size_t pos = e.value.size();
      auto digit = [](char ch) { return ch >= '0' && ch <= '9'; };
      while (pos > 0 && (pos = e.value.rfind(d.number, pos - 1)) != std::string::npos) {
        std::size_t end = pos + d.number.size();
        if ((pos == 0 || !digit(e.value[pos - 1])) &&
            (end >= e.value.size() || !digit(e.value[end])))
          break;
        if (pos == 0) {
          pos = std::string::npos;
          break;
        }
      }
      if (pos == std::string::npos) continue;
      std::string stem = e.value.substr(0, pos) + "#" + e.value.substr(pos + d.number.size());
      held[stem].insert(d.number);
      compilation_of[stem] = corpus.find_document(d.parent);
      break;
    }
  }
  for (const Clause& c : corpus.clauses)
    for (const Entity& e : c.entities) {
      if (e.type != EntityType::Resolution) continue;
      for (const auto& [stem, numbers] : held) {
        auto hash = stem.find('#');
        std::string pre = stem.substr(0, hash), post = stem.substr(hash + 1);
        if (e.value.size() <= pre.size() + post.size() || e.value.rfind(pre, 0) != 0 ||
            e.value.compare(e.value.size() - post.size(), post.size(), post) != 0)
          continue;
        std::string num = e.value.substr(pre.size(), e.value.size() - pre.size() - post.size());
        if (num.find_first_not_of("0123456789") != std::string::npos || numbers.count(num))
          continue;
        sink.add("ref.unknown-resolution", sink.at(c, e),
                 fmt::format("cites resolution {}, but the compilation {} has no item {}", e.value,
                             compilation_of[stem] ? compilation_of[stem]->id : "", num),
                 e.value);
      }
    }
}

}  // namespace ct::check

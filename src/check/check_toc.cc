// ref.toc-title / ref.toc-missing: a compilation's table of contents
// (Document::toc) against the headings of its items: every entry needs an
// item with its number, every item an entry, the symbol's number must be the
// entry's, and the titles must say the same thing (the share of content
// words they have in common, compared by Snowball stem, at least
// min_similarity).
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "check/families.h"
#include "text/analyzer_set.h"
#include "text/fold.h"

namespace ct::check {

namespace {

std::set<std::string> content_stems(text::Analyzer& a, const std::string& s,
                                    const std::set<std::string>& drop) {
  std::set<std::string> out;
  for (const Token& t : a.tokenize(s))
    if ((t.word || t.number) && !t.stop && t.fold.size() > 1 && !drop.count(std::string(t.fold)))
      out.insert(a.stem(t.fold));  // stem of the folded word: accents and case do not count
  return out;
}

double dice(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() && b.empty()) return 1;
  std::size_t common = 0;
  for (const auto& s : a) common += b.count(s);
  return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

std::string first_number(const std::string& s) {
  std::string n;
  for (char ch : s) {
    if (ch >= '0' && ch <= '9')
      n += ch;
    else if (!n.empty())
      break;
  }
  return n;
}

}  // namespace

void check_toc(const Corpus& corpus, const Rules& rules, FindingSink& sink) {
  const RuleConfig* title_rule = sink.active("ref.toc-title");
  double min_sim = title_rule ? title_rule->number("min_similarity", 0.5) : 0;
  text::AnalyzerSet analyzers = analyzers_for(rules);
  std::set<std::string> joiners(rules.compilation.title_joiners.begin(),
                                rules.compilation.title_joiners.end());
  for (const Document& comp : corpus.documents) {
    if (comp.toc.empty()) continue;
    std::map<std::string, const Document*> items;
    for (const Document& d : corpus.documents)
      if (d.parent == comp.id && !d.number.empty()) items[d.number] = &d;
    text::Analyzer& a = analyzers.get(comp.language);
    std::set<std::string> listed;
    for (const TocEntry& e : comp.toc) {
      listed.insert(e.number);
      Location at = sink.at_line(comp, e.line);
      std::string sym_num = first_number(e.symbol);
      if (!sym_num.empty() && sym_num != e.number)
        sink.add("ref.toc-missing", at,
                 fmt::format("table of contents entry {} gives the symbol '{}' (number {})",
                             e.number, e.symbol, sym_num),
                 "symbol|" + e.number + "|" + sym_num);
      auto it = items.find(e.number);
      if (it == items.end()) {
        sink.add("ref.toc-missing", at,
                 fmt::format("table of contents lists {} '{}' but no item has this number",
                             e.number, e.symbol),
                 "entry|" + e.number);
        continue;
      }
      if (!title_rule) continue;
      const Document& item = *it->second;
      // The heading's subject: its words without those of the symbol and the
      // joiner ("sur").
      std::set<std::string> drop = joiners;
      for (const Token& t : a.tokenize(e.symbol)) drop.emplace(t.fold);
      for (const Token& t : a.tokenize(item.title))
        if (t.number || t.fold == text::fold(first_number(item.title))) drop.emplace(t.fold);
      std::set<std::string> toc_words = content_stems(a, e.title, drop);
      std::string heading = item.title;
      std::set<std::string> head_words = content_stems(a, heading, drop);
      // Words of the symbol ("resolution", "pol") in the heading.
      for (const Token& t : a.tokenize(e.symbol))
        if (t.word) head_words.erase(std::string(t.stem));
      if (head_words.empty())
        continue;  // a heading with no subject on its lines: nothing to compare
      double sim = dice(toc_words, head_words);
      if (sim < min_sim) {
        Location h = sink.at_line(item, item.line);
        h.message = fmt::format("the heading says '{}'", item.title);
        sink.add("ref.toc-title", at,
                 fmt::format("table of contents title of {} '{}' disagrees with its heading "
                             "'{}' ({:.0f}% of words in common)",
                             e.number, e.title, item.title, sim * 100),
                 e.number + "|" + text::fold(e.title) + "|" + text::fold(item.title), {h});
      }
    }
    for (const auto& [num, item] : items)
      if (!listed.count(num))
        sink.add(
            "ref.toc-missing", sink.at_line(*item, item->line),
            fmt::format("item {} '{}' is missing from the table of contents", num, item->title),
            "item|" + num);
  }
}

}  // namespace ct::check

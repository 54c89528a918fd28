// The headings of a compilation (many resolutions in one file, split by
// ingest on the item_heading patterns of rules/compilation.yaml):
// numbering.item-sequence: an item number that repeats an earlier heading's
// or does not follow the previous one (skipped or going back: ingest does not
// split there, so the item is merged into the one before);
// ref.item-session: a heading whose session number differs from the one
// most headings of the compilation give.
#include <fmt/format.h>

#include <map>

#include "check/families.h"
#include "rules/pattern.h"

namespace ct::check {

namespace {

struct Heading {
  int line = 0;
  long num = 0;
  std::string session, text;
};

// The item headings of the lines of `d`'s text, as ingest reads them (at most
// a few marks before the word that opens them).
std::vector<Heading> headings(const Document& d, const CompilationRules& rules) {
  std::vector<Heading> out;
  const SourceText& src = *d.text;
  for (int ln = d.line; ln <= static_cast<int>(src.line_count()); ++ln) {
    std::string_view line = src.line_text(ln);
    if (src.line_start(ln) >= d.end) break;
    if (line.empty()) continue;
    for (const auto& re : rules.item_heading) {
      auto m = find_match(*re, line);
      if (!m || m->begin > 8) continue;
      const std::string num = m->group("num");
      if (num.empty() || num.size() > 6) break;
      out.push_back({ln, std::stol(num), m->group("session"),
                     std::string(line.substr(m->begin, m->end - m->begin))});
      break;
    }
  }
  return out;
}

}  // namespace

void check_compilation(const Corpus& corpus, const Rules& rules, FindingSink& sink) {
  const RuleConfig* sequence = sink.active("numbering.item-sequence");
  const RuleConfig* session = sink.active("ref.item-session");
  if (!sequence && !session) return;
  for (std::size_t i = 0; i < corpus.documents.size(); ++i) {
    const Document& d = corpus.documents[i];
    if (d.kind != "compilation" || !d.parent.empty() || !d.text || !sink.wanted(i)) continue;
    // The document (the compilation or one of its items) holding a line.
    auto holder = [&](int line) -> const Document& {
      for (const Document& x : corpus.documents)
        if (x.parent == d.id && x.line <= line && line <= x.end_line) return x;
      return d;
    };
    Document whole = d;  // every line of the file: items lie beyond the compilation's own range
    whole.line = 1;
    whole.end = d.text->view().size();
    const std::vector<Heading> hs = headings(whole, rules.compilation);
    if (hs.size() < 2) continue;
    if (sequence) {
      std::map<long, const Heading*> seen;
      for (std::size_t k = 0; k < hs.size(); ++k) {
        const Heading& h = hs[k];
        auto [it, fresh] = seen.emplace(h.num, &h);
        std::string why;
        Location rel;
        if (!fresh) {
          why = fmt::format("repeats the number of the heading on line {}", it->second->line);
          rel = sink.at_line(holder(it->second->line), it->second->line);
          rel.message = it->second->text;
        } else if (k > 0 && h.num != hs[k - 1].num + 1) {
          why = fmt::format("follows number {} (expected {})", hs[k - 1].num, hs[k - 1].num + 1);
          rel = sink.at_line(holder(hs[k - 1].line), hs[k - 1].line);
          rel.message = hs[k - 1].text;
        } else {
          continue;
        }
        sink.add("numbering.item-sequence", sink.at_line(holder(h.line), h.line),
                 fmt::format("item heading '{}' {}", h.text, why),
                 fmt::format("{}|{}|{}", d.id, h.text, why), {rel});
      }
    }
    if (session) {
      std::map<std::string, std::size_t> count;
      for (const Heading& h : hs)
        if (!h.session.empty()) ++count[h.session];
      std::string usual;
      std::size_t n = 0, second = 0;
      for (const auto& [s, c] : count) {
        if (c > n) {
          second = n;
          n = c;
          usual = s;
        } else if (c > second) {
          second = c;
        }
      }
      if (n == 0 || n == second) continue;
      for (const Heading& h : hs)
        if (!h.session.empty() && h.session != usual)
          sink.add("ref.item-session", sink.at_line(holder(h.line), h.line),
                   fmt::format("item heading '{}' gives session {}, where {} of the {} headings "
                               "of the compilation give {}",
                               h.text, h.session, n, hs.size(), usual),
                   fmt::format("{}|{}|{}", d.id, h.text, usual));
    }
  }
}

}  // namespace ct::check

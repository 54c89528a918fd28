// Cutting a clause into its sentences (see statements.h).
#include "segment/statements.h"

#include "segment/lines.h"
#include "text/utf8.h"

namespace ct::segment {

std::vector<std::pair<std::size_t, std::size_t>> sentence_spans(
    const Clause& c, const std::vector<std::string>& abbreviations, std::size_t min_words) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  std::vector<std::size_t> words;  // content words of each span
  std::size_t first = 0, content = 0;
  int depth = 0;  // brackets open
  const std::size_t n = c.tokens.size();
  for (std::size_t k = 0; k < n; ++k) {
    const Token& t = c.tokens[k];
    std::string_view s(c.text.data() + t.begin, t.end - t.begin);
    if (t.word && !t.stop) ++content;
    if (s == "(" || s == "[") ++depth;
    if ((s == ")" || s == "]") && depth > 0) --depth;
    bool end = depth == 0 && (s == "." || s == "!" || s == "?" || s == "\xE3\x80\x82");
    if (!end || k + 1 >= n) continue;
    // The next word opens with a capital (closing quotes and brackets may
    // come between).
    std::size_t next = k + 1;
    while (next < n && !c.tokens[next].word && !c.tokens[next].number) ++next;
    if (next >= n) continue;
    std::size_t at = c.tokens[next].begin;
    if (!text::is_upper(text::decode(c.text, at))) continue;
    if (s == "." &&
        ending_of(std::string_view(c.text).substr(0, t.end), abbreviations) != Ending::Sentence)
      continue;
    spans.emplace_back(first, k + 1);
    words.push_back(content);
    first = k + 1;
    content = 0;
  }
  if (first < n || spans.empty()) {
    spans.emplace_back(first, n);
    words.push_back(content);
  }
  // Fragments join the sentence before them (the first, the one after it).
  std::vector<std::pair<std::size_t, std::size_t>> out;
  std::size_t carried = 0;  // content words of out.back()
  for (std::size_t k = 0; k < spans.size(); ++k) {
    if (!out.empty() && (words[k] < min_words || carried < min_words)) {
      out.back().second = spans[k].second;
      carried += words[k];
      continue;
    }
    out.push_back(spans[k]);
    carried = words[k];
  }
  return out;
}

Clause part_of(const Clause& c, std::size_t first, std::size_t last) {
  Clause p;
  p.id = c.id;
  p.number = c.number;
  p.key = c.key;
  p.doc = c.doc;
  p.role = c.role;
  p.depth = c.depth;
  p.parent = c.parent;
  p.line = c.line;
  p.end_line = c.end_line;
  p.forms = c.forms;
  if (first >= last || last > c.tokens.size()) return p;
  const std::size_t b = c.tokens[first].begin, e = c.tokens[last - 1].end;
  p.text = c.text.substr(b, e - b);
  for (std::size_t k = first; k < last; ++k) {
    Token t = c.tokens[k];
    t.begin -= b;
    t.end -= b;
    p.tokens.push_back(t);
  }
  for (const Entity& x : c.entities)
    if (x.begin >= b && x.end <= e) {
      Entity y = x;
      y.begin -= b;
      y.end -= b;
      p.entities.push_back(std::move(y));
    }
  return p;
}

}  // namespace ct::segment

// Compilation layout: table of contents and item headings.
#include "ingest/compilation.h"

#include <algorithm>

#include "rules/pattern.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace ct::ingest {

namespace {

// Removes conversion markup (**bold**, _x_, <i>..</i>) and trims spaces.
std::string clean(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '*' || c == '_' || c == '#') continue;
    if (c == '<') {
      std::size_t close = s.find('>', i);
      if (close != std::string_view::npos && close - i < 12) {
        i = close;
        continue;
      }
    }
    if (c == '\t') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// A line that continues a heading: mostly capital letters, not too long.
bool heading_like(std::string_view line) {
  std::size_t letters = 0, upper = 0, i = 0;
  while (i < line.size()) {
    char32_t c = text::decode(line, i);
    if (text::is_letter(c)) {
      ++letters;
      if (text::is_upper(c)) ++upper;
    }
  }
  return letters > 0 && text::length(line) < 220 && upper * 10 >= letters * 7;
}

std::string strip_joiner(const std::string& title, const std::vector<std::string>& joiners) {
  std::size_t sp = title.find(' ');
  std::string first = text::fold(title.substr(0, sp));
  for (const auto& j : joiners)
    if (first == j) return sp == std::string::npos ? std::string() : title.substr(sp + 1);
  return title;
}

}  // namespace

CompilationLayout find_compilation_items(const SourceText& src, const CompilationRules& rules) {
  CompilationLayout out;
  const int lines = static_cast<int>(src.line_count());
  int last_num = 0;
  for (int ln = 1; ln <= lines; ++ln) {
    std::string_view line = src.line_text(ln);
    if (line.empty()) continue;
    bool matched = false;
    for (const auto& re : rules.item_heading) {
      auto m = find_match(*re, line);
      if (!m || m->begin > 8) continue;
      int num = std::atoi(m->group("num").c_str());
      if (num <= last_num) break;
      CompilationItem item;
      item.num = std::to_string(num);
      item.session = m->group("session");
      item.committee = m->group("committee");
      item.begin = src.line_start(ln);
      item.line = ln;
      // Heading: this line and the capitalized lines that follow (blank lines between allowed).
      std::vector<std::string> parts{clean(line)};
      std::string rest = clean(line.substr(m->end));
      std::vector<std::string> subject;
      if (!rest.empty()) subject.push_back(rest);
      for (int k = ln + 1, taken = 0; k <= lines && taken < 6; ++k) {
        std::string_view next = src.line_text(k);
        if (clean(next).empty()) continue;
        if (!heading_like(next)) break;
        parts.push_back(clean(next));
        subject.push_back(clean(next));
        ++taken;
      }
      for (const auto& p : parts) item.heading += (item.heading.empty() ? "" : " ") + p;
      std::string title;
      for (const auto& p : subject) title += (title.empty() ? "" : " ") + p;
      item.title = strip_joiner(title, rules.title_joiners);
      out.items.push_back(std::move(item));
      last_num = num;
      matched = true;
      break;
    }
    if (matched || !out.items.empty()) continue;
    for (const auto& re : rules.toc_entry) {
      auto m = find_match(*re, line);
      if (!m) continue;
      TocEntry e;
      e.number = m->group("number");
      e.symbol = clean(m->group("symbol"));
      e.title = strip_joiner(clean(m->group("title")), rules.title_joiners);
      e.page = m->group("page");
      e.line = ln;
      out.toc.push_back(std::move(e));
      break;
    }
  }
  for (std::size_t i = 0; i < out.items.size(); ++i) {
    bool last = i + 1 == out.items.size();
    out.items[i].end = last ? src.bytes().size() : out.items[i + 1].begin;
    out.items[i].end_line = last ? lines : out.items[i + 1].line - 1;
  }
  out.front_end = out.items.empty() ? src.bytes().size() : out.items.front().begin;
  return out;
}

}  // namespace ct::ingest

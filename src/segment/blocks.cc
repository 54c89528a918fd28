// The block-building pass.
#include "segment/blocks.h"

#include <cctype>
#include <utility>

#include "segment/joining.h"
#include "text/utf8.h"

namespace ct::segment {

namespace {

// The ending, words and capitals of a block's text, which is line `l`'s
// clean text from `from` on (after its marker) when `l` is given.
void measure_block(Block& b, const std::vector<std::string>& abbreviations, const Line* l,
                   std::size_t from) {
  if (l && from == 0) {  // the line's own text: its features
    b.ending = l->ending;
    b.words = l->words;
    b.caps = l->caps;
    return;
  }
  b.ending = ending_of(b.text.text, abbreviations);
  std::string_view marker = l ? std::string_view(l->clean.text).substr(0, from) : "";
  if (l && l->words < kManyWords && !marker.empty() && marker.back() == ' ') {
    // Words are split at spaces, and the marker ends with one: the line's
    // words are the marker's and the rest's (none was left uncounted).
    b.words = l->words - word_count(marker);
    b.caps = mostly_capitals(b.text.text);
    return;
  }
  Measure m = measure(b.text.text);
  b.words = m.words;
  b.caps = m.caps;
}

// `measured`: ending, words and caps are already those of the text
// (trailing spaces change none of them).
// `line`, `from`: the block's text is that line's clean text from `from` on
// (0: all of it, moved into the block), whose features are already known.
void finish(Block& b, const std::vector<std::string>& abbreviations, bool measured,
            const Line* line, std::size_t from) {
  std::size_t untrimmed = b.text.text.size();
  b.text.trim_end();
  if (line && b.text.text.size() == untrimmed) {
    if (from == 0) b.meta = line->meta;
    if (!measured || from == 0) measure_block(b, abbreviations, line, from);
    return;
  }
  if (!measured) measure_block(b, abbreviations, nullptr, 0);
}

// The last whitespace-separated word of a clean text, and the first of another.
std::string_view last_word(std::string_view t) {
  std::size_t sp = t.find_last_of(' ');
  return sp == std::string_view::npos ? t : t.substr(sp + 1);
}
std::string_view first_word(std::string_view t) {
  std::size_t sp = t.find(' ');
  return sp == std::string_view::npos ? t : t.substr(0, sp);
}

// Does the second item of the sequence `m` opens, written the same way
// ("i) ... ii)", "(a) ... (b)"), follow inside the line or inside the next
// one (not at its start, where it would be the next item of a list)?
bool inline_enumeration(std::string_view line, std::string_view next, const Marker& m,
                        NumberKind kind) {
  std::string second;
  if (kind == NumberKind::Arabic) second = "2";
  if (kind == NumberKind::Alpha) second = std::string(1, static_cast<char>(m.numeral[0] + 1));
  if (kind == NumberKind::Roman) second = m.upper ? "II" : "ii";
  if (second.empty()) return false;
  std::size_t at = line.find(m.numeral);
  if (at == std::string_view::npos || at >= m.end) return false;
  std::string printed(line.substr(0, m.end));
  while (!printed.empty() && printed.back() == ' ') printed.pop_back();
  printed.replace(at, m.numeral.size(), second);
  printed = " " + printed.substr(at > 0 && line[at - 1] == '(' ? at - 1 : at) + " ";
  if (line.find(printed, m.end) != std::string_view::npos) return true;
  // In the next line, after its first letter or digit (so not its own marker).
  std::size_t first = 0;
  while (first < next.size() && !std::isalnum(static_cast<unsigned char>(next[first]))) ++first;
  return first < next.size() && std::string(next).find(printed, first + 1) != std::string::npos;
}

}  // namespace

bool heading_like(const Block& b, int max_words) {
  return b.words > 0 && b.words <= max_words &&
         (b.ending == Ending::None || (b.ending == Ending::Colon && b.words <= max_words / 2));
}

std::vector<Block> build_blocks(const BlockInput& in) {
  std::vector<Block> blocks;
  Numbering numbering;  // items
  Numbering headings;   // numbered headings ("I.", "A.")
  const Line* prev = nullptr;
  int gap = 0;
  bool separator = false;
  bool heading_since_item = false;
  int heading_max = in.structure.heading_max_words;
  int bold_marks = 0;          // "**" pairs in the lines of the open block (kept, not recounted)
  bool measured = false;       // the open block's ending, words and caps are up to date
  const Line* from = nullptr;  // the line whose clean text the open block holds, from
  std::size_t from_byte = 0;   // this byte on (0: all of it)

  auto open_block = [&](Block b, std::size_t line_index, std::size_t at) {
    if (!blocks.empty()) {
      Block& done = blocks.back();
      finish(done, in.abbreviations, measured, from, from_byte);
      if (!done.marker && heading_like(done, heading_max)) heading_since_item = true;
    }
    Line& l = in.lines[line_index];
    bold_marks = l.bold_marks;
    b.lines.push_back(line_index);
    // The same as appending all of it to an empty text, at once; no one reads
    // the line's clean text after this (only lines ahead are looked at).
    if (at == 0)
      b.text = std::move(l.clean);
    else
      b.text.append(l.clean, at, l.clean.text.size());
    b.after_separator = separator;
    blocks.push_back(std::move(b));
    measured = false;
    from = &l;
    from_byte = at;
  };

  for (std::size_t i = 0; i < in.lines.size(); ++i) {
    const Line& line = in.lines[i];
    if (line.separator) {
      separator = true;
      heading_since_item = true;
      ++gap;
      continue;
    }
    if (line.empty()) {
      ++gap;
      continue;
    }
    const bool pgap = gap > in.layout.line_gap || separator;
    Block* last = blocks.empty() ? nullptr : &blocks.back();

    // 1. An item marker that fits the numbering starts a new block.
    std::optional<Marker> m = read_marker(line.clean.text, in.structure, in.abbreviations);
    // A bullet alone on its line is no item; a number alone is ("58." whose
    // text is its sub-items).
    if (m && m->bullet && m->end >= line.clean.text.size()) m.reset();
    if (m) {
      std::string_view rest = std::string_view(line.clean.text).substr(m->end);
      // The open block, as it would be if this line starts a new one.
      if (last) {
        measure_block(*last, in.abbreviations, from, from_byte);
        measured = true;
      }
      MarkerContext ctx;
      ctx.first = blocks.empty();
      ctx.prev = prev ? prev->ending : Ending::None;
      ctx.paragraph_gap = pgap;
      ctx.lower_after = is_lower_letter(first_alnum(rest));
      // A heading or lead-in just before counts as "a heading since the last item".
      ctx.heading_since_item =
          heading_since_item || (last && !last->marker && heading_like(*last, heading_max));
      // An unnumbered paragraph ending with a colon may own the list that follows
      // ("Demanded that the parties:"), a lead-in ("The Ministers:") may not.
      if (last && !last->marker && !last->tail && last->ending == Ending::Colon &&
          (in.verbs.operative(last->text.text, false) ||
           in.verbs.preambular(last->text.text, true) ||
           last->words > in.structure.lead_in_max_words))
        ctx.anchor = blocks.size() - 1;
      // Numbered headings ("II. Mandate"): capitals, roman or letters, a short line.
      bool heading = !m->bullet && m->upper && (m->alpha || m->roman) &&
                     word_count(rest) <= heading_max &&
                     (line.ending == Ending::None || line.ending == Ending::Colon);
      Numbering& seq = heading ? headings : numbering;
      auto p = seq.place(*m, ctx);
      // "i) ... et ii) ..." within a line or two is an enumeration inside a
      // sentence, not the start of a list.
      if (p && p->push && p->value == 1) {
        std::string_view next;
        for (std::size_t k = i + 1; k < in.lines.size(); ++k)
          if (!in.lines[k].empty()) {
            next = in.lines[k].clean.text;
            break;
          }
        // The next line counts only when this one runs on into it.
        if (line.ending != Ending::None) next = {};
        if (inline_enumeration(line.clean.text, next, *m, p->kind)) p.reset();
      }
      if (p) {
        Block b;
        b.marker = m;
        b.kind = p->kind;
        b.value = p->value;
        b.heading_number = heading;
        b.irregular = p->irregular;
        b.depth = static_cast<int>(p->level);
        b.parent = p->parent;
        seq.commit(*m, *p, blocks.size());
        b.section = numbering.section();
        open_block(std::move(b), i, m->end);
        if (!heading && p->level == 0) heading_since_item = false;
        prev = &line;
        gap = 0;
        separator = false;
        continue;
      }
    }

    // 2. Otherwise the line continues the open block or starts an unnumbered one.
    Join join = Join::Break;
    if (prev && !separator && !blocks.empty()) {
      const Block& open = blocks.back();
      JoinContext jc{in.layout, in.verbs, in.stopwords, heading_max};
      const Line& first = in.lines[open.lines.front()];
      jc.bold_open = first.bold_start && bold_marks % 2 == 1;
      jc.in_sub_item = open.depth > 0 && !open.tail;
      jc.block_lines = static_cast<int>(open.lines.size());
      jc.item = open.marker.has_value();
      jc.lower_opens = in.lower_opens;
      join = decide_join(*prev, line, gap, jc);
    }
    if (join == Join::Continue) {
      Block& open = blocks.back();
      bool hyphen = prev->hyphen_end || prev->soft_hyphen_end;
      if (hyphen) {
        // Drop or keep the hyphen ending the text so far; no space either way.
        std::string_view left = last_word(open.text.text);
        if (prev->soft_hyphen_end ||
            !keep_hyphen(in.document, left.substr(0, left.size() - 1), first_word(line.clean.text),
                         in.stopwords, in.words)) {
          if (!prev->soft_hyphen_end && !open.text.text.empty() && open.text.text.back() == '-') {
            CleanText cut;
            cut.append(open.text, 0, open.text.text.size() - 1);
            open.text = std::move(cut);
          }
        }
      } else {
        open.text.space();
      }
      open.text.append(line.clean);
      measured = false;
      from = nullptr;
      open.lines.push_back(i);
      bold_marks += line.bold_marks;
    } else {
      Block b;
      if (join == Join::Tail) {
        const Block& item = blocks.back();
        b.tail = true;
        b.depth = item.depth;
        b.parent = item.parent;
      } else {
        numbering.unnumbered_paragraph();
      }
      b.section = numbering.section();
      open_block(std::move(b), i, 0);
    }
    prev = &line;
    gap = 0;
    separator = false;
  }
  if (!blocks.empty()) finish(blocks.back(), in.abbreviations, measured, from, from_byte);
  return blocks;
}

}  // namespace ct::segment

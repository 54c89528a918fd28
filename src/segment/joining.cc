// Line joining decisions and end-of-line hyphens.
#include "segment/joining.h"

#include "text/fold.h"
#include "text/utf8.h"

namespace ct::segment {

namespace {

// The previous line cannot end a paragraph: it ends with a function word or a
// joining symbol ("... au" / "Conseil", "A &" / "B").
bool ends_open(const Line& a, const JoinContext& c) {
  if (a.last_word.empty()) return false;
  const std::string& w = a.last_word;
  if (w == "&" || w == "/" || w == "(" || w == "-" || w == "\u2013" || w == "\u00ab" || w == "+")
    return true;
  return c.stopwords && c.stopwords->count(w) > 0;
}

bool full_width(const Line& a, const Layout& l, int percent) {
  return l.wrapped && a.length * 100 >= l.width * percent;
}

std::size_t count(std::string_view hay, std::string_view needle) {
  std::size_t n = 0;
  if (needle.empty()) return 0;
  for (std::size_t at = hay.find(needle); at != std::string_view::npos;
       at = hay.find(needle, at + 1))
    ++n;
  return n;
}

// Does `word` occur in `text` as a whole word (not inside another word, not
// split at a line end)?
bool has_word(std::string_view text, std::string_view word) {
  auto boundary = [&](std::size_t at, bool before) {
    if (before) {
      if (at == 0) return true;
      std::size_t p = at - 1;
      // The second part of a word hyphenated at a line end is not the word.
      std::size_t w = p;
      while (w > 0 && (text[w] == '\n' || text[w] == '\r' || text[w] == ' ')) --w;
      if (w < p && text[w] == '-') return false;
      while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
      std::size_t q = p;
      return !text::is_letter(text::decode(text, q));
    }
    if (at >= text.size()) return true;
    if (text[at] == '-') return at + 1 < text.size() && text[at + 1] != '\n' && text[at + 1] != ' ';
    std::size_t q = at;
    return !text::is_letter(text::decode(text, q));
  };
  for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1))
    if (boundary(at, true) && boundary(at + word.size(), false)) return true;
  return false;
}

// A letter of a script without case (Han, Arabic).
bool caseless(char32_t c) {
  return text::is_letter(c) && !text::is_lower(c) && !text::is_upper(c);
}

}  // namespace

Join decide_join(const Line& a, const Line& b, int gap, const JoinContext& c) {
  const Layout& lay = c.layout;
  const bool pgap = gap > lay.line_gap;
  const bool lower =
      is_lower_letter(b.first) && !(c.lower_opens && gap > lay.line_gap && !lay.wrapped);
  if (a.meta || b.meta) return Join::Break;
  if (a.soft_hyphen_end) return Join::Continue;
  if (a.hyphen_end && text::is_letter(b.first)) return Join::Continue;
  if (c.bold_open && gap <= 1 && c.block_lines < 6) return Join::Continue;
  if (a.hard_break && gap == 0 && !a.caps) return Join::Continue;
  switch (a.ending) {
    case Ending::Sentence:
      if (lower) return Join::Continue;
      if (!pgap && full_width(a, lay, 85) && !c.verbs.opener(b.clean.text)) return Join::Continue;
      return Join::Break;
    case Ending::Semicolon:
    case Ending::Colon:
      // Lower case goes on, except after a list item: it closes the list's parent.
      if (lower) return pgap && c.in_sub_item ? Join::Tail : Join::Continue;
      // Where case tells nothing (a script without case, Chinese or Arabic, or
      // a text whose paragraphs open in lower case, Russian or German) a
      // paragraph after the last item ending with a semicolon closes the
      // list's parent as well (a list closing its paragraph ends with a full
      // stop or comma).
      if (a.ending == Ending::Semicolon && pgap && c.in_sub_item &&
          (caseless(b.first) || (c.lower_opens && is_lower_letter(b.first))) &&
          b.words > c.heading_max_words / 2)
        return Join::Tail;
      return Join::Break;
    case Ending::Comma:
      if (lower) {
        if (pgap && c.in_sub_item && !lay.wrapped) return Join::Tail;
        return Join::Continue;
      }
      if (lay.wrapped)
        return pgap || (c.verbs.opener(b.clean.text) && !full_width(a, lay, 85)) ? Join::Break
                                                                                 : Join::Continue;
      return pgap || c.verbs.opener(b.clean.text) ? Join::Break : Join::Continue;
    case Ending::None:
      break;
  }
  // No final punctuation.
  if (ends_open(a, c)) return Join::Continue;
  if (lower) return Join::Continue;
  // Lines of a heading in capitals ("RESOLUTION 1/12" / "ON" / "THE SITUATION ...").
  // Across a blank line, a bold boundary separates two headings.
  if (a.caps && b.caps && gap <= 1 && !(gap > 0 && (a.bold_end || b.bold_start)))
    return Join::Continue;
  if (lay.wrapped) {
    if (pgap) return Join::Break;
    return full_width(a, lay, 60) ? Join::Continue : Join::Break;
  }
  // A number opening the next line goes on a sentence ("... since" / "2019.
  // It ..."), not a heading or date line ("GENEVA" / "27 et 28 novembre 2020"
  // / "12 et 13 Rabi II 1442 H").
  const bool short_line = a.words <= c.heading_max_words && !c.item;
  const bool ends_digit =
      !a.last_word.empty() && is_digit_char(static_cast<unsigned char>(a.last_word.back()));
  if (is_digit_char(b.first) && !a.caps && !(short_line && ends_digit)) return Join::Continue;
  if (short_line) return Join::Break;
  // After a blank line a new paragraph starts (a paragraph cut by a page
  // break ends with a function word, or goes on in lower case: see above).
  if (pgap) return Join::Break;
  return Join::Continue;
}

bool keep_hyphen(std::string_view document, std::string_view left, std::string_view right,
                 const std::unordered_set<std::string>* stopwords,
                 const std::unordered_set<std::string>* words) {
  // The first segment of the right part ("et" in "et-Commissaire").
  std::size_t end = 0;
  while (end < right.size()) {
    std::size_t next = end;
    char32_t c = text::decode(right, next);
    if (!(text::is_letter(c) || text::is_digit(c) || (c >= 0x300 && c <= 0x36F))) break;
    end = next;
  }
  std::string_view head = right.substr(0, end);
  // The last segment of the left part ("Haut" in "Haut-", "sous" in "sous-").
  std::size_t start = left.size();
  while (start > 0) {
    std::size_t p = start - 1;
    while (p > 0 && (static_cast<unsigned char>(left[p]) & 0xC0) == 0x80) --p;
    std::size_t q = p;
    char32_t c = text::decode(left, q);
    if (!(text::is_letter(c) || text::is_digit(c) || (c >= 0x300 && c <= 0x36F))) break;
    start = p;
  }
  std::string_view tail = left.substr(start);
  if (!head.empty() && !tail.empty()) {
    std::string hyphenated = std::string(tail) + "-" + std::string(head);
    std::string closed = std::string(tail) + std::string(head);
    std::size_t h = count(document, hyphenated), k = count(document, closed);
    if (h != k) return h > k;
    // Then the word list: a known closed word, or a known compound.
    if (words && words->count(text::lower(closed))) return false;
    if (words && words->count(text::lower(hyphenated))) return true;
  }
  if (head.empty() || tail.empty()) return true;
  std::size_t i = 0;
  char32_t first = text::decode(head, i);
  if (!text::is_lower(first)) return true;
  if (stopwords && stopwords->count(text::fold(head)) > 0) return true;
  // Two words make a compound ("broad-" / "based", "ex-" / "combattants");
  // a word split into syllables leaves a second part that is no word
  // ("impor-" / "tance"). With a word list, a closed form it does not know is
  // no word either, so a known second part suffices; without one, the first
  // part must be a word too, and not a function word ("entre-" / "prise").
  auto known = [&](std::string_view w) {
    return (words && words->count(text::lower(w))) || has_word(document, w);
  };
  if (!known(head)) return false;
  if (words && !words->empty()) return true;
  if (stopwords && stopwords->count(text::fold(tail)) > 0) return false;
  return known(tail);
}

}  // namespace ct::segment

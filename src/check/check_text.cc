// text.mixed-script: a word mixing Latin letters with Cyrillic or Greek ones
// (homoglyphs: "TÉHÉРАН" with a Cyrillic Р, А, Н). text.spacing: the
// number spacing slips of rules/checks.yaml ("2019,on"); date slips come
// from the dates' flags (check_dates.cc).
#include <fmt/format.h>

#include "check/families.h"
#include "text/utf8.h"

namespace ct::check {

void check_scripts(const Corpus& corpus, const Rules&, FindingSink& sink) {
  if (!sink.active("text.mixed-script")) return;
  // Only Latin-script bytes (ASCII, U+0080-U+02FF, and U+2000-U+217F's
  // punctuation and symbols): no Greek or Cyrillic letter to look for.
  auto latin_only = [](std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
      auto b = static_cast<unsigned char>(s[i]);
      if (b < 0xCC || (b >= 0x80 && b < 0xC0)) continue;
      if (b == 0xE2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x85) continue;
      return false;
    }
    return true;
  };
  for (const Clause& c : corpus.clauses) {
    std::string_view s = c.text;
    if (latin_only(s)) continue;
    std::size_t i = 0;
    while (i < s.size()) {
      std::size_t start = i;
      char32_t cp = text::decode(s, i);
      if (!text::is_letter(cp)) continue;
      // A word: letters (and apostrophes or hyphens between them do not join:
      // each part is its own word).
      bool latin = false, other = false;
      std::string foreign;
      std::string other_script;
      std::size_t end = i;
      std::size_t j = start;
      while (j < s.size()) {
        std::size_t k = j;
        char32_t w = text::decode(s, k);
        if (!text::is_letter(w)) break;
        text::Script sc = text::script_of(w);
        if (sc == text::Script::Latin) latin = true;
        if (sc == text::Script::Cyrillic || sc == text::Script::Greek) {
          other = true;
          other_script = std::string(text::name(sc));
          if (!foreign.empty()) foreign += ", ";
          foreign += std::string(s.substr(j, k - j));
        }
        j = k;
        end = k;
      }
      i = end;
      if (latin && other) {
        std::string word(s.substr(start, end - start));
        sink.add(
            "text.mixed-script", sink.at(c, start, end),
            fmt::format("word '{}' mixes Latin and {} letters ({})", word, other_script, foreign),
            word);
      }
    }
  }
}

void check_spacing(const Corpus& corpus, const Rules&, FindingSink& sink) {
  const RuleConfig* rule = sink.active("text.spacing");
  if (!rule) return;
  for (const Clause& c : corpus.clauses) {
    const Document& d = corpus.document_of(c);
    for (const Pattern& p : rule->patterns_for("patterns", d.language)) {
      re2::StringPiece input(c.text);
      re2::StringPiece m;
      std::size_t offset = 0;
      while (offset <= c.text.size() &&
             p->Match(input, offset, c.text.size(), RE2::UNANCHORED, &m, 1)) {
        std::size_t b = static_cast<std::size_t>(m.data() - c.text.data());
        std::size_t e = b + m.size();
        offset = e > b ? e : b + 1;
        bool in_date = false;  // a date's slip is reported with the date
        for (const Entity& en : c.entities)
          if ((en.type == EntityType::Date || en.type == EntityType::DateRange) &&
              en.has_flag("spacing") && b < en.end && e > en.begin)
            in_date = true;
        if (in_date) continue;
        // Quote the words around the slip.
        std::size_t qb = b, qe = e;
        while (qb > 0 && c.text[qb - 1] != ' ') --qb;
        while (qe < c.text.size() && c.text[qe] != ' ') ++qe;
        std::string quote = c.text.substr(qb, qe - qb);
        sink.add("text.spacing", sink.at(c, b, e),
                 fmt::format("spacing slip in '{}': no space after the comma", quote), quote);
      }
    }
  }
}

}  // namespace ct::check

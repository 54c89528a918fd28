// Role assignment.
#include "segment/roles.h"

#include <algorithm>

namespace ct::segment {

namespace {

bool is_meta(const Block& b, const StructureRules& s) {
  if (b.marker) return false;
  for (const auto& re : s.meta_lines)
    if (re2::RE2::FullMatch(b.text.text, *re)) return true;
  return false;
}

bool has_digit(const Block& b) {
  for (char c : b.text.text)
    if (c >= '0' && c <= '9') return true;
  return false;
}

// A sentence of the text (not a heading, title or signature line).
bool paragraph_like(const Block& b, int heading_max) {
  return b.marker || (b.ending != Ending::None && b.words > 3) || b.words > heading_max;
}

}  // namespace

std::vector<BlockRole> assign_roles(const std::vector<Block>& blocks, const StructureRules& st,
                                    const Verbs& verbs) {
  const std::size_t n = blocks.size();
  std::vector<BlockRole> out(n);
  std::vector<bool> meta(n), lead_in(n), decided(n);
  for (std::size_t i = 0; i < n; ++i) meta[i] = is_meta(blocks[i], st);

  // Title: the first heading-like block, if it comes before any paragraph.
  for (std::size_t i = 0; i < n; ++i) {
    const Block& b = blocks[i];
    if (meta[i]) continue;
    if (!b.marker && b.ending == Ending::None && b.words <= st.title_max_words) {
      out[i].role = Role::Title;
      decided[i] = true;
    }
    break;
  }

  // Signature: short place and date lines closing the document, after a paragraph.
  {
    std::size_t k = n;
    while (k > 0 && n - (k - 1) <= static_cast<std::size_t>(st.signature_max_blocks)) {
      const Block& b = blocks[k - 1];
      // Place and date lines: short, without final punctuation.
      if (b.marker || b.tail || decided[k - 1] || meta[k - 1] || b.words > st.signature_max_words ||
          b.ending != Ending::None)
        break;
      --k;
    }
    bool digits = false;
    for (std::size_t i = k; i < n; ++i) digits |= has_digit(blocks[i]);
    if (k < n && k > 0 && digits && paragraph_like(blocks[k - 1], st.heading_max_words))
      for (std::size_t i = k; i < n; ++i) {
        out[i].role = Role::Signature;
        out[i].signature = decided[i] = true;
      }
  }

  // The opening words of each block, read once.
  std::vector<std::optional<Verbs::Opening>> openings(n);
  auto opening = [&](std::size_t i) -> const Verbs::Opening& {
    if (!openings[i]) openings[i] = verbs.read(blocks[i].text.text);
    return *openings[i];
  };

  // Whether numbered items or preambular or operative paragraphs follow.
  std::vector<bool> clauses_after(n + 1, false);
  for (std::size_t i = n; i-- > 0;) {
    const Block& b = blocks[i];
    clauses_after[i] = clauses_after[i + 1] || b.numbered() ||
                       (!b.marker && (opening(i).participle || opening(i).verb.has_value()));
  }
  // The first paragraph after a title or heading (or opening the document).
  auto first_paragraph = [&](std::size_t i) {
    for (std::size_t k = i; k-- > 0;) {
      if (meta[k]) continue;
      if (blocks[k].marker || blocks[k].tail) return false;
      return out[k].role == Role::Title || (out[k].role == Role::Heading && !lead_in[k]);
    }
    return true;
  };

  // Unnumbered blocks by their own features.
  for (std::size_t i = 0; i < n; ++i) {
    if (decided[i]) continue;
    const Block& b = blocks[i];
    BlockRole& r = out[i];
    if (meta[i]) {
      r.role = Role::Other;
      continue;
    }
    if (b.heading_number) {
      r.role = Role::Heading;
      continue;
    }
    if (b.marker || b.tail) continue;  // items: below
    if (b.ending == Ending::None &&
        (b.words <= st.heading_max_words || (b.after_separator && b.words <= st.title_max_words))) {
      r.role = Role::Heading;
    } else if (opening(i).phrase) {
      r.role = Role::Preambular;
    } else if (b.ending == Ending::Colon && b.words <= st.lead_in_max_words && !opening(i).verb) {
      r.role = Role::Heading;  // "The Foreign Ministers:", "Reporting:"
      lead_in[i] = true;
    } else if (b.ending != Ending::Sentence && opening(i).participle) {
      r.role = Role::Preambular;  // a participle not listed in the rules ("Demanding", "Soutenant")
    } else if (const auto& v = opening(i).verb) {
      r.role = Role::Operative;
      r.lead = v;
    } else if ((b.ending == Ending::Colon || b.ending == Ending::Comma) &&
               b.words <= st.lead_in_max_words) {
      r.role = Role::Heading;  // "The Council," / "The Ministers:"
      lead_in[i] = true;
    } else if (b.ending != Ending::None && b.ending != Ending::Sentence && first_paragraph(i) &&
               clauses_after[i + 1]) {
      r.role = Role::Other;  // a long lead-in ("Le Conseil des Ministres ..., réuni ... ;")
      lead_in[i] = true;
    } else {
      r.role = Role::Narrative;
    }
  }

  // Numbered top-level items, section by section: operative in a
  // resolution-like context, narrative otherwise.
  std::size_t prev_item_end = 0;  // blocks after the previous section's items
  for (std::size_t i = 0; i < n;) {
    const Block& b = blocks[i];
    if (!(b.numbered() && !b.heading_number && b.depth == 0) || decided[i]) {
      ++i;
      continue;
    }
    int section = b.section;
    std::vector<std::size_t> items;
    std::size_t j = i;
    for (; j < n; ++j) {
      const Block& c = blocks[j];
      if (c.numbered() && !c.heading_number && c.depth == 0) {
        if (c.section != section) break;
        items.push_back(j);
      }
    }
    bool preamble = false;
    for (std::size_t k = prev_item_end; k < i; ++k)
      preamble |= out[k].role == Role::Preambular || (lead_in[k] && out[k].role == Role::Other);
    std::size_t with_verb = 0;
    for (std::size_t k : items)
      if (opening(k).verb) ++with_verb;
    // A preamble makes a resolution; otherwise most items must open with an
    // operative verb ("Les ministres ... ont : 1. Demandé ...").
    bool operative = preamble || with_verb * 2 >= items.size();
    for (std::size_t k : items) {
      if (decided[k]) continue;
      out[k].lead = opening(k).verb;
      if (!out[k].lead && operative) out[k].lead = verbs.operative(blocks[k].text.text, true);
      out[k].role = operative || out[k].lead ? Role::Operative : Role::Narrative;
      if (!operative) out[k].lead.reset();
    }
    prev_item_end = items.back() + 1;
    i = j;
  }

  // Sub-items are list items; a tail takes its parent's role.
  for (std::size_t i = 0; i < n; ++i) {
    const Block& b = blocks[i];
    if (decided[i] || meta[i] || b.heading_number) continue;
    if (b.tail) {
      Role pr = b.parent ? out[*b.parent].role : Role::ListItem;
      out[i].role = pr == Role::Operative ? Role::Operative : Role::ListItem;
      out[i].lead = opening(i).verb;
      // "and further requests ...": the verb may follow a conjunction.
      std::size_t sp = b.text.text.find(' ');
      if (!out[i].lead && sp != std::string::npos)
        out[i].lead = verbs.operative(std::string_view(b.text.text).substr(sp + 1), false);
    } else if (b.marker && b.depth > 0) {
      out[i].role = Role::ListItem;
      out[i].lead = opening(i).verb;
    } else if (b.marker && b.depth == 0 && b.kind == NumberKind::Bullet) {
      out[i].role = Role::ListItem;
    }
  }

  // Preamble by position: after a lead-in (or a preambular paragraph) and
  // before the first operative paragraph, unnumbered sentences ending with a
  // comma or semicolon are preambular.
  // A preamble followed by numbered operative paragraphs also takes the
  // unnumbered paragraphs opening with an operative verb (a misprinted
  // participle: "Réaffirme ..." among "Rappelant ..."); without numbered
  // paragraphs after it, the first operative verb ends the preamble.
  std::vector<bool> operative_after(n + 1, false), numbered_after(n + 1, false);
  for (std::size_t i = n; i-- > 0;) {
    operative_after[i] = operative_after[i + 1] || out[i].role == Role::Operative;
    numbered_after[i] = numbered_after[i + 1] || (out[i].role == Role::Operative &&
                                                  blocks[i].numbered() && blocks[i].depth == 0);
  }
  bool zone = false;
  for (std::size_t i = 0; i < n; ++i) {
    const Block& b = blocks[i];
    Role r = out[i].role;
    if (b.marker || b.tail) {
      if (b.numbered() && b.depth == 0) zone = false;
      continue;
    }
    if (lead_in[i] || r == Role::Preambular) {
      zone = operative_after[i + 1];
      continue;
    }
    if (!zone) continue;
    if (r == Role::Operative && numbered_after[i + 1]) {
      out[i].role = Role::Preambular;
      out[i].lead.reset();
    } else if (r == Role::Operative) {
      zone = false;
    } else if (r == Role::Narrative &&
               (b.ending == Ending::Comma || b.ending == Ending::Semicolon)) {
      out[i].role = Role::Preambular;
    }
  }
  return out;
}

}  // namespace ct::segment

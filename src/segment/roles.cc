// Role assignment.
#include "segment/roles.h"

#include <algorithm>

namespace ct::segment {

namespace {

bool is_meta(const Block& b, const StructureRules& s) {
  if (b.marker) return false;
  if (b.meta) return *b.meta;
  return s.meta_line_set.full_match(b.text.text);
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

// The steps of assign_roles, in order, over shared per-block state.
class RoleAssigner {
 public:
  RoleAssigner(const std::vector<Block>& blocks, const StructureRules& st, const Verbs& verbs,
               const std::vector<std::vector<Token>>* tokens)
      : blocks_(blocks),
        st_(st),
        verbs_(verbs),
        tokens_(tokens),
        n_(blocks.size()),
        out_(n_),
        meta_(n_),
        lead_in_(n_),
        decided_(n_),
        openings_(n_) {
    for (std::size_t i = 0; i < n_; ++i) meta_[i] = is_meta(blocks_[i], st_);
  }

  std::vector<BlockRole> run() && {
    title();
    signature();
    unnumbered();
    numbered_items();
    list_items();
    preamble_by_position();
    return std::move(out_);
  }

 private:
  // The opening words of a block, read once.
  const Verbs::Opening& opening(std::size_t i) {
    if (openings_[i]) return *openings_[i];
    const std::string& text = blocks_[i].text.text;
    if (tokens_ && !(*tokens_)[i].empty())
      openings_[i] = verbs_.read(text, (*tokens_)[i]);
    else
      openings_[i] = verbs_.read(text);
    return *openings_[i];
  }

  void title();
  void signature();
  void unnumbered();
  void numbered_items();
  void list_items();
  void preamble_by_position();

  const std::vector<Block>& blocks_;
  const StructureRules& st_;
  const Verbs& verbs_;
  const std::vector<std::vector<Token>>* tokens_;
  const std::size_t n_;
  std::vector<BlockRole> out_;
  std::vector<bool> meta_, lead_in_, decided_;
  std::vector<std::optional<Verbs::Opening>> openings_;
};

// Title: the first heading-like block, if it comes before any paragraph.
void RoleAssigner::title() {
  for (std::size_t i = 0; i < n_; ++i) {
    const Block& b = blocks_[i];
    if (meta_[i]) continue;
    if (!b.marker && b.ending == Ending::None && b.words <= st_.title_max_words) {
      out_[i].role = Role::Title;
      decided_[i] = true;
    }
    break;
  }
}

// Signature: short place and date lines closing the document, after a paragraph.
void RoleAssigner::signature() {
  std::size_t k = n_;
  while (k > 0 && n_ - (k - 1) <= static_cast<std::size_t>(st_.signature_max_blocks)) {
    const Block& b = blocks_[k - 1];
    // Place and date lines: short, without final punctuation.
    if (b.marker || b.tail || decided_[k - 1] || meta_[k - 1] ||
        b.words > st_.signature_max_words || b.ending != Ending::None)
      break;
    --k;
  }
  bool digits = false;
  for (std::size_t i = k; i < n_; ++i) digits |= has_digit(blocks_[i]);
  if (k < n_ && k > 0 && digits && paragraph_like(blocks_[k - 1], st_.heading_max_words))
    for (std::size_t i = k; i < n_; ++i) {
      out_[i].role = Role::Signature;
      out_[i].signature = decided_[i] = true;
    }
}

// Unnumbered blocks by their own features.
void RoleAssigner::unnumbered() {
  // Whether numbered items or preambular or operative paragraphs follow.
  std::vector<bool> clauses_after(n_ + 1, false);
  for (std::size_t i = n_; i-- > 0;) {
    const Block& b = blocks_[i];
    clauses_after[i] = clauses_after[i + 1] || b.numbered() ||
                       (!b.marker && (opening(i).participle || opening(i).verb.has_value()));
  }
  // The first paragraph after a title or heading (or opening the document).
  auto first_paragraph = [&](std::size_t i) {
    for (std::size_t k = i; k-- > 0;) {
      if (meta_[k]) continue;
      if (blocks_[k].marker || blocks_[k].tail) return false;
      return out_[k].role == Role::Title || (out_[k].role == Role::Heading && !lead_in_[k]);
    }
    return true;
  };
  for (std::size_t i = 0; i < n_; ++i) {
    if (decided_[i]) continue;
    const Block& b = blocks_[i];
    BlockRole& r = out_[i];
    if (meta_[i]) {
      r.role = Role::Other;
      continue;
    }
    if (b.heading_number) {
      r.role = Role::Heading;
      continue;
    }
    if (b.marker || b.tail) continue;  // items: below
    if (b.ending == Ending::None && (b.words <= st_.heading_max_words ||
                                     (b.after_separator && b.words <= st_.title_max_words))) {
      r.role = Role::Heading;
    } else if (opening(i).phrase) {
      r.role = Role::Preambular;
    } else if (b.ending == Ending::Colon && b.words <= st_.lead_in_max_words && !opening(i).verb) {
      r.role = Role::Heading;  // "The Foreign Ministers:", "Reporting:"
      lead_in_[i] = true;
    } else if (b.ending != Ending::Sentence && opening(i).participle) {
      r.role = Role::Preambular;  // a participle not listed in the rules ("Demanding", "Soutenant")
    } else if (const auto& v = opening(i).verb) {
      r.role = Role::Operative;
      r.lead = v;
    } else if ((b.ending == Ending::Colon || b.ending == Ending::Comma) &&
               b.words <= st_.lead_in_max_words) {
      r.role = Role::Heading;  // "The Council," / "The Ministers:"
      lead_in_[i] = true;
    } else if (b.ending != Ending::None && b.ending != Ending::Sentence && first_paragraph(i) &&
               clauses_after[i + 1]) {
      r.role = Role::Other;  // a long lead-in ("Le Conseil des Ministres ..., réuni ... ;")
      lead_in_[i] = true;
    } else {
      r.role = Role::Narrative;
    }
  }
}

// Numbered top-level items, section by section: operative in a
// resolution-like context, narrative otherwise.
void RoleAssigner::numbered_items() {
  std::size_t prev_item_end = 0;  // blocks after the previous section's items
  for (std::size_t i = 0; i < n_;) {
    const Block& b = blocks_[i];
    if (!(b.numbered() && !b.heading_number && b.depth == 0) || decided_[i]) {
      ++i;
      continue;
    }
    int section = b.section;
    std::vector<std::size_t> items;
    std::size_t j = i;
    for (; j < n_; ++j) {
      const Block& c = blocks_[j];
      if (c.numbered() && !c.heading_number && c.depth == 0) {
        if (c.section != section) break;
        items.push_back(j);
      }
    }
    bool preamble = false;
    for (std::size_t k = prev_item_end; k < i; ++k)
      preamble |= out_[k].role == Role::Preambular || (lead_in_[k] && out_[k].role == Role::Other);
    std::size_t with_verb = 0;
    for (std::size_t k : items)
      if (opening(k).verb) ++with_verb;
    // A preamble makes a resolution; otherwise most items must open with an
    // operative verb ("Les ministres ... ont : 1. Demandé ...").
    bool operative = preamble || with_verb * 2 >= items.size();
    for (std::size_t k : items) {
      if (decided_[k]) continue;
      out_[k].lead = opening(k).verb;
      if (!out_[k].lead && operative) out_[k].lead = verbs_.operative(blocks_[k].text.text, true);
      out_[k].role = operative || out_[k].lead ? Role::Operative : Role::Narrative;
      if (!operative) out_[k].lead.reset();
    }
    prev_item_end = items.back() + 1;
    i = j;
  }
}

// Sub-items are list items; a tail takes its parent's role.
void RoleAssigner::list_items() {
  for (std::size_t i = 0; i < n_; ++i) {
    const Block& b = blocks_[i];
    if (decided_[i] || meta_[i] || b.heading_number) continue;
    if (b.tail) {
      Role pr = b.parent ? out_[*b.parent].role : Role::ListItem;
      out_[i].role = pr == Role::Operative ? Role::Operative : Role::ListItem;
      out_[i].lead = opening(i).verb;
      // "and further requests ...": the verb may follow a conjunction.
      std::size_t sp = b.text.text.find(' ');
      if (!out_[i].lead && sp != std::string::npos)
        out_[i].lead = verbs_.operative(std::string_view(b.text.text).substr(sp + 1), false);
    } else if (b.marker && b.depth > 0) {
      out_[i].role = Role::ListItem;
      out_[i].lead = opening(i).verb;
    } else if (b.marker && b.depth == 0 && b.kind == NumberKind::Bullet) {
      out_[i].role = Role::ListItem;
    }
  }
}

// Preamble by position: after a lead-in (or a preambular paragraph) and
// before the first operative paragraph, unnumbered sentences ending with a
// comma or semicolon are preambular.
// A preamble followed by numbered operative paragraphs also takes the
// unnumbered paragraphs opening with an operative verb (a misprinted
// participle: "Réaffirme ..." among "Rappelant ..."); without numbered
// paragraphs after it, the first operative verb ends the preamble.
void RoleAssigner::preamble_by_position() {
  std::vector<bool> operative_after(n_ + 1, false), numbered_after(n_ + 1, false);
  for (std::size_t i = n_; i-- > 0;) {
    operative_after[i] = operative_after[i + 1] || out_[i].role == Role::Operative;
    numbered_after[i] = numbered_after[i + 1] || (out_[i].role == Role::Operative &&
                                                  blocks_[i].numbered() && blocks_[i].depth == 0);
  }
  bool zone = false;
  for (std::size_t i = 0; i < n_; ++i) {
    const Block& b = blocks_[i];
    Role r = out_[i].role;
    if (b.marker || b.tail) {
      if (b.numbered() && b.depth == 0) zone = false;
      continue;
    }
    if (lead_in_[i] || r == Role::Preambular) {
      zone = operative_after[i + 1];
      continue;
    }
    if (!zone) continue;
    if (r == Role::Operative && numbered_after[i + 1]) {
      out_[i].role = Role::Preambular;
      out_[i].lead.reset();
    } else if (r == Role::Operative) {
      zone = false;
    } else if (r == Role::Narrative &&
               (b.ending == Ending::Comma || b.ending == Ending::Semicolon)) {
      out_[i].role = Role::Preambular;
    }
  }
}

}  // namespace

std::vector<BlockRole> assign_roles(const std::vector<Block>& blocks, const StructureRules& st,
                                    const Verbs& verbs,
                                    const std::vector<std::vector<Token>>* tokens) {
  return RoleAssigner(blocks, st, verbs, tokens).run();
}

}  // namespace ct::segment

// Numbering sequences.
#include "segment/numbering.h"

#include <string_view>

namespace ct::segment {

namespace {

struct Reading {
  NumberKind kind;
  int value;
};

std::vector<Reading> readings(const Marker& m) {
  std::vector<Reading> out;
  if (m.arabic) out.push_back({NumberKind::Arabic, m.arabic});
  if (m.alpha) out.push_back({NumberKind::Alpha, m.alpha});
  if (m.roman) out.push_back({NumberKind::Roman, m.roman});
  return out;
}

// A marker style without its opening bracket: "(x)" -> "x)".
std::string_view without_open_bracket(std::string_view style) {
  if (!style.empty() && style.front() == '(') style.remove_prefix(1);
  return style;
}

}  // namespace

std::optional<std::size_t> Numbering::parent_of(std::size_t level) const {
  if (level == 0 || level > stack_.size()) return std::nullopt;
  return stack_[level - 1].block;
}

std::optional<Placement> Numbering::place(const Marker& m, const MarkerContext& c) const {
  const bool ends_item = c.prev != Ending::None;
  const bool ends_sentence =
      c.prev == Ending::Sentence || c.prev == Ending::Semicolon || c.prev == Ending::Colon;
  const bool open = c.first || ends_sentence || c.paragraph_gap;

  if (m.bullet) {
    if (!open && !ends_item) return std::nullopt;
    for (std::size_t d = stack_.size(); d-- > 0;)
      if (stack_[d].kind == NumberKind::Bullet && stack_[d].style == m.style) {
        Placement p{d, NumberKind::Bullet, stack_[d].last + 1};
        p.parent = parent_of(d);
        return p;
      }
    Placement p{stack_.size(), NumberKind::Bullet, 1};
    p.push = true;
    if (!stack_.empty()) {
      p.parent = stack_.back().block;
    } else if (c.anchor) {
      p.level = 1;
      p.anchored = true;
      p.parent = c.anchor;
    }
    return p;
  }

  const std::vector<Reading> rs = readings(m);
  // 1. The next item of an open sequence, innermost first.
  for (std::size_t d = stack_.size(); d-- > 0;) {
    const Level& L = stack_[d];
    if (L.anchor) continue;
    for (const Reading& r : rs) {
      if (r.kind != L.kind) continue;
      bool same_style = L.style == m.style;
      if (r.value == L.last + 1) {
        // A top-level number may change its punctuation ("19-" then "20."),
        // and an item its opening bracket ("d)" then "(e)").
        bool bracket_only = open && without_open_bracket(L.style) == without_open_bracket(m.style);
        if (!same_style && !bracket_only && !(d == 0 && r.kind == NumberKind::Arabic && open))
          continue;
        if (!ends_item && c.lower_after && !c.paragraph_gap) continue;
        Placement p{d, r.kind, r.value};
        p.parent = parent_of(d);
        return p;
      }
      // A skipped, repeated or (at the top level) misprinted number still
      // opens an item when a paragraph clearly starts here.
      bool near = r.value == L.last || (r.value > L.last + 1 && r.value <= L.last + 3) ||
                  (d == 0 && r.kind == NumberKind::Arabic && r.value > 1 && r.value < L.last);
      // "(i)" after "(f)" or "(g)" opens a list of roman numbers under it
      // rather than skipping letters (only after "(h)" is it the next letter).
      bool roman_one = r.kind == NumberKind::Alpha && m.roman == 1 && r.value != L.last;
      if (near && same_style && open && !c.lower_after && !roman_one) {
        Placement p{d, r.kind, r.value};
        p.parent = parent_of(d);
        p.irregular = true;
        return p;
      }
    }
  }
  // 1b. A sub-list whose numbering runs on under the next item: "(g)" under
  // "(ii)" after "(a)"-"(f)" under "(i)".
  if (closed_ && closed_depth_ == stack_.size() && !stack_.empty() && open && !c.lower_after &&
      closed_->style == m.style)
    for (const Reading& r : rs)
      if (r.kind == closed_->kind && r.value == closed_->last + 1) {
        Placement p{stack_.size(), r.kind, r.value};
        p.push = true;
        p.parent = stack_.back().block;
        return p;
      }
  // 2. The first item of a sequence.
  for (const Reading& r : rs) {
    if (r.value != 1) continue;
    if (!open && c.prev != Ending::Comma) continue;
    const bool top_kind = r.kind == NumberKind::Arabic || m.upper;
    Placement top{0, r.kind, 1};
    top.restart = true;
    Placement sub{stack_.size(), r.kind, 1};
    sub.push = true;
    if (!stack_.empty()) sub.parent = stack_.back().block;
    if (stack_.empty()) {
      if (top_kind || !c.anchor) return top;
      Placement p{1, r.kind, 1};
      p.push = p.anchored = true;
      p.parent = c.anchor;
      return p;
    }
    // The same style already open: a new list at that level.
    for (std::size_t d = 0; d < stack_.size(); ++d)
      if (stack_[d].style == m.style && stack_[d].kind == r.kind) {
        Placement p{d, r.kind, 1};
        p.parent = parent_of(d);
        p.restart = d == 0;
        return p;
      }
    if (stack_[0].anchor || stack_[0].kind == NumberKind::Bullet) return top_kind ? top : sub;
    // Arabic numbers in a new style after a heading: a new section ("Annex", "1-").
    if (r.kind == NumberKind::Arabic && stack_[0].kind == NumberKind::Arabic &&
        c.heading_since_item)
      return top;
    return sub;
  }
  return std::nullopt;
}

void Numbering::commit(const Marker& m, const Placement& p, std::size_t block) {
  Level level{m.style, p.kind, p.value, block, false};
  const bool numbered = p.kind != NumberKind::Bullet;
  if (p.restart) {
    if (top_used_ && numbered) ++section_;
    closed_.reset();
    stack_.clear();
    stack_.push_back(level);
    top_used_ |= numbered;
    return;
  }
  if (p.push) {
    if (p.anchored && stack_.empty())
      stack_.push_back(Level{"", NumberKind::None, 0, *p.parent, true});
    stack_.push_back(level);
    if (stack_.size() == 1) top_used_ |= numbered;
    return;
  }
  // A continuation (or a new list at an open level) keeps the level's style.
  if (p.level < stack_.size() && !stack_[p.level].style.empty())
    level.style = stack_[p.level].style;
  // The sub-list of the item this one follows, which the next item's own
  // sub-list may run on from.
  if (stack_.size() > p.level + 1) {
    closed_ = stack_[p.level + 1];
    closed_depth_ = p.level + 1;
  } else if (closed_ && closed_depth_ > p.level + 1) {
    closed_.reset();
  }
  stack_.resize(p.level + 1);
  stack_[p.level] = level;
  if (p.level == 0) top_used_ |= numbered;
}

void Numbering::unnumbered_paragraph() {
  if (!stack_.empty() && (stack_[0].anchor || stack_[0].kind == NumberKind::Bullet)) stack_.clear();
}

}  // namespace ct::segment

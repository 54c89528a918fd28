// Word diff over token texts (edit_script.h), and its plain and HTML renderings.
#include "diff/word_diff.h"

#include <bit>
#include <cstdint>

#include "diff/edit_script.h"
#include "text/analyzer.h"
#include "util/hash.h"

namespace ct::diff {

namespace {

// A token with the spacing that precedes it in its text.
struct Unit {
  std::string_view gap;
  std::string_view word;
};

std::vector<Unit> units(std::string_view text, const std::vector<Token>& tokens,
                        std::string_view& tail) {
  std::vector<Unit> out;
  out.reserve(tokens.size());
  std::size_t pos = 0;
  for (const Token& t : tokens) {
    std::size_t b = std::min(t.begin, text.size()), e = std::min(t.end, text.size());
    if (b < pos) b = pos;  // defensive: overlapping tokens
    if (e < b) e = b;
    out.push_back({text.substr(pos, b - pos), text.substr(b, e - b)});
    pos = e;
  }
  tail = text.substr(pos);
  return out;
}

void push(std::vector<WordOp>& ops, WordOp::Kind kind, std::string_view text) {
  if (text.empty()) return;
  if (!ops.empty() && ops.back().kind == kind) {
    ops.back().text += text;
    return;
  }
  ops.push_back({kind, std::string(text)});
}

// Extends `run` with `piece`, which starts where `run` ends in the same text.
void extend(std::string_view& run, std::string_view piece) {
  if (piece.empty()) return;
  run =
      run.empty() ? piece : std::string_view(run.data(), piece.data() + piece.size() - run.data());
}

// Pending deletions and insertions of the current changed region, as ranges
// of the old and new texts (the units of a region are consecutive): emitted
// deletions first when the region ends. Unchanged text is held the same way
// until a change comes (a copy per run, not an append per word).
struct Region {
  std::string_view del, ins, equal;
  void flush_equal(std::vector<WordOp>& ops) {
    push(ops, WordOp::Kind::Equal, equal);
    equal = {};
  }
  void flush(std::vector<WordOp>& ops) {
    if (del.empty() && ins.empty()) return;
    flush_equal(ops);
    push(ops, WordOp::Kind::Delete, del);
    push(ops, WordOp::Kind::Insert, ins);
    del = {};
    ins = {};
  }
  // Unchanged text: joined to the held run when it follows it in the old text.
  void keep(std::vector<WordOp>& ops, std::string_view piece) {
    if (piece.empty()) return;
    if (!equal.empty() && equal.data() + equal.size() != piece.data()) flush_equal(ops);
    extend(equal, piece);
  }
};

// Numbers the distinct words of both sides (one hash per word), so that the diff
// compares integers: it only uses ==, so the edit script is the same.
// Hand-written open addressing in one flat array: std::unordered_map allocates
// a node per word, which cost as much as the comparisons it saved (measured).
void number_words(const std::vector<Unit>& a, const std::vector<Unit>& b, std::vector<unsigned>& ia,
                  std::vector<unsigned>& ib) {
  const std::size_t cap = std::bit_ceil(2 * (a.size() + b.size()) + 1), mask = cap - 1;
  std::vector<unsigned> slots(cap, 0);  // 0: empty, else 1 + the word's id
  std::vector<std::string_view> words;  // by id
  words.reserve(a.size() + b.size());
  auto id = [&](std::string_view w) -> unsigned {
    const std::uint64_t h = fnv1a64(w);
    for (std::size_t s = (h ^ (h >> 29)) & mask;; s = (s + 1) & mask) {
      if (slots[s] == 0) {
        words.push_back(w);
        slots[s] = unsigned(words.size());
        return slots[s] - 1;
      }
      if (words[slots[s] - 1] == w) return slots[s] - 1;
    }
  };
  ia.resize(a.size());
  ib.resize(b.size());
  for (std::size_t i = 0; i < a.size(); ++i) ia[i] = id(a[i].word);
  for (std::size_t j = 0; j < b.size(); ++j) ib[j] = id(b[j].word);
}

}  // namespace

std::vector<WordOp> word_diff(std::string_view old_text, const std::vector<Token>& old_tokens,
                              std::string_view new_text, const std::vector<Token>& new_tokens) {
  if (old_text == new_text) {  // the common case between sessions: nothing to compute
    std::vector<WordOp> same;
    if (!old_text.empty()) same.push_back({WordOp::Kind::Equal, std::string(old_text)});
    return same;
  }
  std::string_view old_tail, new_tail;
  std::vector<Unit> a = units(old_text, old_tokens, old_tail);
  std::vector<Unit> b = units(new_text, new_tokens, new_tail);
  std::vector<unsigned> wa, wb;
  number_words(a, b, wa, wb);

  std::vector<WordOp> ops;
  Region region;
  std::size_t i = 0, j = 0;
  if (!wa.empty() || !wb.empty()) {
    // Past the path budget, the rest becomes one deletion and one insertion
    // (dtl's unserious mode) instead of a retry.
    for (const Edit edit : edit_script(wa, wb)) {
      if (edit == Edit::Common && i < a.size() && j < b.size()) {
        if (a[i].gap != b[j].gap) {
          extend(region.del, a[i].gap);
          extend(region.ins, b[j].gap);
          region.flush(ops);
        } else {
          region.flush(ops);
          region.keep(ops, a[i].gap);
        }
        region.keep(ops, a[i].word);
        ++i, ++j;
      } else if (edit == Edit::Delete && i < a.size()) {
        extend(region.del, a[i].gap);
        extend(region.del, a[i].word);
        ++i;
      } else if (edit == Edit::Add && j < b.size()) {
        extend(region.ins, b[j].gap);
        extend(region.ins, b[j].word);
        ++j;
      }
    }
  }
  // Whatever the script did not cover (never expected) keeps both texts whole.
  for (; i < a.size(); ++i) extend(region.del, a[i].gap), extend(region.del, a[i].word);
  for (; j < b.size(); ++j) extend(region.ins, b[j].gap), extend(region.ins, b[j].word);
  if (old_tail == new_tail) {
    region.flush(ops);
    region.keep(ops, old_tail);
  } else {
    extend(region.del, old_tail);
    extend(region.ins, new_tail);
    region.flush(ops);
  }
  region.flush_equal(ops);
  return ops;
}

std::vector<WordOp> word_diff(std::string_view old_text, std::string_view new_text) {
  return word_diff(old_text, text::split_tokens(old_text), new_text, text::split_tokens(new_text));
}

std::string old_text(const std::vector<WordOp>& ops) {
  std::string s;
  for (const auto& op : ops)
    if (op.kind != WordOp::Kind::Insert) s += op.text;
  return s;
}

std::string new_text(const std::vector<WordOp>& ops) {
  std::string s;
  for (const auto& op : ops)
    if (op.kind != WordOp::Kind::Delete) s += op.text;
  return s;
}

bool is_equal(const std::vector<WordOp>& ops) {
  for (const auto& op : ops)
    if (op.kind != WordOp::Kind::Equal) return false;
  return true;
}

namespace {

std::size_t leading_space(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && (s[n] == ' ' || s[n] == '\t' || s[n] == '\n' || s[n] == '\r')) ++n;
  return n;
}

// Renders with `open`/`close` markers per kind; `esc` escapes texts.
template <typename Escape>
std::string render(const std::vector<WordOp>& ops, const char* del_open, const char* del_close,
                   const char* ins_open, const char* ins_close, Escape esc) {
  std::string out;
  for (std::size_t k = 0; k < ops.size(); ++k) {
    const WordOp& op = ops[k];
    if (op.kind == WordOp::Kind::Equal) {
      out += esc(op.text);
      continue;
    }
    std::string_view text = op.text;
    std::size_t lead = leading_space(text);
    std::string_view space = text.substr(0, lead);
    text.remove_prefix(lead);
    out += esc(space);
    if (op.kind == WordOp::Kind::Delete) {
      // The insertion that replaces it shares the same leading space.
      if (k + 1 < ops.size() && ops[k + 1].kind == WordOp::Kind::Insert) {
        std::string_view next = ops[k + 1].text;
        std::size_t nlead = leading_space(next);
        if (!text.empty()) out += del_open + esc(text) + del_close;
        next.remove_prefix(nlead == lead && next.substr(0, nlead) == space ? nlead : 0);
        if (!next.empty()) out += ins_open + esc(next) + ins_close;
        ++k;
        continue;
      }
      if (!text.empty()) out += del_open + esc(text) + del_close;
    } else if (!text.empty()) {
      out += ins_open + esc(text) + ins_close;
    }
  }
  return out;
}

}  // namespace

std::string render_plain(const std::vector<WordOp>& ops) {
  return render(ops, "[-", "-]", "{+", "+}", [](std::string_view s) { return std::string(s); });
}

std::string render_html(const std::vector<WordOp>& ops, std::string (*escape)(std::string_view)) {
  return render(ops, "<del>", "</del>", "<ins>", "</ins>", escape);
}

}  // namespace ct::diff

// segment_document: lines -> chrome -> layout -> blocks (joining, markers,
// numbering) -> roles -> names -> clauses.
#include <algorithm>
#include <optional>
#include <string>

#include "model/error.h"
#include "segment/blocks.h"
#include "segment/chrome.h"
#include "segment/keys.h"
#include "segment/layout.h"
#include "segment/lines.h"
#include "segment/roles.h"
#include "segment/segment.h"
#include "segment/verbs.h"

namespace ct::segment {

namespace {

// Table-of-contents lines of a compilation are data (Document::toc), not
// clauses; so is the table's header row just above them.
void mark_toc(std::vector<Line>& lines, const Document& doc) {
  if (doc.toc.empty()) return;
  int first = doc.toc.front().line, last = doc.toc.back().line;
  for (const TocEntry& e : doc.toc) {
    first = std::min(first, e.line);
    last = std::max(last, e.line);
  }
  for (Line& l : lines) {
    if (l.blank) continue;
    bool listed = std::any_of(doc.toc.begin(), doc.toc.end(),
                              [&](const TocEntry& e) { return e.line == l.number; });
    std::string_view raw = doc.text->line_text(l.number);
    bool table_row =
        raw.find('\t') != std::string_view::npos && l.number >= first - 2 && l.number <= last;
    if (listed || table_row) l.skip = true;
  }
}

}  // namespace

std::vector<Clause> segment_document(const Document& doc, std::size_t doc_index, const Rules& rules,
                                     text::Analyzer& analyzer) {
  std::vector<Clause> out;
  if (!doc.text || doc.begin >= doc.end) return out;
  const LanguageRules* lang = rules.language(doc.language);
  static const std::vector<std::string> kNoAbbreviations;
  const std::vector<std::string>& abbreviations = lang ? lang->abbreviations : kNoAbbreviations;

  std::vector<Line> lines = split_lines(doc, abbreviations);
  mark_toc(lines, doc);
  mark_chrome(lines, rules.chrome, lang ? &lang->stopwords : nullptr, rules.structure,
              abbreviations);
  // Metadata lines (tested with the chrome patterns): only lines that are
  // not chrome count.
  for (Line& l : lines) l.meta = l.meta && !l.empty();
  Layout layout = measure_layout(lines);
  Verbs verbs(lang, rules.structure, analyzer);
  auto words = rules.structure.words.find(doc.language);
  BlockInput in{lines,
                layout,
                rules.structure,
                verbs,
                abbreviations,
                lang ? &lang->stopwords : nullptr,
                words == rules.structure.words.end() ? nullptr : &words->second,
                doc.text->view(),
                lang && lang->lowercase_openers};
  std::vector<Block> blocks = build_blocks(in);
  // Each block's tokens are made once, read for its opening words and kept
  // as its clause's tokens (blocks over the size limit are left to the
  // check below).
  std::vector<std::vector<Token>> tokens(blocks.size());
  std::vector<bool> block_tokenized(blocks.size(), false);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const std::string& text = blocks[i].text.text;
    if (text.empty() || text.size() > kMaxClauseBytes) continue;
    tokens[i] = analyzer.tokenize(text);
    block_tokenized[i] = true;
  }
  std::vector<BlockRole> roles = assign_roles(blocks, rules.structure, verbs, &tokens);
  std::vector<ClauseName> names = name_clauses(blocks, roles, doc.id);

  std::vector<std::optional<std::size_t>> clause_of(blocks.size());
  std::vector<bool> tokenized;  // per clause: its tokens are its block's
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    Block& b = blocks[i];
    if (b.text.text.empty() && !b.numbered()) continue;
    const Line& first = lines[b.lines.front()];
    const Line& last = lines[b.lines.back()];
    // The lines of the closing signature make one clause.
    if (roles[i].signature && !out.empty() && out.back().role == Role::Signature) {
      Clause& sig = out.back();
      std::size_t base = sig.text.size() + 1;
      sig.text += ' ';
      for (TextRun r : b.text.runs) {
        r.text_begin += base;
        sig.runs.push_back(r);
      }
      sig.text += b.text.text;
      sig.end_line = last.number;
      sig.source_end = last.end;
      tokenized.back() = false;
      clause_of[i] = out.size() - 1;
      continue;
    }
    Clause c;
    c.id = names[i].id;
    c.number = names[i].number;
    c.key = names[i].key;
    c.doc = doc_index;
    c.role = roles[i].role;
    c.depth = b.depth;
    if (b.parent && clause_of[*b.parent]) c.parent = clause_of[*b.parent];
    c.line = first.number;
    c.end_line = last.number;
    c.source_begin = first.begin;  // the printed marker included
    c.source_end = last.end;
    // Blocks are not read after this; a block's text grew line by line, so
    // its spare capacity is given back (the corpus keeps every clause).
    c.tokens = std::move(tokens[i]);
    c.forms = analyzer.forms();
    c.text = std::move(b.text.text);
    c.text.shrink_to_fit();
    c.runs = std::move(b.text.runs);
    c.runs.shrink_to_fit();
    if (const auto& v = roles[i].lead) {
      c.lead = v->lead;
      c.action = v->action;
      c.strength = v->strength;
    }
    clause_of[i] = out.size();
    out.push_back(std::move(c));
    tokenized.push_back(block_tokenized[i]);
  }
  for (const Clause& c : out)
    if (c.text.size() > kMaxClauseBytes)
      throw InputError("paragraph of " + std::to_string(c.text.size()) + " bytes (lines " +
                           std::to_string(c.line) + "-" + std::to_string(c.end_line) +
                           ") is longer than the limit of " +
                           std::to_string(kMaxClauseBytes >> 20) +
                           " MiB for one clause: are blank lines missing between paragraphs?",
                       doc.text->path(), c.line);
  for (std::size_t k = 0; k < out.size(); ++k)
    if (!tokenized[k]) out[k].tokens = analyzer.tokenize(out[k].text);
  return out;
}

}  // namespace ct::segment

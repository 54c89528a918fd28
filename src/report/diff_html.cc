// The HTML page of `clausetrack diff`: template diff.html with its own small
// stylesheet (diff.css), every text escaped by the template.
#include "diff/word_diff.h"
#include "report/assets.h"
#include "report/diff_view.h"
#include "report/diff_words.h"
#include "report/html_escape.h"
#include "report/html_template.h"
#include "report/text_direction.h"

namespace ct::report {

namespace {

// The language and writing direction of the text quoted from `clause`.
void text_of(Data& d, const DiffView& v, std::size_t clause) {
  const std::string& language = v.doc_of(clause).language;
  d["lang"] = Data(language);
  d["dir"] = Data(text_direction(language));
}

Data pair_data(const DiffView& v, std::size_t old_clause, std::size_t new_clause) {
  Data d;
  text_of(d, v, new_clause);
  d["old"] = Data(v.label(old_clause));
  d["new"] = Data(v.label(new_clause));
  return d;
}

Data clause_list(const DiffView& v, const std::vector<std::size_t>& clauses) {
  std::vector<Data> items;
  for (std::size_t c : clauses) {
    Data d;
    d["label"] = Data(v.label(c));
    text_of(d, v, c);
    d["text"] = Data(v.two.clauses[c].text);
    items.push_back(std::move(d));
  }
  return list_of(std::move(items));
}

}  // namespace

std::string diff_html(const DiffView& v, const align::SideBySide& r) {
  Data page;
  // The page speaks English; each quoted text says its own language.
  page["css"] = Data(std::string(asset("diff.css")));
  std::vector<Data> sides;
  for (std::size_t k = 0; k < v.docs.size(); ++k) {
    Data d;
    d["side"] = Data(k < v.old_count ? "old" : "new");
    // The title apart, in its own language and direction.
    const Document& doc = v.original.documents[v.docs[k]];
    std::string head = v.describe(k);
    if (!doc.title.empty()) head.resize(head.size() - doc.title.size() - 1);
    d["text"] = Data(head);
    d["title"] = Data(doc.title);
    d["has_title"] = Data(!doc.title.empty());
    d["lang"] = Data(doc.language);
    d["dir"] = Data(text_direction(doc.language));
    sides.push_back(std::move(d));
  }
  page["sides"] = list_of(std::move(sides));
  page["counts"] = Data(diff_counts(r));

  std::vector<Data> kept, changed, moved, merged, split;
  for (const auto& p : r.kept) kept.push_back(pair_data(v, p.old_clause, p.new_clause));
  for (const auto& p : r.changed) {
    Data d = pair_data(v, p.old_clause, p.new_clause);
    d["change"] = Data(change_line(p));
    d["diff"] =
        Data(!p.diff.empty()
                 ? diff::render_html(p.diff, html_escape)
                 : "<del>" + html_escape(v.two.clauses[p.old_clause].text) + "</del><br><ins>" +
                       html_escape(v.two.clauses[p.new_clause].text) + "</ins>");
    changed.push_back(std::move(d));
  }
  for (const auto* p : r.moved()) {
    Data d = pair_data(v, p->old_clause, p->new_clause);
    d["how"] = Data(how_moved(v, *p));
    moved.push_back(std::move(d));
  }
  for (const auto& m : r.merged) {
    Data d;
    d["old"] = Data(joined_labels(v, m.old_clauses));
    d["new"] = Data(v.label(m.new_clause));
    d["text"] = Data(v.two.clauses[m.new_clause].text);
    text_of(d, v, m.new_clause);
    merged.push_back(std::move(d));
  }
  for (const auto& s : r.split) {
    Data d;
    d["old"] = Data(v.label(s.old_clause));
    d["new"] = Data(joined_labels(v, s.new_clauses));
    d["text"] = Data(v.two.clauses[s.old_clause].text);
    text_of(d, v, s.old_clause);
    split.push_back(std::move(d));
  }
  auto put = [&page](const std::string& key, std::vector<Data>&& items) {
    page["has_" + key] = Data(!items.empty());
    page[key] = list_of(std::move(items));
  };
  put("kept", std::move(kept));
  put("changed", std::move(changed));
  put("moved", std::move(moved));
  put("merged", std::move(merged));
  put("split", std::move(split));
  page["has_added"] = Data(!r.added.empty());
  page["added"] = clause_list(v, r.added);
  page["has_removed"] = Data(!r.removed.empty());
  page["removed"] = clause_list(v, r.removed);
  Templates templates;
  return templates.render("diff.html", page);
}

}  // namespace ct::report

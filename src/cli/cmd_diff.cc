// `clausetrack diff OLD NEW`: two documents (files or document ids, any
// languages) aligned clause by clause and printed as text ([-old-]{+new+}),
// JSON (clausetrack/diff/1) or a small self-contained HTML page (<del>/<ins>):
// kept, changed (with the word diff), moved, merged, split, added and
// removed clauses. Files outside the corpus are read on the fly; the corpus
// is loaded only when a target needs it.
#include <fmt/format.h>

#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <tuple>

#include "align/pairwise.h"
#include "cli/commands.h"
#include "cli/resolve.h"
#include "diff/word_diff.h"
#include "ingest/load_corpus.h"
#include "model/error.h"
#include "pipeline/pipeline.h"
#include "report/html_escape.h"

namespace ct::cli {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

enum class Kind { CorpusFile, OutsideFile, DocumentId };

Kind kind_of(const std::string& corpus_dir, const std::string& target, std::string& source) {
  std::error_code ec;
  if (in_corpus(corpus_dir, target, source)) return Kind::CorpusFile;
  if (fs::is_regular_file(target, ec)) return Kind::OutsideFile;
  return Kind::DocumentId;
}

// What the output shows of the two sides.
struct View {
  const Corpus& two;
  const Corpus& original;
  std::vector<std::size_t> docs;  // original index of each document of `two`
  std::size_t old_count = 0;
  bool several_old = false, several_new = false;

  const Document& doc_of(std::size_t clause) const {
    return original.documents[docs[two.clauses[clause].doc]];
  }
  bool is_old(std::size_t clause) const { return two.clauses[clause].doc < old_count; }
  // The clause's id without its document when its side has one document.
  std::string label(std::size_t clause) const {
    const Clause& c = two.clauses[clause];
    bool several = is_old(clause) ? several_old : several_new;
    const std::string& doc = doc_of(clause).id;
    if (!several && c.id.size() > doc.size() + 1 && c.id.compare(0, doc.size() + 1, doc + "/") == 0)
      return c.id.substr(doc.size() + 1);
    return c.id;
  }
  std::string number(std::size_t clause) const {
    const Clause& c = two.clauses[clause];
    return c.number.empty() ? c.key : c.number;
  }
};

std::string describe(const Document& d) {
  std::string s = d.id + " (" + d.language + (d.date.empty() ? "" : ", " + d.date) + ")";
  if (!d.title.empty()) s += " " + d.title;
  return s;
}

std::string counts(const align::SideBySide& r) {
  return fmt::format("kept {}, changed {}, moved {}, merged {}, split {}, added {}, removed {}",
                     r.kept.size(), r.changed.size(), r.moved().size(), r.merged.size(),
                     r.split.size(), r.added.size(), r.removed.size());
}

std::string how_moved(const View& v, const align::ClausePair& p) {
  std::string how;
  if (p.renumbered)
    how += "renumbered " + v.number(p.old_clause) + " \xE2\x86\x92 " + v.number(p.new_clause);
  if (p.reordered) how += std::string(how.empty() ? "" : ", ") + "reordered";
  return how;
}

std::string change_line(const align::ClausePair& p) {
  std::string s(name(p.change));
  if (!p.facts.empty()) {
    s += ": ";
    for (std::size_t k = 0; k < p.facts.size(); ++k) s += (k ? "; " : "") + p.facts[k];
  }
  return s;
}

std::string as_text(const View& v, const align::SideBySide& r) {
  std::string out;
  for (std::size_t k = 0; k < v.docs.size(); ++k)
    out += (k < v.old_count ? "--- " : "+++ ") + describe(v.original.documents[v.docs[k]]) + "\n";
  out += counts(r) + "\n";
  const char* arrow = " \xE2\x86\x92 ";
  if (!r.kept.empty()) {
    out += "\n== kept\n";
    for (const auto& p : r.kept)
      out += v.label(p.old_clause) + arrow + v.label(p.new_clause) + "\n";
  }
  if (!r.changed.empty()) {
    out += "\n== changed\n";
    for (const auto& p : r.changed) {
      out += v.label(p.old_clause) + arrow + v.label(p.new_clause) + "  " + change_line(p) + "\n";
      if (!p.diff.empty())
        out += "    " + diff::render_plain(p.diff) + "\n";
      else
        out += "    - " + v.two.clauses[p.old_clause].text + "\n    + " +
               v.two.clauses[p.new_clause].text + "\n";
    }
  }
  if (auto moved = r.moved(); !moved.empty()) {
    out += "\n== moved\n";
    for (const auto* p : moved)
      out +=
          v.label(p->old_clause) + arrow + v.label(p->new_clause) + "  " + how_moved(v, *p) + "\n";
  }
  if (!r.merged.empty()) {
    out += "\n== merged\n";
    for (const auto& m : r.merged) {
      std::string olds;
      for (std::size_t k = 0; k < m.old_clauses.size(); ++k)
        olds += (k ? " + " : "") + v.label(m.old_clauses[k]);
      out +=
          olds + arrow + v.label(m.new_clause) + "\n    " + v.two.clauses[m.new_clause].text + "\n";
    }
  }
  if (!r.split.empty()) {
    out += "\n== split\n";
    for (const auto& s : r.split) {
      std::string news;
      for (std::size_t k = 0; k < s.new_clauses.size(); ++k)
        news += (k ? " + " : "") + v.label(s.new_clauses[k]);
      out +=
          v.label(s.old_clause) + arrow + news + "\n    " + v.two.clauses[s.old_clause].text + "\n";
    }
  }
  for (auto [title, list] : {std::pair{"added", &r.added}, {"removed", &r.removed}}) {
    if (list->empty()) continue;
    out += std::string("\n== ") + title + "\n";
    for (std::size_t c : *list) out += v.label(c) + "  " + v.two.clauses[c].text + "\n";
  }
  return out;
}

Json diff_json(const std::vector<WordOp>& ops) {
  Json a = Json::array();
  for (const auto& op : ops)
    a.push_back({{"op", op.kind == WordOp::Kind::Equal    ? "equal"
                        : op.kind == WordOp::Kind::Delete ? "delete"
                                                          : "insert"},
                 {"text", op.text}});
  return a;
}

std::string as_json(const View& v, const align::SideBySide& r) {
  Json j;
  j["schema"] = "clausetrack/diff/1";
  Json sides[2] = {Json::array(), Json::array()};
  for (std::size_t k = 0; k < v.docs.size(); ++k) {
    const Document& d = v.original.documents[v.docs[k]];
    sides[k < v.old_count ? 0 : 1].push_back(
        {{"id", d.id},
         {"source", d.source},
         {"language", d.language},
         {"date", d.date.empty() ? Json(nullptr) : Json(d.date)},
         {"title", d.title}});
  }
  j["old"] = sides[0];
  j["new"] = sides[1];
  j["summary"] = {{"kept", r.kept.size()},      {"changed", r.changed.size()},
                  {"moved", r.moved().size()},  {"merged", r.merged.size()},
                  {"split", r.split.size()},    {"added", r.added.size()},
                  {"removed", r.removed.size()}};
  auto id = [&](std::size_t c) { return v.two.clauses[c].id; };
  Json kept = Json::array();
  for (const auto& p : r.kept)
    kept.push_back({{"old", id(p.old_clause)}, {"new", id(p.new_clause)}});
  j["kept"] = kept;
  Json changed = Json::array();
  for (const auto& p : r.changed) {
    Json c;
    c["old"] = id(p.old_clause);
    c["new"] = id(p.new_clause);
    c["change"] = std::string(name(p.change));
    c["facts"] = p.facts;
    c["score"] = std::round(p.score * 1000.0) / 1000.0;
    c["old_text"] = v.two.clauses[p.old_clause].text;
    c["new_text"] = v.two.clauses[p.new_clause].text;
    if (!p.diff.empty()) c["diff"] = diff_json(p.diff);
    changed.push_back(c);
  }
  j["changed"] = changed;
  Json moved = Json::array();
  for (const auto* p : r.moved())
    moved.push_back({{"old", id(p->old_clause)},
                     {"new", id(p->new_clause)},
                     {"old_number", v.number(p->old_clause)},
                     {"new_number", v.number(p->new_clause)},
                     {"renumbered", p->renumbered},
                     {"reordered", p->reordered}});
  j["moved"] = moved;
  Json merged = Json::array();
  for (const auto& m : r.merged) {
    Json olds = Json::array();
    for (std::size_t c : m.old_clauses) olds.push_back(id(c));
    merged.push_back({{"new", id(m.new_clause)}, {"old", olds}});
  }
  j["merged"] = merged;
  Json split = Json::array();
  for (const auto& s : r.split) {
    Json news = Json::array();
    for (std::size_t c : s.new_clauses) news.push_back(id(c));
    split.push_back({{"old", id(s.old_clause)}, {"new", news}});
  }
  j["split"] = split;
  for (auto [key, list] : {std::pair{"added", &r.added}, {"removed", &r.removed}}) {
    Json a = Json::array();
    for (std::size_t c : *list) {
      const Clause& cl = v.two.clauses[c];
      a.push_back({{"clause", cl.id}, {"number", cl.number}, {"line", cl.line}, {"text", cl.text}});
    }
    j[key] = a;
  }
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string as_html(const View& v, const align::SideBySide& r) {
  auto esc = [](const std::string& s) { return report::html_escape(s); };
  const Document& first_new =
      v.original.documents[v.docs[v.old_count < v.docs.size() ? v.old_count : 0]];
  std::string h =
      "<!DOCTYPE html>\n<html lang=\"" + esc(first_new.language) +
      "\">\n<head>\n<meta charset=\"utf-8\">\n<title>clausetrack diff</title>\n<style>\n"
      "body{font:15px/1.5 sans-serif;max-width:60em;margin:1em auto;padding:0 1em}\n"
      "del{background:#fdd;text-decoration:line-through}\n"
      "ins{background:#dfd;text-decoration:underline}\n"
      "dt{font-weight:bold;margin-top:.6em}\n"
      "@media print{del,ins{background:none}}\n</style>\n</head>\n<body>\n<main>\n"
      "<h1>clausetrack diff</h1>\n<ul>\n";
  for (std::size_t k = 0; k < v.docs.size(); ++k)
    h += std::string("<li>") + (k < v.old_count ? "old: " : "new: ") +
         esc(describe(v.original.documents[v.docs[k]])) + "</li>\n";
  h += "</ul>\n<p>" + esc(counts(r)) + "</p>\n";
  auto pair_head = [&](std::size_t a, std::size_t b) {
    return esc(v.label(a)) + " \xE2\x86\x92 " + esc(v.label(b));
  };
  if (!r.kept.empty()) {
    h += "<h2>Kept</h2>\n<ul>\n";
    for (const auto& p : r.kept) h += "<li>" + pair_head(p.old_clause, p.new_clause) + "</li>\n";
    h += "</ul>\n";
  }
  if (!r.changed.empty()) {
    h += "<h2>Changed</h2>\n<dl>\n";
    for (const auto& p : r.changed) {
      h += "<dt>" + pair_head(p.old_clause, p.new_clause) + " — " + esc(change_line(p)) +
           "</dt>\n<dd>";
      if (!p.diff.empty())
        h += diff::render_html(p.diff, report::html_escape);
      else
        h += "<del>" + esc(v.two.clauses[p.old_clause].text) + "</del><br><ins>" +
             esc(v.two.clauses[p.new_clause].text) + "</ins>";
      h += "</dd>\n";
    }
    h += "</dl>\n";
  }
  if (auto moved = r.moved(); !moved.empty()) {
    h += "<h2>Moved</h2>\n<ul>\n";
    for (const auto* p : moved)
      h += "<li>" + pair_head(p->old_clause, p->new_clause) + " (" + esc(how_moved(v, *p)) +
           ")</li>\n";
    h += "</ul>\n";
  }
  if (!r.merged.empty()) {
    h += "<h2>Merged</h2>\n<dl>\n";
    for (const auto& m : r.merged) {
      std::string olds;
      for (std::size_t k = 0; k < m.old_clauses.size(); ++k)
        olds += (k ? " + " : "") + esc(v.label(m.old_clauses[k]));
      h += "<dt>" + olds + " \xE2\x86\x92 " + esc(v.label(m.new_clause)) + "</dt>\n<dd>" +
           esc(v.two.clauses[m.new_clause].text) + "</dd>\n";
    }
    h += "</dl>\n";
  }
  if (!r.split.empty()) {
    h += "<h2>Split</h2>\n<dl>\n";
    for (const auto& s : r.split) {
      std::string news;
      for (std::size_t k = 0; k < s.new_clauses.size(); ++k)
        news += (k ? " + " : "") + esc(v.label(s.new_clauses[k]));
      h += "<dt>" + esc(v.label(s.old_clause)) + " \xE2\x86\x92 " + news + "</dt>\n<dd>" +
           esc(v.two.clauses[s.old_clause].text) + "</dd>\n";
    }
    h += "</dl>\n";
  }
  for (auto [title, list, tag] :
       {std::tuple{"Added", &r.added, "ins"}, {"Removed", &r.removed, "del"}}) {
    if (list->empty()) continue;
    h += std::string("<h2>") + title + "</h2>\n<dl>\n";
    for (std::size_t c : *list)
      h += "<dt>" + esc(v.label(c)) + "</dt>\n<dd><" + tag + ">" + esc(v.two.clauses[c].text) +
           "</" + tag + "></dd>\n";
    h += "</dl>\n";
  }
  h += "</main>\n</body>\n</html>\n";
  return h;
}

}  // namespace

int run_diff(const Common& common, const DiffOptions& opt) {
  Rules rules = load_rules(common.rules);
  int jobs = jobs_of(common.jobs);
  std::string sources[2];
  Kind kinds[2] = {kind_of(common.corpus, opt.old_doc, sources[0]),
                   kind_of(common.corpus, opt.new_doc, sources[1])};
  const std::string* targets[2] = {&opt.old_doc, &opt.new_doc};

  Corpus corpus;
  std::error_code ec;
  if (kinds[0] != Kind::OutsideFile || kinds[1] != Kind::OutsideFile) {
    if (!fs::is_directory(common.corpus, ec)) {
      for (int k = 0; k < 2; ++k)
        if (kinds[k] == Kind::DocumentId) throw InputError("no such file or document", *targets[k]);
      throw InputError("corpus folder not found", common.corpus);
    }
    corpus = ingest::load_corpus(common.corpus, rules);
  }
  std::vector<std::size_t> sides[2];
  for (int k = 0; k < 2; ++k)
    if (kinds[k] == Kind::OutsideFile) {
      std::size_t first = ingest::add_file(corpus, *targets[k], rules);
      for (std::size_t d = first; d < corpus.documents.size(); ++d) sides[k].push_back(d);
    }
  pipeline::analyze(corpus, rules, jobs, pipeline::Depth::Extract);
  for (int k = 0; k < 2; ++k) {
    if (kinds[k] == Kind::OutsideFile) continue;
    sides[k] = find_documents(corpus, *targets[k], kinds[k] == Kind::CorpusFile ? sources[k] : "");
    if (kinds[k] == Kind::DocumentId)
      for (std::size_t d = 0; d < corpus.documents.size(); ++d)
        if (corpus.documents[d].parent == *targets[k]) sides[k].push_back(d);
    if (sides[k].empty())
      throw InputError("no such file, and no document with this id in the corpus", *targets[k]);
  }

  Corpus two = align::two_sides(corpus, sides[0], sides[1]);
  align::SideBySide result = align::compare_sides(two, rules, jobs);
  View view{two, corpus, {}, sides[0].size(), sides[0].size() > 1, sides[1].size() > 1};
  for (int k = 0; k < 2; ++k) view.docs.insert(view.docs.end(), sides[k].begin(), sides[k].end());

  if (opt.format == "json")
    emit(opt.output, as_json(view, result));
  else if (opt.format == "html")
    emit(opt.output, as_html(view, result));
  else
    emit(opt.output, as_text(view, result));
  return 0;
}

}  // namespace ct::cli

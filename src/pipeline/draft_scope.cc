// The documents a draft check analyses whole, and the others' openings.
#include "pipeline/draft_scope.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>

#include "pipeline/pipeline.h"

namespace ct::pipeline {

namespace {

// A document's opening: at most this many non-blank lines, and this many
// bytes, up to the first line as long as a paragraph of the body.
constexpr std::size_t kOpeningLines = 5;
constexpr std::size_t kOpeningBytes = 600;
constexpr std::size_t kParagraphLine = 160;

}  // namespace

std::vector<std::string> cited_symbols(const Corpus& corpus, const Rules& rules,
                                       const std::set<std::size_t>& drafts) {
  Corpus alone;
  alone.series = corpus.series;
  for (std::size_t i : drafts) alone.documents.push_back(corpus.documents[i]);
  analyze(alone, rules, 1, Depth::Extract);
  std::set<std::string> out;
  for (const Clause& c : alone.clauses)
    for (const Entity& e : c.entities)
      if (e.type == EntityType::Document && e.text.size() > 3) out.insert(e.text);
  return {out.begin(), out.end()};
}

DraftScope draft_scope(const Corpus& corpus, const std::set<std::string>& series,
                       const std::set<std::size_t>& drafts, std::size_t history,
                       const std::vector<std::string>& symbols) {
  // The newest `history` session keys (dates or sessions) of each series.
  std::map<std::string, std::set<std::string>> keys;
  for (const std::string& s : series) {
    std::vector<std::pair<std::string, std::string>> sessions;  // (date, key)
    for (std::size_t i = 0; i < corpus.documents.size(); ++i) {
      const Document& d = corpus.documents[i];
      if (d.series == s && !drafts.count(i))
        sessions.push_back({d.date, d.session.empty() ? d.date : d.session});
    }
    std::sort(sessions.begin(), sessions.end());
    std::set<std::string>& newest = keys[s];
    for (auto it = sessions.rbegin(); it != sessions.rend() && newest.size() < history; ++it)
      newest.insert(it->second);
  }
  // One pass of one automaton over each text for all the symbols.
  std::string alternation;
  for (const std::string& s : symbols)
    alternation += (alternation.empty() ? "" : "|") + RE2::QuoteMeta(s);
  // A symbol, not the start of a longer number ("S/2019/5" in "S/2019/50").
  RE2 cites(alternation.empty() ? "$^" : "(?:" + alternation + ")(?:[^0-9]|$)");

  DraftScope out;
  for (std::size_t i = 0; i < corpus.documents.size(); ++i) {
    const Document& d = corpus.documents[i];
    auto k = keys.find(d.series);
    if (drafts.count(i) ||
        (k != keys.end() && k->second.count(d.session.empty() ? d.date : d.session))) {
      out.aligned.push_back(i);
      continue;
    }
    std::string_view text = d.text ? d.text->view() : std::string_view();
    text = text.substr(std::min(d.begin, text.size()),
                       std::min(d.end, text.size()) - std::min(d.begin, text.size()));
    if (!alternation.empty() && RE2::PartialMatch(text, cites))
      out.whole.push_back(i);
    else
      out.opening_only.push_back(i);
  }
  return out;
}

void cut_to_opening(Document& d) {
  if (!d.text) return;
  std::string_view text = d.text->view();
  std::size_t at = std::min(d.begin, text.size()), end = std::min(d.end, text.size());
  std::size_t lines = 0;
  while (at < end && lines < kOpeningLines) {
    std::size_t eol = text.find('\n', at);
    eol = eol == std::string_view::npos || eol >= end ? end : eol + 1;
    if (lines > 0 && (eol - d.begin > kOpeningBytes || eol - at > kParagraphLine)) break;
    if (text.substr(at, eol - at).find_first_not_of(" \t\r\n") != std::string_view::npos) ++lines;
    at = eol;
  }
  d.whole_end = d.end;
  d.end = at;
}

}  // namespace ct::pipeline

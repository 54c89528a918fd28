// Building the search index and the anchor map of a split report.
#include "report/html_search.h"

#include <utf8proc.h>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "graph/ids.h"
#include "report/html_sections.h"
#include "report/json_text.h"
#include "report/text_direction.h"
#include "report/tracker_json.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace ct::report {

namespace {

bool is_han(char32_t c) {
  return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
}

bool is_word_char(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

std::string js_call(std::string_view fn, const Json& args) {
  std::string body = args.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  // The array of arguments, unwrapped: fn(a, b).
  return "ctSite." + std::string(fn) + "(" + body.substr(1, body.size() - 2) + ");\n";
}

std::size_t buckets_for(std::size_t bytes) {
  return std::max<std::size_t>(1, (bytes + kSearchBucketBytes - 1) / kSearchBucketBytes);
}

// Every anchor of the report with its page.
std::vector<std::pair<std::string, std::size_t>> anchor_list(const Corpus& corpus,
                                                             const ReportIndex& index,
                                                             const PageMap& pages,
                                                             const graph::Catalogue* catalogue) {
  std::vector<std::pair<std::string, std::size_t>> anchors;
  for (std::size_t c = 0; c < corpus.clauses.size(); ++c)
    if (index.has_anchor(c)) anchors.emplace_back(index.clause_anchor(c), pages.clause_page(c));
  for (std::size_t t = 0; t < corpus.threads.size(); ++t)
    anchors.emplace_back(graph::thread_anchor(corpus.threads[t].id), pages.thread_page(t));
  for (std::size_t d = 0; d < corpus.documents.size(); ++d)
    anchors.emplace_back(ReportIndex::document_anchor(corpus.documents[d].id),
                         pages.document_page(d));
  for (std::size_t f = 0; f < corpus.findings.size(); ++f)
    anchors.emplace_back(index.finding_anchor(f), pages.finding_page(f));
  for (std::size_t s = 0; s < corpus.series.size(); ++s) {
    std::vector<std::size_t> ps = pages.pages_of_series(s);
    if (ps.empty()) continue;
    for (const char* part : {"timeline", "lifecycle", "threads", "graph", "entities"})
      anchors.emplace_back(ReportIndex::series_anchor(part, corpus.series[s].id), ps.front());
  }
  if (catalogue)
    for (const graph::EntityNode& e : catalogue->entities) {
      std::size_t s = corpus.series.size();
      if (!e.life.empty() && e.life.main_life().series < corpus.series.size())
        s = e.life.main_life().series;
      anchors.emplace_back(graph::entity_anchor(e.id), pages.entity_page(s));
    }
  return anchors;
}

std::size_t anchor_buckets(const std::vector<std::pair<std::string, std::size_t>>& anchors) {
  std::size_t bytes = 0;
  for (const auto& a : anchors) bytes += a.first.size() + 8;
  return buckets_for(bytes);
}

}  // namespace

std::size_t anchor_bucket_count(const Corpus& corpus, const ReportIndex& index,
                                const PageMap& pages, const graph::Catalogue* catalogue) {
  return anchor_buckets(anchor_list(corpus, index, pages, catalogue));
}

namespace {

// Calls f(word) for each word of folded text, as search_words lists them.
template <typename F>
void for_each_search_word(std::string_view folded, F&& f) {
  std::size_t start = 0, end = 0;  // the word being read: [start, end)
  for (std::size_t i = 0; i < folded.size();) {
    std::size_t at = i;
    char32_t c = text::decode(folded, i);
    if (!is_word_char(c) || is_han(c)) {
      if (end > start) f(folded.substr(start, end - start));
      if (is_han(c)) f(folded.substr(at, i - at));
      start = end = i;
      continue;
    }
    end = i;
  }
  if (end > start) f(folded.substr(start, end - start));
}

// Lookup by string_view in the postings, without a string per word.
struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace

std::vector<std::string> search_words(std::string_view text) {
  std::vector<std::string> out;
  for_each_search_word(text::fold(text), [&out](std::string_view w) { out.emplace_back(w); });
  return out;
}

SearchShape write_search_index(const Corpus& corpus, const ReportIndex& index, const PageMap& pages,
                               const graph::Catalogue* catalogue, const ReportSink& sink) {
  SearchShape shape;
  Templates unused;
  HtmlInputs no_inputs;
  ReportContext cx{corpus, no_inputs, index, unused, pages, 0};

  // Every page, with what it shows.
  Json list = Json::array();
  for (std::size_t p = 0; p < pages.size(); ++p)
    list.push_back(Json::array({pages.page(p).file, page_label(cx, p)}));
  sink("search/pages.js", js_call("pages", Json::array({list})));

  // Postings.
  std::unordered_map<std::string, std::vector<std::uint32_t>, WordHash, std::equal_to<>> postings;
  std::size_t bytes = 0;
  for (std::size_t c = 0; c < corpus.clauses.size(); ++c) {
    // A word said twice in the clause is already listed (its list ends with c).
    for_each_search_word(text::fold(corpus.clauses[c].text), [&](std::string_view w) {
      auto it = postings.find(w);
      if (it == postings.end()) it = postings.emplace(std::string(w), 0).first;
      auto& list_of_w = it->second;
      if (!list_of_w.empty() && list_of_w.back() == c) return;
      if (list_of_w.empty()) bytes += w.size() + 6;
      bytes += 4;
      list_of_w.push_back(static_cast<std::uint32_t>(c));
    });
  }
  shape.word_buckets = buckets_for(bytes);
  // Buckets in word order, so the files are the same from run to run.
  std::vector<std::map<std::string, const std::vector<std::uint32_t>*>> buckets(shape.word_buckets);
  for (const auto& [w, l] : postings) buckets[fnv1a32(w) % shape.word_buckets][w] = &l;
  // Written by hand: millions of small numbers as Json values cost a second.
  for (std::size_t b = 0; b < buckets.size(); ++b) {
    std::string js = "ctSite.words(" + std::to_string(b) + ",{";
    bool first = true;
    for (const auto& [w, l] : buckets[b]) {
      if (!first) js += ',';
      first = false;
      append_json_string(js, w);
      js += ":[";
      std::uint32_t prev = 0;
      for (std::size_t i = 0; i < l->size(); ++i) {
        if (i) js += ',';
        js += std::to_string((*l)[i] - prev);
        prev = (*l)[i];
      }
      js += ']';
    }
    js += "});\n";
    sink("search/w-" + std::to_string(b) + ".js", std::move(js));
  }
  postings.clear();

  // Clause texts, in chunks.
  std::map<std::string, std::string> directions;
  for (std::size_t k = 0; k * shape.chunk < corpus.clauses.size(); ++k) {
    std::string js = "ctSite.texts(" + std::to_string(k) + ",[";
    for (std::size_t c = k * shape.chunk;
         c < std::min(corpus.clauses.size(), (k + 1) * shape.chunk); ++c) {
      const Clause& clause = corpus.clauses[c];
      const Document& doc = corpus.documents[clause.doc];
      std::string anchor =
          index.has_anchor(c) ? index.clause_anchor(c) : ReportIndex::document_anchor(doc.id);
      std::string label = doc.id + " \u00B7 " + date_or_undated(doc.date) + " \u00B7 " +
                          (clause.number.empty() ? clause.key : "\u00A7\u00A0" + clause.number);
      if (c > k * shape.chunk) js += ',';
      // ICU's answer once per language, not per clause.
      auto known = directions.find(doc.language);
      if (known == directions.end())
        known = directions.emplace(doc.language, text_direction(doc.language)).first;
      const std::string& direction = known->second;
      js += '[';
      js += std::to_string(pages.clause_page(c));
      for (std::string_view field :
           {std::string_view(anchor), std::string_view(label), std::string_view(clause.text),
            std::string_view(doc.language), std::string_view(direction)}) {
        js += ',';
        append_json_string(js, field);
      }
      js += ']';
    }
    js += "]);\n";
    sink("search/c-" + std::to_string(k) + ".js", std::move(js));
  }

  // Where each anchor lives.
  std::vector<std::pair<std::string, std::size_t>> anchors =
      anchor_list(corpus, index, pages, catalogue);
  shape.anchor_buckets = anchor_buckets(anchors);
  std::vector<std::map<std::string, std::size_t>> abuckets(shape.anchor_buckets);
  for (auto& [a, p] : anchors) abuckets[fnv1a32(a) % shape.anchor_buckets][a] = p;
  for (std::size_t b = 0; b < abuckets.size(); ++b) {
    std::string js = "ctSite.anchors(" + std::to_string(b) + ",{";
    for (const auto& [a, p] : abuckets[b]) {
      if (js.back() != '{') js += ',';
      append_json_string(js, a);
      js += ':';
      js += std::to_string(p);
    }
    js += "});\n";
    sink("search/a-" + std::to_string(b) + ".js", std::move(js));
  }
  return shape;
}

}  // namespace ct::report

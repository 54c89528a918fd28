// Pieces of template data several report sections share, and the filter bar.
#include <algorithm>
#include <set>

#include "graph/ids.h"
#include "report/assets.h"
#include "report/html_sections.h"
#include "report/text_direction.h"

namespace ct::report {

Data opt(std::string text) {
  return text.empty() ? Data(false) : Data(std::move(text));
}

void set_head(Data& page, std::string_view css, bool own_scripts) {
  page["version"] = Data(std::string(CT_VERSION));
  page["css"] = Data(std::string(css));
  page["script_src"] = Data(own_scripts ? "'self' 'unsafe-inline'" : "'unsafe-inline'");
  page["head"] = Data(kainjow::mustache::partial([] { return std::string(asset("head.html")); }));
}

Data label_data(const Label& l) {
  Data d;
  d["symbol"] = Data(std::string(l.symbol));
  d["text"] = Data(std::string(l.text));
  d["css"] = Data(std::string(l.css));
  return d;
}

Data document_data(const ReportContext& cx, std::size_t doc) {
  const Document& d = cx.corpus.documents[doc];
  Data out;
  out["id"] = Data(d.id);
  out["href"] = Data(document_href(cx, doc));
  out["anchor"] = Data(ReportIndex::document_anchor(d.id));
  out["date"] = Data(date_or_undated(d.date));
  out["datetime"] = Data(d.date);
  out["language"] = opt(d.language);
  out["dir"] = Data(text_direction(d.language));
  out["place"] = opt(d.place);
  out["title"] = Data(d.title.empty() ? d.id : d.title);
  out["source"] = Data(d.source);
  out["kind"] = opt(d.kind);
  out["line"] = Data(std::to_string(d.line));
  out["clauses"] = Data(plural(d.clause_count, "clause"));
  return out;
}

Data location_data(const ReportContext& cx, const Location& where) {
  Data out;
  std::string text = where.file.empty() ? where.doc : where.file;
  if (where.line > 0) text += ":" + std::to_string(where.line);
  if (where.line > 0 && where.column > 0) text += ":" + std::to_string(where.column);
  out["text"] = Data(text);
  std::string href = location_href(cx, where);
  out["href"] = Data(href);
  out["linked"] = Data(!href.empty());
  out["clause"] = opt(where.clause);
  out["message"] = opt(where.message);
  return out;
}

std::string location_href(const ReportContext& cx, const Location& where) {
  if (std::size_t c = cx.index.clause(where.clause); c != ReportIndex::npos)
    return clause_href(cx, c);
  if (std::size_t d = cx.index.document(where.doc); d != ReportIndex::npos)
    return document_href(cx, d);
  return {};
}

std::string clause_href(const ReportContext& cx, std::size_t clause) {
  if (!cx.index.has_anchor(clause)) return document_href(cx, cx.corpus.clauses[clause].doc);
  return cx.pages.href(cx.page, cx.pages.clause_page(clause), cx.index.clause_anchor(clause));
}

std::string document_href(const ReportContext& cx, std::size_t doc) {
  return cx.pages.href(cx.page, cx.pages.document_page(doc),
                       ReportIndex::document_anchor(cx.corpus.documents[doc].id));
}

std::string thread_href(const ReportContext& cx, std::size_t thread) {
  std::string anchor = graph::thread_anchor(cx.corpus.threads[thread].id);
  if (cx.pages.thread_on(thread, cx.page)) return "#" + anchor;
  return cx.pages.href(cx.page, cx.pages.thread_page(thread), anchor);
}

std::string finding_href(const ReportContext& cx, std::size_t finding) {
  return cx.pages.href(cx.page, cx.pages.finding_page(finding), cx.index.finding_anchor(finding));
}

std::string page_range(const ReportContext& cx, std::size_t page) {
  const Page& p = cx.pages.page(page);
  std::string from, to;
  if (p.loose) {
    from = cx.corpus.documents[cx.pages.loose_document(p.first)].date;
    to = cx.corpus.documents[cx.pages.loose_document(p.last - 1)].date;
  } else if (p.series != ReportIndex::npos && p.last > p.first) {
    const Series& s = cx.corpus.series[p.series];
    from = s.sessions[p.first].date;
    to = s.sessions[p.last - 1].date;
  }
  if (from == to) return date_or_undated(from);
  return date_or_undated(from) + " \u2013 " + date_or_undated(to);
}

std::string page_label(const ReportContext& cx, std::size_t page) {
  const Page& p = cx.pages.page(page);
  if (p.index) return "Index";
  std::string title =
      p.loose ? std::string("Outside any series") : series_title(cx.corpus.series[p.series]);
  if (p.parts == 1) return title;
  return title + ", " + page_range(cx, page);
}

std::string plural(std::size_t n, std::string_view noun, std::string_view many) {
  if (n == 1) return "1 " + std::string(noun);
  return std::to_string(n) + " " + (many.empty() ? std::string(noun) + "s" : std::string(many));
}

std::string series_title(const Series& s) {
  return s.title.empty() ? s.id : s.title;
}

std::string date_or_undated(const std::string& date) {
  return date.empty() ? "undated" : date;
}

std::string languages(const Corpus& corpus, const std::vector<std::size_t>& docs) {
  std::set<std::string> langs;
  for (std::size_t d : docs)
    if (!corpus.documents[d].language.empty()) langs.insert(corpus.documents[d].language);
  std::string out;
  for (const auto& l : langs) out += (out.empty() ? "" : " ") + l;
  return out;
}

std::vector<std::string> strand_letters(const Series& s) {
  std::vector<std::string> out(s.sessions.size());
  std::vector<int> order;  // strands by their first session
  for (std::size_t k = 0; k < s.sessions.size(); ++k) {
    const int st = s.sessions[k].strand;
    if (st < 0) continue;
    auto it = std::find(order.begin(), order.end(), st);
    if (it == order.end()) it = order.insert(order.end(), st);
    out[k] = strand_letter(std::size_t(it - order.begin()));
  }
  return out;
}

std::string strand_letter(std::size_t n) {
  std::string letters;  // as spreadsheet columns: A..Z, AA..; built backwards
  for (++n; n > 0; n = (n - 1) / 26) letters += char('A' + (n - 1) % 26);
  std::reverse(letters.begin(), letters.end());
  return letters;
}

std::size_t strand_count(const std::vector<std::string>& letters) {
  std::set<std::string_view> named;
  for (const std::string& l : letters)
    if (!l.empty()) named.insert(l);
  return named.size();
}

std::string strand_span(std::size_t count) {
  if (count < 2) return strand_letter(0);
  return "A " + std::string(count == 2 ? "and " : "to ") + strand_letter(count - 1);
}

bool has_strands(const Series& s) {
  return std::any_of(s.sessions.begin(), s.sessions.end(),
                     [](const Session& k) { return k.strand >= 0 || k.partial; });
}

std::string page_css(bool strands) {
  std::string css(asset("report.css"));
  if (strands) css += asset("strands.css");
  return css;
}

Data filters_data(const ReportContext& cx) {
  Data d;
  std::vector<Data> series;
  for (const Series& s : cx.corpus.series) {
    Data o;
    o["value"] = Data(s.id);
    o["text"] = Data(series_title(s));
    series.push_back(std::move(o));
  }
  d["series"] = list_of(std::move(series));
  d["site_page"] = Data(false);  // html_site.cc: a series page of a split report
  d["filters"] =
      Data(kainjow::mustache::partial([] { return std::string(asset("filters.html")); }));

  auto choices = [](auto first, auto last) {
    std::vector<Data> out;
    for (auto v = first;; v = static_cast<decltype(v)>(static_cast<int>(v) + 1)) {
      Label l = label(v);
      Data o;
      o["value"] = Data(std::string(l.text));
      o["text"] = Data(std::string(l.symbol) + " " + std::string(l.text));
      out.push_back(std::move(o));
      if (v == last) break;
    }
    return list_of(std::move(out));
  };
  d["statuses"] = choices(Status::Persistent, Status::Intermittent);
  d["changes"] = choices(Change::First, Change::Reappeared);
  // Most severe first.
  std::vector<Data> sev;
  for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
    Label l = label(s);
    Data o;
    o["value"] = Data(std::string(l.text));
    o["text"] = Data(std::string(l.symbol) + " " + std::string(l.text));
    sev.push_back(std::move(o));
  }
  d["severities"] = list_of(std::move(sev));
  return d;
}

}  // namespace ct::report

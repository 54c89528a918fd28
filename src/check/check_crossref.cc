// Cross-document checks that read what the corpus knows (knowledge.h):
// ref.resolution-year: a resolution cited with a year other than the one of
// the document of the corpus that is that resolution, or, when the corpus
// does not hold it, than the year more other documents cite it with
// (reported where the slip begins in a series, not in the later versions
// that carry it over);
// ref.report-date: one report symbol cited with two dates, or one report
// (author and date) cited with two symbols in one series;
// date.mandate-end: a mandate extended to a date not after the adoption
// date, or not after the end the previous document of the series extended
// the same thing to; date.meeting-backwards: across a series in date order, a
// document's own meeting number, or resolution number, out of order (off the
// longest chain of documents whose numbers rise with their dates: a wrong
// meeting number, or a wrong adoption date, of a draft).
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "check/families.h"
#include "check/knowledge.h"

namespace ct::check {

namespace {

// Citing documents of each value, in first-seen order of the value.
template <typename T>
using Votes = std::map<T, std::set<std::size_t>>;

// The value most documents give, when at least `min` give it and strictly
// more than give any other value; else nullopt.
template <typename T>
std::optional<T> majority(const Votes<T>& votes, std::size_t min) {
  std::optional<T> best;
  std::size_t n = 0, second = 0;
  for (const auto& [v, docs] : votes) {
    if (docs.size() > n) {
      second = n;
      n = docs.size();
      best = v;
    } else if (docs.size() > second) {
      second = docs.size();
    }
  }
  if (!best || n < min || n == second) return std::nullopt;
  return best;
}

Location at_fact(const Corpus& corpus, const FindingSink& sink, const FactSource& s) {
  const Clause& c = corpus.clauses[s.clause];
  return s.entity ? sink.at(c, *s.entity) : sink.at(c);
}

// Each document's place in its series (date order), for what it carries over.
std::vector<std::size_t> places(const Corpus& corpus) {
  std::vector<std::size_t> out(corpus.documents.size(), 0);
  for (const Series& s : corpus.series)
    for (std::size_t i = 0; i < s.documents.size(); ++i) out[s.documents[i]] = i;
  return out;
}

// Whether document `doc` carries over `evidence` from an earlier document of
// its series in its language (`first`: where each series|language|evidence
// first shows); a slip is reported where it begins, not in every later
// version that repeats it. Items of a compilation carry nothing.
bool carried(const Corpus& corpus, const std::vector<std::size_t>& place,
             const std::map<std::string, std::size_t>& first, std::size_t doc,
             const std::string& evidence) {
  const Document& d = corpus.documents[doc];
  if (!d.parent.empty()) return false;
  auto it = first.find(d.series + "|" + d.language + "|" + evidence);
  return it != first.end() && it->second < place[doc];
}

void note_first(const Corpus& corpus, const std::vector<std::size_t>& place,
                std::map<std::string, std::size_t>& first, std::size_t doc,
                const std::string& evidence) {
  const Document& d = corpus.documents[doc];
  auto [it, fresh] = first.emplace(d.series + "|" + d.language + "|" + evidence, place[doc]);
  if (!fresh) it->second = std::min(it->second, place[doc]);
}

void resolution_year(const Corpus& corpus, const Knowledge& k, FindingSink& sink,
                     const RuleConfig& rule) {
  const std::size_t min_sources = static_cast<std::size_t>(rule.number("min_sources", 2));
  const std::vector<std::size_t> place = places(corpus);
  std::map<std::string, std::size_t> first;
  for (const auto& [key, cites] : k.resolutions)
    for (const ResolutionCitation& r : cites)
      note_first(corpus, place, first, r.doc, fmt::format("{}|{}", key, r.year));
  for (const auto& [key, cites] : k.resolutions) {
    // The corpus's own document of the resolution: one year, confirmed by
    // its adoption date when it has one.
    std::set<int> held;
    const DocumentFacts* holder = nullptr;
    if (auto h = k.holders.find(key); h != k.holders.end())
      for (std::size_t i : h->second) {
        const DocumentFacts& f = k.documents[i];
        if (!f.year) continue;
        if (f.adopted.size() >= 4 && std::stoi(f.adopted.substr(0, 4)) != f.year) continue;
        held.insert(f.year);
        holder = &f;
      }
    if (held.size() > 1) continue;
    Votes<int> votes;
    for (const ResolutionCitation& r : cites) votes[r.year].insert(r.doc);
    if (holder) {
      for (const ResolutionCitation& r : cites) {
        if (r.year == holder->year ||
            carried(corpus, place, first, r.doc, fmt::format("{}|{}", key, r.year)))
          continue;
        Location rel = at_fact(corpus, sink, *holder->symbol_at);
        rel.message = fmt::format(
            "{} is {}", corpus.documents[corpus.clauses[holder->symbol_at->clause].doc].id,
            holder->symbol);
        sink.add("ref.resolution-year", at_fact(corpus, sink, r.at),
                 fmt::format("'{}' cites resolution {} of {}, but the corpus holds {}, of {}",
                             r.at.entity->text, key, r.year, holder->symbol, holder->year),
                 fmt::format("{}|{}|{}", key, r.year, holder->year), {rel});
      }
      continue;
    }
    auto best = majority(votes, min_sources);
    if (!best) continue;
    for (const ResolutionCitation& r : cites) {
      if (r.year == *best ||
          carried(corpus, place, first, r.doc, fmt::format("{}|{}", key, r.year)))
        continue;
      std::vector<Location> rel;
      std::set<std::size_t> seen;
      for (const ResolutionCitation& o : cites)
        if (o.year == *best && seen.insert(o.doc).second && rel.size() < 3) {
          Location l = at_fact(corpus, sink, o.at);
          l.message =
              fmt::format("{} cites it as '{}'", corpus.documents[o.doc].id, o.at.entity->text);
          rel.push_back(l);
        }
      sink.add("ref.resolution-year", at_fact(corpus, sink, r.at),
               fmt::format("'{}' cites resolution {} of {}, but {} other documents cite it of {}",
                           r.at.entity->text, key, r.year, votes.at(*best).size(), *best),
               fmt::format("{}|{}|{}", key, r.year, *best), std::move(rel));
    }
  }
}

// "S/2012/355" of "S/2012/355/Add.1": the base document.
std::string base_symbol(const std::string& s) {
  auto at = s.find("/Add.");
  for (const char* suffix : {"/Rev.", "/Corr."}) at = std::min(at, s.find(suffix));
  return at == std::string::npos ? s : s.substr(0, at);
}

void report_date(const Corpus& corpus, const Knowledge& k, FindingSink& sink,
                 const RuleConfig& rule) {
  const std::size_t min_sources = static_cast<std::size_t>(rule.number("min_sources", 2));
  auto where = [&](const ReportCitation& r) {
    return sink.at(corpus.clauses[r.clause], *r.report);
  };
  // One symbol, two dates.
  std::map<std::string, std::vector<const ReportCitation*>> by_symbol;
  for (const ReportCitation& r : k.reports)
    if (!r.symbol.empty()) by_symbol[r.symbol].push_back(&r);
  for (const auto& [symbol, cites] : by_symbol) {
    Votes<std::string> votes;
    for (const ReportCitation* r : cites) votes[r->date].insert(r->doc);
    if (votes.size() < 2) continue;
    auto best = majority(votes, min_sources);
    // No majority (one text against one): the earliest citing text stands,
    // nearer the report; a later text that dates it otherwise is the slip.
    // Only citations that print the symbol right after the date ("of 17
    // February 2021 (S/2021/113)") are weighed so: in lists of symbols and
    // dates the pairing is not sure enough for one text to outweigh another.
    // A part of a document (its symbol one level deeper: an addendum, a
    // revision) is often cited with its parent's date: not weighed so either.
    auto tight = [](const ReportCitation& r) {
      return r.document && r.report && r.document->begin >= r.report->end &&
             r.document->begin - r.report->end <= 3 &&
             std::count(r.symbol.begin(), r.symbol.end(), '/') <= 2;
    };
    const std::string* since = nullptr;  // the earliest citing text's date
    if (!best) {
      const ReportCitation* first = nullptr;
      for (const ReportCitation* r : cites)
        if (!first || corpus.documents[r->doc].date < corpus.documents[first->doc].date) first = r;
      if (!tight(*first)) continue;
      best = first->date;
      since = &corpus.documents[first->doc].date;
    }
    for (const ReportCitation* r : cites) {
      if (r->date == *best || (since && !(*since < corpus.documents[r->doc].date))) continue;
      if (since && !tight(*r)) continue;
      std::vector<Location> rel;
      std::set<std::size_t> seen;
      for (const ReportCitation* o : cites)
        if (o->date == *best && seen.insert(o->doc).second && rel.size() < 3) {
          Location l = where(*o);
          l.message =
              fmt::format("{} dates {} '{}'", corpus.documents[o->doc].id, symbol, o->report->text);
          rel.push_back(l);
        }
      sink.add("ref.report-date", where(*r),
               fmt::format("{} cited as of {} ('{}'), but {} other document{} date{} it {}", symbol,
                           r->date, r->report->text, votes.at(*best).size(),
                           votes.at(*best).size() == 1 ? "" : "s",
                           votes.at(*best).size() == 1 ? "s" : "", *best),
               fmt::format("{}|{}|{}", symbol, r->date, *best), std::move(rel));
    }
  }
  // One report (author and date), two symbols, within a series.
  std::map<std::string, std::vector<const ReportCitation*>> by_report;
  for (const ReportCitation& r : k.reports)
    if (!r.symbol.empty() && !r.author.empty())
      by_report[corpus.documents[r.doc].series + "|" + r.author + "@" + r.date].push_back(&r);
  for (const auto& [report, cites] : by_report) {
    Votes<std::string> votes;
    for (const ReportCitation* r : cites) votes[base_symbol(r->symbol)].insert(r->doc);
    if (votes.size() < 2) continue;
    auto best = majority(votes, min_sources);
    if (!best) continue;
    for (const ReportCitation* r : cites) {
      std::string base = base_symbol(r->symbol);
      if (base == *best) continue;
      // A symbol other documents also give for another date is another report.
      if (by_symbol.at(r->symbol).size() > 1) continue;
      std::vector<Location> rel;
      std::set<std::size_t> seen;
      for (const ReportCitation* o : cites)
        if (base_symbol(o->symbol) == *best && seen.insert(o->doc).second && rel.size() < 3) {
          Location l = sink.at(corpus.clauses[o->clause], *o->document);
          l.message = fmt::format("{} gives {}", corpus.documents[o->doc].id, o->symbol);
          rel.push_back(l);
        }
      sink.add("ref.report-date", sink.at(corpus.clauses[r->clause], *r->document),
               fmt::format("report of {} cited as {}, but {} other documents give {}",
                           r->report->text, r->symbol, votes.at(*best).size(), *best),
               fmt::format("{}|{}|{}", report, r->symbol, *best), std::move(rel));
    }
  }
}

// Whole months from one ISO day to another (rounded to the nearest month).
int months(const std::string& from, const std::string& to) {
  int m = (std::stoi(to.substr(0, 4)) - std::stoi(from.substr(0, 4))) * 12 +
          std::stoi(to.substr(5, 2)) - std::stoi(from.substr(5, 2));
  int days = std::stoi(to.substr(8, 2)) - std::stoi(from.substr(8, 2));
  return m + (days >= 15 ? 1 : days <= -15 ? -1 : 0);
}

void mandate_end(const Corpus& corpus, const Knowledge& k, FindingSink& sink) {
  // The extensions of each document.
  std::map<std::size_t, std::vector<const Extension*>> of_doc;
  for (const Extension& x : k.extensions) of_doc[x.doc].push_back(&x);
  auto loc = [&](const Extension& x) { return sink.at(corpus.clauses[x.clause], *x.date); };
  for (const auto& [doc, xs] : of_doc) {
    const DocumentFacts& f = k.documents[doc];
    for (const Extension* x : xs) {
      if (f.adopted.empty() || x->end > f.adopted) continue;
      std::vector<Location> rel;
      if (f.adopted_at) {
        Location l = at_fact(corpus, sink, *f.adopted_at);
        l.message = fmt::format("adopted on {}", f.adopted);
        rel.push_back(l);
      }
      sink.add("date.mandate-end", loc(*x),
               fmt::format("extended until {} ('{}'), not after the adoption date {}", x->end,
                           x->date->text, f.adopted),
               fmt::format("adoption|{}|{}", x->end, x->object), std::move(rel));
    }
  }
  for (const Series& s : corpus.series) {
    // The latest end each object was extended to in earlier documents, by
    // object words and by thread.
    struct Last {
      const Extension* x = nullptr;
      std::string date;
    };
    std::map<std::string, Last> by_object;
    struct Period {
      const Extension *x, *prev;
      int months;
    };
    std::vector<Period> periods;
    std::map<std::size_t, Last> by_thread;
    std::size_t i = 0;
    while (i < s.documents.size()) {
      // Documents of one date are compared with earlier dates only.
      std::size_t j = i;
      const std::string date = corpus.documents[s.documents[i]].date;
      while (j < s.documents.size() && corpus.documents[s.documents[j]].date == date) ++j;
      for (std::size_t n = i; n < j; ++n) {
        auto it = of_doc.find(s.documents[n]);
        if (it == of_doc.end()) continue;
        for (const Extension* x : it->second) {
          const Last* prev = nullptr;
          if (!x->object.empty()) {
            if (auto o = by_object.find(x->object); o != by_object.end()) prev = &o->second;
          } else if (auto t = k.thread_of.find(x->clause); t != k.thread_of.end()) {
            if (auto p = by_thread.find(t->second); p != by_thread.end()) prev = &p->second;
          }
          if (prev && x->end > prev->x->end)
            periods.push_back({x, prev->x, months(prev->x->end, x->end)});
          if (!prev || x->end > prev->x->end) continue;
          const DocumentFacts& f = k.documents[x->doc];
          if (!f.adopted.empty() && x->end <= f.adopted) continue;  // reported above
          Location l = loc(*prev->x);
          l.message = fmt::format("{} extended it until {}", corpus.documents[prev->x->doc].id,
                                  prev->x->end);
          sink.add("date.mandate-end", loc(*x),
                   fmt::format("extended until {} ('{}'), not after {}, the end {} gave", x->end,
                               x->date->text, prev->x->end, corpus.documents[prev->x->doc].id),
                   fmt::format("previous|{}|{}|{}", x->end, prev->x->end, x->object), {l});
        }
      }
      for (std::size_t n = i; n < j; ++n) {
        auto it = of_doc.find(s.documents[n]);
        if (it == of_doc.end()) continue;
        for (const Extension* x : it->second) {
          if (!x->object.empty()) {
            Last& o = by_object[x->object];
            if (!o.x || x->end > o.x->end) o.x = x;
          }
          if (auto t = k.thread_of.find(x->clause); t != k.thread_of.end()) {
            Last& o = by_thread[t->second];
            if (!o.x || x->end > o.x->end) o.x = x;
          }
        }
      }
      i = j;
    }
    // The series' usual period: the one most extensions run, when at least
    // min_samples do and they are min_share of all.
    const RuleConfig* usual = sink.active("date.mandate-period");
    if (!usual || periods.empty()) continue;
    std::map<int, std::size_t> count;
    for (const Period& p : periods) ++count[p.months];
    auto mode = std::max_element(count.begin(), count.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    if (mode->second < static_cast<std::size_t>(usual->number("min_samples", 3)) ||
        static_cast<double>(mode->second) < usual->number("min_share", 0.6) * periods.size())
      continue;
    for (const Period& p : periods) {
      // Over twice the usual: an extension in between was not matched, not a long period.
      if (p.months == mode->first || p.months > 2 * mode->first) continue;
      Location l = loc(*p.prev);
      l.message =
          fmt::format("{} extended it until {}", corpus.documents[p.prev->doc].id, p.prev->end);
      sink.add(
          "date.mandate-period", loc(*p.x),
          fmt::format("extended by {} months (until {}), where the series usually extends by {} "
                      "({} of {} extensions)",
                      p.months, p.x->end, mode->first, mode->second, periods.size()),
          fmt::format("{}|{}|{}", p.x->object, p.x->end, p.months), {l});
    }
  }
}

// Whether a document's date can order it: a whole document (not an item of
// a compilation) whose date's year is its symbol's (a placeholder date, "1
// January 0001", cannot).
bool dated(const DocumentFacts& f, const Document& d) {
  if (!d.parent.empty() || !iso_day(d.date)) return false;
  return !f.year || std::stoi(d.date.substr(0, 4)) == f.year;
}

// The documents out of order in `seq` (document index, number), which is in
// date order: those not on every longest chain whose numbers rise with the
// dates (documents of one date may come in any order). Of two documents
// swapped, either may be the wrong one: both are out.
std::vector<std::size_t> out_of_order(const Corpus& corpus,
                                      const std::vector<std::pair<std::size_t, long>>& seq) {
  const std::size_t n = seq.size();
  auto fits = [&](std::size_t a, std::size_t b) {
    return seq[a].second < seq[b].second ||
           corpus.documents[seq[a].first].date == corpus.documents[seq[b].first].date;
  };
  // The longest chain ending at and starting at each document.
  std::vector<std::size_t> ending(n, 1), starting(n, 1);
  for (std::size_t j = 0; j < n; ++j)
    for (std::size_t i = 0; i < j; ++i)
      if (fits(i, j)) ending[j] = std::max(ending[j], ending[i] + 1);
  for (std::size_t j = n; j-- > 0;)
    for (std::size_t i = j + 1; i < n; ++i)
      if (fits(j, i)) starting[j] = std::max(starting[j], starting[i] + 1);
  std::size_t longest = 0;
  for (std::size_t j = 0; j < n; ++j) longest = std::max(longest, ending[j] + starting[j] - 1);
  // A document on every longest chain is the only one on them at its place.
  std::map<std::size_t, std::size_t> at_place;
  for (std::size_t j = 0; j < n; ++j)
    if (ending[j] + starting[j] - 1 == longest) ++at_place[ending[j]];
  std::vector<std::size_t> out;
  for (std::size_t j = 0; j < n; ++j)
    if (ending[j] + starting[j] - 1 < longest || at_place[ending[j]] > 1) out.push_back(j);
  return out;
}

void meeting_backwards(const Corpus& corpus, const Knowledge& k, FindingSink& sink) {
  auto stem = [](const DocumentFacts& f) {
    std::string st = f.key;
    std::erase_if(st, [](char ch) { return ch >= '0' && ch <= '9'; });
    return st;
  };
  for (const Series& s : corpus.series) {
    // Meetings, and resolution numbers by symbol stem, in date order.
    std::vector<std::pair<std::size_t, long>> meetings;
    std::map<std::string, std::vector<std::pair<std::size_t, long>>> numbers;
    for (std::size_t i : s.documents) {
      const DocumentFacts& f = k.documents[i];
      if (!dated(f, corpus.documents[i])) continue;
      if (f.meeting && f.meeting_at) meetings.push_back({i, f.meeting});
      if (f.number && f.symbol_at) numbers[stem(f)].push_back({i, f.number});
    }
    auto report = [&](std::vector<std::pair<std::size_t, long>> seq, bool meeting) {
      // Documents of one date in the order of their numbers: their order in
      // the series says nothing, and a chain must not pass from an earlier
      // date through a high number to a low one of the same day.
      std::stable_sort(seq.begin(), seq.end(), [&](const auto& a, const auto& b) {
        const std::string &da = corpus.documents[a.first].date,
                          &db = corpus.documents[b.first].date;
        return da != db ? da < db : a.second < b.second;
      });
      for (std::size_t j : out_of_order(corpus, seq)) {
        const auto [doc, value] = seq[j];
        const Document& d = corpus.documents[doc];
        // The evidence: the nearest document it contradicts, earlier or later.
        std::size_t other = seq.size();
        for (std::size_t i = j; i-- > 0 && other == seq.size();)
          if (seq[i].second > value && corpus.documents[seq[i].first].date != d.date) other = i;
        for (std::size_t i = j + 1; i < seq.size() && other == seq.size(); ++i)
          if (seq[i].second < value && corpus.documents[seq[i].first].date != d.date) other = i;
        if (other == seq.size()) continue;
        const Document& o = corpus.documents[seq[other].first];
        const DocumentFacts& f = k.documents[doc];
        const DocumentFacts& of = k.documents[seq[other].first];
        const char* when = other < j ? "earlier" : "later";
        Location rel = at_fact(corpus, sink, meeting ? *of.meeting_at : *of.symbol_at);
        rel.message = meeting ? fmt::format("{}, dated {}, was adopted at meeting {}", o.id, o.date,
                                            of.meeting)
                              : fmt::format("{} is dated {}", of.symbol, o.date);
        if (meeting)
          sink.add("date.meeting-backwards", at_fact(corpus, sink, *f.meeting_at),
                   fmt::format("meeting {} of a document dated {} is out of order: {}, dated {} "
                               "({}), was adopted at meeting {}",
                               value, d.date, o.id, when, o.date, of.meeting),
                   fmt::format("meeting|{}|{}", value, of.meeting), {rel});
        else
          sink.add("date.meeting-backwards", at_fact(corpus, sink, *f.symbol_at),
                   fmt::format("{}, dated {}, is out of order: {} is dated {} ({})", f.symbol,
                               d.date, of.symbol, when, o.date),
                   fmt::format("number|{}|{}", f.symbol, of.symbol), {rel});
      }
    };
    report(meetings, true);
    for (const auto& [st, seq] : numbers) report(seq, false);
  }
}

}  // namespace

void check_crossref(const Corpus& corpus, const Rules& rules, const Knowledge& knowledge,
                    FindingSink& sink) {
  if (const RuleConfig* r = sink.active("ref.resolution-year"))
    resolution_year(corpus, knowledge, sink, *r);
  if (const RuleConfig* r = sink.active("ref.report-date"))
    report_date(corpus, knowledge, sink, *r);
  if (sink.active("date.mandate-end") || sink.active("date.mandate-period"))
    mandate_end(corpus, knowledge, sink);
  if (sink.active("date.meeting-backwards")) meeting_backwards(corpus, knowledge, sink);
}

}  // namespace ct::check

// date.meeting-mismatch: a recalled meeting (an entity `meeting`, BODY@DATE)
// whose date is a few days off the record of that meeting (the document that
// reports it: its own date and the meeting it says it is), or whose place
// disagrees with it, or, for a meeting the corpus has no document of, whose
// date is a few days off the date more other documents' lists give it; date.meeting-order: a list
// of meetings out of chronological order; date.before-meeting: a document dated before a meeting it
// recalls as held.
#include <fmt/format.h>

#include <chrono>
#include <map>
#include <optional>

#include "check/families.h"
#include "check/knowledge.h"
#include "check/lead_words.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace ct::check {

namespace {

struct Record {
  std::string date, place;
  const Document* doc = nullptr;
  Location where;
};

// The ISO form of a day (the keys of meeting_lists).
std::string iso(std::chrono::sys_days day) {
  std::chrono::year_month_day ymd(day);
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

std::string attr(const Entity& e, const std::string& k) {
  auto it = e.attrs.find(k);
  return it == e.attrs.end() ? std::string() : it->second;
}

// The meetings the corpus records: each document reporting its own meeting
// (series body, document date and place), by body.
std::map<std::string, std::vector<Record>> meeting_record(const Corpus& corpus,
                                                          const FindingSink& sink) {
  std::map<std::string, std::vector<Record>> out;
  for (const Series& s : corpus.series) {
    if (s.body.empty()) continue;
    for (std::size_t i : s.documents) {
      const Document& d = corpus.documents[i];
      if (!d.parent.empty() || !iso_day(d.date)) continue;
      // Does the document report its own meeting on its date?
      bool self = false;
      Location where = sink.at_line(d, d.line);
      for (std::size_t k = d.first_clause; k < d.first_clause + d.clause_count && !self; ++k)
        for (const Entity& e : corpus.clauses[k].entities)
          if (e.type == EntityType::Meeting && attr(e, "self") == "true" &&
              attr(e, "body") == s.body && attr(e, "date") == d.date) {
            self = true;
            where = sink.at(corpus.clauses[k], e);
            break;
          }
      if (!self) continue;
      out[s.body].push_back({d.date, d.place, &d, where});
    }
  }
  return out;
}

// Documents recalling each meeting date, by body (not counting a document's
// own meeting): what the lists of the corpus say.
using Lists = std::map<std::string,
                       std::map<std::string, std::vector<std::pair<const Clause*, const Entity*>>>>;
Lists meeting_lists(const Corpus& corpus) {
  Lists out;
  for (const Clause& c : corpus.clauses)
    for (const Entity& e : c.entities) {
      if (e.type != EntityType::Meeting || attr(e, "self") == "true") continue;
      std::string body = attr(e, "body");
      if (body.empty() || body == "?" || !iso_day(attr(e, "date"))) continue;
      auto& mentions = out[body][attr(e, "date")];
      bool seen = false;
      for (const auto& [other, oe] : mentions) seen = seen || other->doc == c.doc;
      if (!seen) mentions.push_back({&c, &e});
    }
  return out;
}

}  // namespace

void check_meetings(const Corpus& corpus, const Rules&, FindingSink& sink) {
  const RuleConfig* mismatch = sink.active("date.meeting-mismatch");
  auto record = meeting_record(corpus, sink);
  const Lists lists = meeting_lists(corpus);
  std::size_t min_lists = mismatch ? static_cast<std::size_t>(mismatch->number("min_lists", 2)) : 2;
  long max_days = mismatch ? static_cast<long>(mismatch->number("max_days", 7)) : 7;
  const RuleConfig* before = sink.active("date.before-meeting");
  // A date the words before it make a deadline or a schedule: planned.
  auto planned = [before, &corpus](const Clause& c, const Entity& e) {
    return before && lead_matches(c, e.begin, 80, false,
                                  before->patterns_for("planned", corpus.document_of(c).language));
  };
  for (const Clause& c : corpus.clauses) {
    const Document& d = corpus.document_of(c);
    auto doc_day = iso_day(d.date);
    std::vector<std::pair<std::chrono::sys_days, const Entity*>> listed;
    std::string list_body;
    for (const Entity& e : c.entities) {
      if (e.type != EntityType::Meeting || attr(e, "self") == "true") continue;
      std::string body = attr(e, "body");
      auto day = iso_day(attr(e, "date"));
      if (!day || body.empty() || body == "?") continue;
      if (list_body.empty() || list_body == body) {
        list_body = body;
        listed.push_back({*day, &e});
      }
      if (doc_day && *day > *doc_day && !planned(c, e))
        sink.add("date.before-meeting", sink.at(c, e),
                 fmt::format("document dated {} recalls a meeting of {} held on {}", d.date, body,
                             attr(e, "date")),
                 e.value);
      auto rec = record.find(body);
      bool recorded = false;
      if (rec != record.end())
        for (const Record& r : rec->second) {
          auto rd = iso_day(r.date);
          recorded = recorded || std::labs(static_cast<long>((*rd - *day).count())) <= max_days;
        }
      if (!recorded) {
        // No document of the meeting: the other documents' lists decide. A
        // date that more of them (at least min_lists) give a few days away.
        auto b = lists.find(body);
        const auto& here = b->second.at(attr(e, "date"));
        // Only the dates within max_days: ISO dates sort as days do.
        auto from = b->second.lower_bound(iso(*day - std::chrono::days(max_days)));
        auto to = b->second.upper_bound(iso(*day + std::chrono::days(max_days)));
        for (auto it = from; it != to; ++it) {
          const auto& [date, mentions] = *it;
          auto od = iso_day(date);
          long gap = std::labs(static_cast<long>((*od - *day).count()));
          if (gap == 0 || gap > max_days || mentions.size() < min_lists ||
              mentions.size() <= here.size())
            continue;
          std::vector<Location> rel;
          std::string docs;
          for (const auto& [oc, oe] : mentions) {
            Location l = sink.at(*oc, *oe);
            l.message = fmt::format("{} lists it as '{}'", corpus.document_of(*oc).id, oe->text);
            rel.push_back(l);
            docs += (docs.empty() ? "" : ", ") + corpus.document_of(*oc).id;
          }
          sink.add("date.meeting-mismatch", sink.at(c, e),
                   fmt::format("meeting of {} recalled as '{}' ({}), but {} other documents' lists "
                               "give {} ({})",
                               body, e.text, attr(e, "date"), mentions.size(), date, docs),
                   e.value + "|lists|" + date, std::move(rel));
          break;
        }
        continue;
      }
      const Record* exact = nullptr;
      const Record* near = nullptr;
      long near_gap = 0;
      for (const Record& r : rec->second) {
        if (r.doc == &d) continue;
        auto rd = iso_day(r.date);
        long gap = std::labs(static_cast<long>((*rd - *day).count()));
        if (gap == 0)
          exact = &r;
        else if (gap <= max_days && (!near || gap < near_gap)) {
          near = &r;
          near_gap = gap;
        }
      }
      if (exact) {
        std::string place = attr(e, "place");
        if (!place.empty() && !exact->place.empty() &&
            text::fold(place) != text::fold(exact->place)) {
          Location rel = exact->where;
          rel.message = fmt::format("{} reports the meeting in {}", exact->doc->id, exact->place);
          sink.add("date.meeting-mismatch", sink.at(c, e),
                   fmt::format("meeting of {} on {} recalled in {}, but its own document {} "
                               "says it was held in {}",
                               body, attr(e, "date"), place, exact->doc->id, exact->place),
                   e.value + "|place|" + text::fold(place), {rel});
        }
      } else if (near) {
        Location rel = near->where;
        rel.message = fmt::format("{} reports the meeting on {}", near->doc->id, near->date);
        sink.add("date.meeting-mismatch", sink.at(c, e),
                 fmt::format("meeting of {} recalled as '{}' ({}), but its own document {} "
                             "is dated {}",
                             body, e.text, attr(e, "date"), near->doc->id, near->date),
                 e.value + "|" + near->date, {rel});
      }
    }
    if (listed.size() >= 3)
      for (std::size_t i = 1; i < listed.size(); ++i)
        if (listed[i].first < listed[i - 1].first) {
          Location prev = sink.at(c, *listed[i - 1].second);
          prev.message = fmt::format("listed before: '{}'", listed[i - 1].second->text);
          sink.add("date.meeting-order", sink.at(c, *listed[i].second),
                   fmt::format("list of meetings out of chronological order: '{}' comes "
                               "after '{}'",
                               listed[i].second->text, listed[i - 1].second->text),
                   listed[i].second->value + "|" + listed[i - 1].second->value, {prev});
        }
  }
}

}  // namespace ct::check

// date.missing-day / missing-month / missing-year / impossible / ambiguous:
// the qualities extract found in each date (Entity::flags), and text.spacing
// for a date written with a spacing slip ("23,2025").
#include <fmt/format.h>

#include "check/families.h"

namespace ct::check {

namespace {

// A document's own meeting with a full date in the same month, to show next
// to a date that lacks its day ("the title says 25 septembre 2019").
std::vector<Location> full_date_nearby(const Corpus& corpus, const FindingSink& sink,
                                       const Document& d, const Entity& partial) {
  std::vector<Location> out;
  for (std::size_t k = d.first_clause; k < d.first_clause + d.clause_count; ++k) {
    const Clause& c = corpus.clauses[k];
    for (const Entity& e : c.entities)
      if (e.type == EntityType::Date && e.value.size() == 10 &&
          e.value.rfind(partial.value, 0) == 0) {
        Location l = sink.at(c, e);
        l.message = fmt::format("the document also says '{}'", e.text);
        out.push_back(l);
        return out;
      }
  }
  return out;
}

}  // namespace

void check_dates(const Corpus& corpus, const Rules& rules, FindingSink& sink) {
  for (const Clause& c : corpus.clauses) {
    const Document& d = corpus.document_of(c);
    for (const Entity& e : c.entities) {
      if (e.type != EntityType::Date && e.type != EntityType::DateRange) continue;
      std::string ev = e.value + "|" + e.text;
      if (e.has_flag("missing-day"))
        sink.add("date.missing-day", sink.at(c, e), fmt::format("date has no day: '{}'", e.text),
                 ev, full_date_nearby(corpus, sink, d, e));
      else if (e.has_flag("missing-month"))
        sink.add("date.missing-month", sink.at(c, e),
                 fmt::format("date has no month: '{}'", e.text), ev);
      else if (e.has_flag("partial") && e.value.rfind("--", 0) == 0)
        sink.add("date.missing-year", sink.at(c, e), fmt::format("date has no year: '{}'", e.text),
                 ev);
      const auto& dates = rules.extract.dates;
      if (e.has_flag("year-range"))
        sink.add("date.impossible", sink.at(c, e),
                 fmt::format("impossible date: '{}': its year is outside {}-{}", e.text,
                             dates.min_full_year, dates.max_full_year),
                 ev);
      else if (e.has_flag("impossible"))
        sink.add("date.impossible", sink.at(c, e),
                 fmt::format("impossible date: '{}' does not exist", e.text), ev);
      if (e.has_flag("ambiguous"))
        sink.add("date.ambiguous", sink.at(c, e),
                 fmt::format("numeric date '{}' is ambiguous: read as {} ({} order of {})", e.text,
                             e.value, rules.extract.dates.order_for(d.language),
                             d.language.empty() ? "the default" : d.language),
                 ev);
      if (e.has_flag("spacing"))
        sink.add("text.spacing", sink.at(c, e),
                 fmt::format("spacing slip in the date '{}'", e.text), ev);
    }
  }
}

}  // namespace ct::check

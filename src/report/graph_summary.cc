// Text summary of threads and entity changes per series: the entities the
// newest session has that the one before it of its strand had not, and
// the reverse.
#include "report/graph_summary.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>

#include "model/reading.h"

namespace ct::report {

namespace {

// "    type: a, b, c" wrapped at 100 columns.
void list_by_type(std::string& out, const std::vector<const graph::EntityNode*>& entities) {
  // Types in the order a reader looks for them.
  std::map<int, std::pair<EntityType, std::vector<std::string>>> by_type;
  for (const auto* e : entities) {
    auto& [type, values] = by_type[reading_rank(e->type)];
    type = e->type;
    values.push_back(e->value);
  }
  for (const auto& [rank, typed] : by_type) {
    const auto& [type, values] = typed;
    std::string line = "    " + std::string(name(type)) + ": ";
    const std::size_t indent = line.size();
    bool first = true;
    for (const std::string& v : values) {
      std::string item = first ? v : ", " + v;
      if (!first && line.size() + item.size() > 100) {
        out += line + ",\n";
        line = std::string(indent, ' ') + v;
      } else {
        line += item;
      }
      first = false;
    }
    out += line + "\n";
  }
}

}  // namespace

std::string graph_summary(const Corpus& corpus, const graph::PersistenceGraph& g) {
  std::string out;
  for (std::size_t s = 0; s < corpus.series.size(); ++s) {
    const Series& series = corpus.series[s];
    const std::size_t n = series.sessions.size();
    if (n == 0) continue;
    auto key = [&](std::size_t k) {
      const std::string& key = series.sessions[k].key;
      return key.empty() ? std::string("(undated)") : key;
    };
    out += fmt::format("series {}: {} session{}, newest {}\n", series.id, n, n == 1 ? "" : "s",
                       key(n - 1));

    // Threads of what the documents say; their furniture counted apart.
    std::array<int, 5> counts{};
    int furniture = 0;
    std::vector<std::size_t> leading;
    for (std::size_t t = 0; t < g.catalogue->threads.size(); ++t)
      if (const graph::SeriesLife* l = g.catalogue->threads[t].in_series(s)) {
        if (is_furniture(corpus, corpus.threads[t])) {
          ++furniture;
          continue;
        }
        ++counts[static_cast<int>(l->status)];
        if (reading_rank(corpus, corpus.threads[t]) < 2) leading.push_back(t);
      }
    out += fmt::format(
        "  threads: {} persistent, {} modified, {} dropped, {} new, {} intermittent\n",
        counts[static_cast<int>(Status::Persistent)], counts[static_cast<int>(Status::Modified)],
        counts[static_cast<int>(Status::Dropped)], counts[static_cast<int>(Status::New)],
        counts[static_cast<int>(Status::Intermittent)]);
    if (furniture > 0)
      out += fmt::format("  furniture (symbols, titles, dates, headings, signatures): {} threads\n",
                         furniture);
    // The demands a reader follows first: persistent ones that changed, then dropped ones.
    sort_for_reading(corpus, leading);
    constexpr std::size_t kLeading = 5;
    if (!leading.empty())
      out += fmt::format("  changed or dropped first ({} of {}):\n",
                         std::min(leading.size(), kLeading), leading.size());
    for (std::size_t k = 0; k < leading.size() && k < kLeading; ++k) {
      const Thread& t = corpus.threads[leading[k]];
      out += fmt::format("    {} [{}] {}\n", t.id, name(t.status), t.label);
    }
    if (n < 2) continue;

    // The newest session against the one before it of its own strand
    // (align/strands.h): another text of the agenda item in between says
    // nothing of what the newest kept or left out.
    std::size_t prior = n - 2;
    if (const int strand = series.sessions[n - 1].strand; strand >= 0)
      for (std::size_t k = n - 1; k-- > 0;)
        if (series.sessions[k].strand == strand) {
          prior = k;
          break;
        }
    const std::string newest = key(n - 1), before = key(prior);
    std::vector<const graph::EntityNode*> appeared, gone;
    for (const graph::EntityNode& e : g.catalogue->entities) {
      const graph::SeriesLife* l = e.life.in_series(s);
      if (!l) continue;
      bool now = std::binary_search(l->present.begin(), l->present.end(), n - 1);
      bool then = std::binary_search(l->present.begin(), l->present.end(), prior);
      if (now && !then) appeared.push_back(&e);
      if (then && !now) gone.push_back(&e);
    }
    out += fmt::format("  entities new in {} (not in {}): {}\n", newest, before, appeared.size());
    list_by_type(out, appeared);
    out += fmt::format("  entities gone from {} (in {}): {}\n", newest, before, gone.size());
    list_by_type(out, gone);
  }
  return out;
}

}  // namespace ct::report

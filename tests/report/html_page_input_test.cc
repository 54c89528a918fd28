// What a series page is made from (html_page_input.h), as the key of the
// pages track keeps: a page whose bytes change must have a changed input,
// or the cache would give back the old page. The shipped corpus (with its
// findings, entities and a drawing per series whose links name threads and
// entities) is split into many pages; then, one at a time, a field of a
// document, clause, thread, member, finding, series, session (its strand
// too), entity or of the drawings is changed, and every page made again is compared with the
// page made before: different bytes with an equal input fail the test.
#include "report/html_page_input.h"

#include <catch2/catch.hpp>
#include <functional>
#include <map>

#include "check/check.h"
#include "graph/ids.h"
#include "graph/persistence_graph.h"
#include "pipeline/pipeline.h"
#include "report/html_sections.h"
#include "support/test_support.h"

using namespace ct;

namespace {

// What the pages are made from.
struct Model {
  Corpus corpus;
  graph::Catalogue catalogue;
  report::HtmlInputs inputs;  // its catalogue is set by pages()
};

// Each series page: its input and its bytes, by file.
struct Made {
  std::string input, html;
};

std::map<std::string, Made> pages(Model& model, std::size_t budget) {
  model.inputs.catalogue = &model.catalogue;
  const Corpus& corpus = model.corpus;
  report::ReportIndex index(corpus);
  report::PageMap map = report::PageMap::split(corpus, index, &model.catalogue, budget);
  report::SearchShape shape;
  shape.anchor_buckets = report::anchor_bucket_count(corpus, index, map, &model.catalogue);
  report::PageInputs inputs(corpus, model.inputs, index, map);
  std::map<std::string, Made> out;
  for (std::size_t p = 1; p < map.size(); ++p)
    out[map.page(p).file] = {inputs.of(p, shape),
                             report::series_page(corpus, model.inputs, index, map, p, shape)};
  return out;
}

// A drawing of each series that links, as Graphviz's do, to some of the
// threads and entities: some of them listed on other pages.
void draw(Model& model) {
  std::size_t k = 0;
  for (const Series& s : model.corpus.series) {
    std::string svg = "<svg><title>" + s.id + "</title>";
    for (std::size_t i = 0; i < 6 && !model.corpus.threads.empty(); ++i, k += 7) {
      const Thread& t = model.corpus.threads[k % model.corpus.threads.size()];
      svg += "<a href=\"#" + graph::thread_anchor(t.id) + "\"><text>" + t.id + "</text></a>";
    }
    for (std::size_t i = 0; i < 3 && !model.catalogue.entities.empty(); ++i, k += 11) {
      const graph::EntityNode& e = model.catalogue.entities[k % model.catalogue.entities.size()];
      svg += "<a href=\"#" + graph::entity_anchor(e.id) + "\"><text>e</text></a>";
    }
    model.inputs.series_svg[s.id] = svg + "</svg>";
  }
  model.inputs.graph_note_common = "Graph files are per series.";
}

struct Mutation {
  std::string what;
  std::function<std::size_t(const Model&)> count;   // items of its kind
  std::function<void(Model&, std::size_t)> change;  // changes item i
};

std::vector<Mutation> mutations() {
  auto documents = [](const Model& m) { return m.corpus.documents.size(); };
  auto clauses = [](const Model& m) { return m.corpus.clauses.size(); };
  auto threads = [](const Model& m) { return m.corpus.threads.size(); };
  auto findings = [](const Model& m) { return m.corpus.findings.size(); };
  auto series = [](const Model& m) { return m.corpus.series.size(); };
  auto entities = [](const Model& m) { return m.catalogue.entities.size(); };
  // A thread's member i: the members of all threads counted in order.
  auto members = [](const Model& m) {
    std::size_t n = 0;
    for (const Thread& t : m.corpus.threads) n += t.members.size();
    return n;
  };
  auto member = [](Model& m, std::size_t i) -> ThreadMember& {
    for (Thread& t : m.corpus.threads) {
      if (i < t.members.size()) return t.members[i];
      i -= t.members.size();
    }
    throw std::logic_error("no such member");
  };
  auto session = [](Model& m, std::size_t i) -> Session& {
    for (Series& s : m.corpus.series) {
      if (i < s.sessions.size()) return s.sessions[i];
      i -= s.sessions.size();
    }
    throw std::logic_error("no such session");
  };
  auto sessions = [](const Model& m) {
    std::size_t n = 0;
    for (const Series& s : m.corpus.series) n += s.sessions.size();
    return n;
  };
  auto doc = [](auto field) {
    return [field](Model& m, std::size_t i) { field(m.corpus.documents[i]); };
  };
  auto clause = [](auto field) {
    return [field](Model& m, std::size_t i) { field(m.corpus.clauses[i]); };
  };
  auto thread = [](auto field) {
    return [field](Model& m, std::size_t i) { field(m.corpus.threads[i]); };
  };
  auto finding = [](auto field) {
    return [field](Model& m, std::size_t i) { field(m.corpus.findings[i]); };
  };
  auto entity = [](auto field) {
    return [field](Model& m, std::size_t i) { field(m.catalogue.entities[i]); };
  };
  return {
      {"document id", documents, doc([](Document& d) { d.id += "x"; })},
      {"document title", documents, doc([](Document& d) { d.title += " (revised)"; })},
      {"document date", documents, doc([](Document& d) { d.date = "1999-01-01"; })},
      {"document place", documents, doc([](Document& d) { d.place += " City"; })},
      {"document language", documents, doc([](Document& d) { d.language = "ar"; })},
      {"document source", documents, doc([](Document& d) { d.source += ".bak"; })},
      {"document kind", documents, doc([](Document& d) { d.kind = "report"; })},
      {"document line", documents, doc([](Document& d) { d.line += 3; })},
      {"document clause count", documents, doc([](Document& d) { d.clause_count += 1; })},
      {"clause text", clauses, clause([](Clause& c) { c.text += " and more"; })},
      {"clause number", clauses, clause([](Clause& c) { c.number += "bis"; })},
      {"clause key", clauses, clause([](Clause& c) { c.key += "0"; })},
      {"clause id", clauses, clause([](Clause& c) { c.id += "x"; })},
      {"clause role", clauses, clause([](Clause& c) { c.role = Role::Heading; })},
      {"clause lines", clauses, clause([](Clause& c) { c.end_line += 2; })},
      {"clause action", clauses, clause([](Clause& c) { c.action = "urge"; })},
      {"clause lead", clauses, clause([](Clause& c) { c.lead = "Urges"; })},
      {"thread label", threads, thread([](Thread& t) { t.label += " (renamed)"; })},
      {"thread id", threads, thread([](Thread& t) { t.id += "z"; })},
      {"thread status", threads, thread([](Thread& t) { t.status = Status::Intermittent; })},
      {"thread series", threads, thread([](Thread& t) { t.series = "elsewhere"; })},
      {"thread loses its last member", threads, thread([](Thread& t) {
         if (t.members.size() > 1) t.members.pop_back();
       })},
      {"member change", members,
       [member](Model& m, std::size_t i) { member(m, i).change = Change::Reappeared; }},
      {"member word diff", members,
       [member](Model& m, std::size_t i) {
         member(m, i).diff.push_back({WordOp::Kind::Insert, " inserted"});
       }},
      {"member facts", members,
       [member](Model& m, std::size_t i) { member(m, i).facts.push_back("date 2024 → 2025"); }},
      {"member compared with another clause", members,
       [member](Model& m, std::size_t i) {
         ThreadMember& x = member(m, i);
         x.against = (x.clause + 1) % m.corpus.clauses.size();
       }},
      {"member moved to another clause", members,
       [member](Model& m, std::size_t i) {
         ThreadMember& x = member(m, i);
         x.clause = (x.clause + 3) % m.corpus.clauses.size();
       }},
      {"member score (not shown)", members,
       [member](Model& m, std::size_t i) { member(m, i).score += 0.25; }},
      {"finding message", findings, finding([](Finding& f) { f.message += "!"; })},
      {"finding severity", findings, finding([](Finding& f) { f.severity = Severity::Error; })},
      {"finding rule", findings, finding([](Finding& f) { f.rule += ".x"; })},
      {"finding line", findings, finding([](Finding& f) { f.where.line += 1; })},
      {"finding fingerprint", findings, finding([](Finding& f) { f.fingerprint = "00000000ff"; })},
      {"finding clause", findings,
       [](Model& m, std::size_t i) {
         m.corpus.findings[i].where.clause = m.corpus.clauses[(i * 7) % m.corpus.clauses.size()].id;
       }},
      {"finding related", findings,
       [](Model& m, std::size_t i) {
         Location l;
         l.doc = m.corpus.documents[i % m.corpus.documents.size()].id;
         l.line = 4;
         m.corpus.findings[i].related.push_back(l);
       }},
      {"series title", series,
       [](Model& m, std::size_t i) { m.corpus.series[i].title += " (new title)"; }},
      {"session date", sessions,
       [session](Model& m, std::size_t i) { session(m, i).date += "-01"; }},
      {"session key", sessions, [session](Model& m, std::size_t i) { session(m, i).key += "b"; }},
      // Strands (align/strands.h): the letters, which sessions a thread is
      // measured against (its matrix cells, the timeline's counts), the style.
      {"session strand", sessions,
       [session](Model& m, std::size_t i) { session(m, i).strand = 1; }},
      {"series in two strands", series,
       [](Model& m, std::size_t i) {
         auto& sessions = m.corpus.series[i].sessions;
         for (std::size_t k = 0; k < sessions.size(); ++k) sessions[k].strand = int(k % 2);
       }},
      {"entity value", entities, entity([](graph::EntityNode& e) { e.value += "1"; })},
      {"entity texts", entities, entity([](graph::EntityNode& e) { e.texts.push_back("form"); })},
      {"entity status", entities,
       entity([](graph::EntityNode& e) { e.life.status = Status::Dropped; })},
      {"entity mentions", entities, entity([](graph::EntityNode& e) {
         if (!e.mentions.empty()) e.mentions.push_back(e.mentions.front());
       })},
      {"entity last document", entities,
       entity([](graph::EntityNode& e) { e.life.last_doc = e.life.first_doc; })},
      {"drawing", series,
       [](Model& m, std::size_t i) {
         m.inputs.series_svg[m.corpus.series[i].id] += "<!-- redrawn -->";
       }},
      {"drawing too large", series,
       [](Model& m, std::size_t i) {
         m.inputs.series_undrawn[m.corpus.series[i].id] = "too large";
       }},
      {"drawing in a file", series,
       [](Model& m, std::size_t i) {
         m.inputs.series_svg_file[m.corpus.series[i].id] = "graph-x.svg";
       }},
      {"common graph note", series,
       [](Model& m, std::size_t) { m.inputs.graph_note_common = "Another note."; }},
  };
}

}  // namespace

TEST_CASE("a series page whose bytes change has a changed input", "[report][site][cache]") {
  Model base;
  base.corpus =
      pipeline::load(ct::test::corpus_dir(), ct::test::rules(), 2, pipeline::Depth::Align);
  base.corpus.findings = check::run_checks(base.corpus, ct::test::rules());
  // As track makes the report: the clauses' tokens freed.
  for (Clause& c : base.corpus.clauses) std::vector<Token>().swap(c.tokens);
  base.catalogue = *graph::build_graph(base.corpus).catalogue;
  REQUIRE(base.corpus.series.size() >= 2);
  REQUIRE(!base.corpus.findings.empty());
  REQUIRE(!base.catalogue.entities.empty());
  draw(base);

  // Every session on a page of its own, and pages of several sessions.
  for (std::size_t budget : {std::size_t{1}, std::size_t{150'000}}) {
    Model model = base;
    const auto before = pages(model, budget);
    REQUIRE(before.size() > base.corpus.series.size());
    // The same model gives the same inputs and pages.
    {
      Model again = base;
      const auto same = pages(again, budget);
      REQUIRE(same.size() == before.size());
      for (const auto& [file, made] : before) {
        CHECK(same.at(file).input == made.input);
        CHECK(same.at(file).html == made.html);
      }
    }
    std::size_t visible = 0;  // changes that changed a page
    for (const Mutation& mutation : mutations()) {
      const std::size_t n = mutation.count(base);
      if (n == 0) continue;
      // Items spread over the corpus: its first, its last and some between.
      for (std::size_t k = 0; k < 5; ++k) {
        const std::size_t i = k * (n - 1) / 4;
        Model changed = base;
        mutation.change(changed, i);
        const auto after = pages(changed, budget);
        bool seen = false;
        for (const auto& [file, made] : after) {
          const auto old = before.find(file);
          if (old == before.end() || old->second.html == made.html) continue;
          seen = true;
          INFO(mutation.what << " (item " << i << ", budget " << budget << "): " << file);
          CHECK(old->second.input != made.input);
        }
        visible += seen;
      }
    }
    // The changes are seen on the pages (the test compares something).
    CHECK(visible > 100);
  }
}

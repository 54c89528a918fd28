// clausetrack's entry point: parses the command line (CLI11), runs the
// command, and turns every InputError into one located line on stderr and
// exit code 2.
#include <CLI/CLI.hpp>
#include <iostream>

#include "model/error.h"
#include "pipeline/commands.h"

namespace {

constexpr long kMaxJobs = 1024;

void add_common(CLI::App* app, ct::pipeline::Common& c, bool with_jobs = true) {
  app->add_option("--corpus", c.corpus, "corpus folder (default: corpus)");
  app->add_option("--rules", c.rules,
                  "rules folder (default: ./rules, else the rules installed with clausetrack)");
  if (with_jobs)
    app->add_option("--jobs,-j", c.jobs, "worker threads, 0 to 1024 (default 0: all cores)")
        ->check(CLI::Validator(
            [](std::string& value) -> std::string {
              std::size_t used = 0;
              long n = -1;
              try {
                n = std::stol(value, &used);
              } catch (const std::exception&) {
                used = 0;
              }
              if (used == value.size() && n >= 0 && n <= kMaxJobs) return "";
              return "'" + value + "' is not a number of workers from 0 to " +
                     std::to_string(kMaxJobs) + " (0: one per core)";
            },
            "0.." + std::to_string(kMaxJobs)));
}

bool is_command(CLI::App& app, const std::string& name) {
  for (const CLI::App* sub : app.get_subcommands({}))
    if (sub->get_name() == name) return true;
  return false;
}

// The commands, for the message about an unknown one.
std::string command_list(CLI::App& app) {
  std::string list;
  for (const CLI::App* sub : app.get_subcommands({}))
    list += (list.empty() ? "" : ", ") + sub->get_name();
  return list;
}

int usage_error(const std::string& what) {
  std::cerr << "clausetrack: error: " << what << "\nRun 'clausetrack --help' for usage.\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"clausetrack: track how recurring diplomatic texts change from session to session"};
  app.set_version_flag("--version", std::string("clausetrack ") + CT_VERSION);
  app.require_subcommand(1);

  ct::pipeline::Common common;
  auto fail_on = CLI::IsMember({"error", "warning", "info", "never"});

  ct::pipeline::TrackRequest track;
  auto* t = app.add_subcommand("track", "analyse the whole corpus and write the reports");
  add_common(t, common);
  t->add_option("--out", track.out, "output folder (default: reports)");
  t->add_flag("--quiet,-q", track.quiet, "print no summary");
  t->add_flag("--graph-full", track.graph_full,
              "write graph.dot and graph.graphml of the whole corpus even when it is large "
              "(by default a large corpus gets one pair per series in graphs/)");
  auto* cache_opt =
      t->add_option("--cache", track.cache,
                    "analysis cache folder, kept across runs (default: OUT/.clausetrack-cache)");
  t->add_flag("--no-cache", track.no_cache, "analyse every document, read and write no cache")
      ->excludes(cache_opt);
  t->add_option("--fail-on", track.fail_on, "exit 1 on findings at or above this severity")
      ->check(fail_on);

  ct::pipeline::CheckRequest check;
  auto* c = app.add_subcommand("check", "check the corpus, or drafts against the corpus");
  add_common(c, common);
  c->add_option("drafts", check.drafts,
                "draft files to check as the newest documents of their series");
  c->add_option("--format", check.format, "text|json|sarif|github")
      ->check(CLI::IsMember({"text", "json", "sarif", "github"}));
  c->add_option("--fail-on", check.fail_on, "error|warning|info|never")->check(fail_on);
  c->add_option("--baseline", check.baseline, "findings.json of accepted findings to suppress");
  c->add_option("-o,--output", check.output, "write to FILE instead of stdout");
  c->add_option("--series", check.series, "series of the drafts (detected when not given)");

  ct::pipeline::DiffRequest diff;
  auto* d = app.add_subcommand("diff", "align and compare two documents (files or ids)");
  add_common(d, common);
  d->add_option("old", diff.old_doc, "older document: file or document id")->required();
  d->add_option("new", diff.new_doc, "newer document: file or document id")->required();
  d->add_option("--format", diff.format, "text|json|html|docx")
      ->check(CLI::IsMember({"text", "json", "html", "docx"}));
  d->add_option("-o,--output", diff.output, "write to FILE instead of stdout");
  d->add_option("--author", diff.author,
                "docx: author of the tracked changes (default: clausetrack)");

  ct::pipeline::SegmentRequest seg;
  auto* s = app.add_subcommand("segment", "split one document into clauses");
  add_common(s, common);
  s->add_option("target", seg.target, "a file, or a document id of the corpus")->required();
  s->add_option("--format", seg.format, "text|json")->check(CLI::IsMember({"text", "json"}));

  ct::pipeline::GraphRequest graph;
  auto* g = app.add_subcommand("graph", "export the persistence graph");
  add_common(g, common);
  g->add_option("--format", graph.format, "dot|graphml|json")
      ->check(CLI::IsMember({"dot", "graphml", "json"}));
  g->add_option("-o,--output", graph.output, "write to FILE instead of stdout");
  g->add_option("--series", graph.series, "only the part around this series");
  g->add_option("--thread", graph.thread, "only the part around this thread");
  g->add_option("--entity", graph.entity, "only the part around this entity");

  ct::pipeline::HistoryRequest hist;
  auto* h = app.add_subcommand("history", "the life of one clause, version by version");
  add_common(h, common);
  h->add_option("target", hist.target, "a clause id, or text to look for")->required();
  h->add_option("--format", hist.format, "text|json")->check(CLI::IsMember({"text", "json"}));

  ct::pipeline::ExportRequest exp;
  auto* x = app.add_subcommand("export", "write one document's clauses in another format");
  add_common(x, common);
  x->add_option("target", exp.target, "a file, or a document id of the corpus")->required();
  x->add_option("--format", exp.format, "akn (Akoma Ntoso 3.0)")->check(CLI::IsMember({"akn"}));
  x->add_option("-o,--output", exp.output, "write to FILE instead of stdout");

  // CLI11 says "A subcommand is required" for a misspelt command: name it.
  if (argc < 2) return usage_error("no command given (commands: " + command_list(app) + ")");
  std::string first = argv[1];
  if (!first.empty() && first[0] != '-' && !is_command(app, first))
    return usage_error("unknown command '" + first + "' (commands: " + command_list(app) + ")");

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::RequiredError& e) {
    if (app.get_subcommands().empty())
      return usage_error("no command given (commands: " + command_list(app) + ")");
    return usage_error(e.what());
  } catch (const CLI::ParseError& e) {
    std::cerr << "clausetrack: error: " << e.what() << "\n";
    if (e.get_exit_code() != 0) std::cerr << "Run 'clausetrack --help' for usage.\n";
    return e.get_exit_code() == 0 ? 0 : 2;
  }

  try {
    ct::pipeline::Outcome outcome;
    if (t->parsed())
      outcome = ct::pipeline::run_track(common, track);
    else if (c->parsed())
      outcome = ct::pipeline::run_check(common, check);
    else if (d->parsed())
      outcome = ct::pipeline::run_diff(common, diff);
    else if (s->parsed())
      outcome = ct::pipeline::run_segment(common, seg);
    else if (g->parsed())
      outcome = ct::pipeline::run_graph(common, graph);
    else if (x->parsed())
      outcome = ct::pipeline::run_export(common, exp);
    else
      outcome = ct::pipeline::run_history(common, hist);
    return outcome.findings_reached ? 1 : 0;
  } catch (const ct::InputError& e) {
    std::cerr << "clausetrack: error: " << e.located() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "clausetrack: error: internal: " << e.what() << "\n";
    return 2;
  }
}

// Drawing DOT with Graphviz in child processes (posix_spawn: no shell, the
// DOT on an unnamed temporary file as stdin, stdout and stderr to others),
// and cleaning its SVG for inlining. The cleaning is a few string scans, by
// hand: Graphviz's SVG has a fixed shape and an XML library would only be
// used to delete three kinds of nodes and check one attribute.
#include "report/html_graph.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <memory>
#include <optional>

#include "graph/neighborhood.h"
#include "report/graph_dot.h"
#include "report/html_escape.h"

extern char** environ;

namespace ct::report {

namespace {

struct FileCloser {
  void operator()(std::FILE* f) const {
    if (f) std::fclose(f);
  }
};
using TempFile = std::unique_ptr<std::FILE, FileCloser>;

std::string read_all(std::FILE* f) {
  std::string out;
  std::rewind(f);
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  return out;
}

struct Job {
  TempFile in, out, err;
  pid_t pid = -1;
  std::string error;
};

void start(Job& job, const std::string& dot) {
  job.in.reset(std::tmpfile());
  job.out.reset(std::tmpfile());
  job.err.reset(std::tmpfile());
  if (!job.in || !job.out || !job.err) {
    job.error = "cannot create a temporary file for Graphviz";
    return;
  }
  if (std::fwrite(dot.data(), 1, dot.size(), job.in.get()) != dot.size() ||
      std::fflush(job.in.get()) != 0) {
    job.error = "cannot write the graph for Graphviz";
    return;
  }
  std::rewind(job.in.get());
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fileno(job.in.get()), 0);
  posix_spawn_file_actions_adddup2(&actions, fileno(job.out.get()), 1);
  posix_spawn_file_actions_adddup2(&actions, fileno(job.err.get()), 2);
  char arg0[] = "dot", arg1[] = "-Tsvg";
  char* argv[] = {arg0, arg1, nullptr};
  int rc = posix_spawnp(&job.pid, "dot", &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    job.pid = -1;
    job.error = "Graphviz `dot` not found (install the graphviz package)";
  }
}

SvgResult finish(Job& job) {
  SvgResult r;
  if (job.pid < 0) {
    r.error = job.error;
    return r;
  }
  int status = 0;
  while (waitpid(job.pid, &status, 0) < 0)
    if (errno != EINTR) break;
  job.pid = -1;
  job.error = "Graphviz output already collected";
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::string err = read_all(job.err.get());
    if (err.size() > 200) err.resize(200);
    r.error = "Graphviz `dot` failed" + (err.empty() ? std::string() : ": " + err);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
      r.error = "Graphviz `dot` not found (install the graphviz package)";
    return r;
  }
  r.svg = read_all(job.out.get());
  return r;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Every href (xlink:href or href) value is a fragment of the page.
bool links_are_local(std::string_view svg) {
  for (std::size_t at = svg.find("href=\""); at != std::string_view::npos;
       at = svg.find("href=\"", at + 6)) {
    std::size_t v = at + 6;
    if (v >= svg.size() || svg[v] != '#') return false;
  }
  return true;
}

// The SVG from its root element on, comments removed; "" when it is not
// plain Graphviz output (see inline_svg).
std::string checked_svg(std::string_view svg) {
  std::size_t root = svg.find("<svg");
  if (root == std::string_view::npos) return {};
  std::string body;
  body.reserve(svg.size() - root);
  // Drop comments (Graphviz names its version and the graph in them).
  for (std::size_t at = root; at < svg.size();) {
    std::size_t c = svg.find("<!--", at);
    if (c == std::string_view::npos) {
      body.append(svg.substr(at));
      break;
    }
    body.append(svg.substr(at, c - at));
    std::size_t e = svg.find("-->", c + 4);
    if (e == std::string_view::npos) return {};
    at = e + 3;
    // Drop the line break the comment stood on.
    if (at < svg.size() && svg[at] == '\n') ++at;
  }
  std::string low = lower(body);
  if (low.find("<script") != std::string::npos || low.find("<foreignobject") != std::string::npos ||
      !links_are_local(body))
    return {};
  while (!body.empty() && (body.back() == '\n' || body.back() == ' ')) body.pop_back();
  return body;
}

// Replaces every `from` by `to`.
std::string replace_all(const std::string& s, std::string_view from, std::string_view to) {
  std::string out;
  out.reserve(s.size());
  std::size_t at = 0;
  for (std::size_t hit = s.find(from); hit != std::string::npos; hit = s.find(from, at)) {
    out.append(s, at, hit - at);
    out += to;
    at = hit + from.size();
  }
  out.append(s, at, std::string::npos);
  return out;
}

}  // namespace

std::vector<SvgResult> dot_to_svg(const std::vector<std::string>& dots) {
  std::vector<Job> jobs(dots.size());
  for (std::size_t i = 0; i < dots.size(); ++i) start(jobs[i], dots[i]);
  std::vector<SvgResult> out;
  out.reserve(jobs.size());
  for (Job& job : jobs) out.push_back(finish(job));
  return out;
}

std::string inline_svg(std::string_view svg, std::string_view label, std::string_view id_prefix) {
  std::string body = checked_svg(svg);
  if (body.empty()) return {};
  if (!id_prefix.empty()) {
    std::string prefix = html_escape(id_prefix);
    body = replace_all(body, " id=\"", " id=\"" + prefix);
    body = replace_all(body, "url(#", "url(#" + prefix);
  }
  body.insert(4, " role=\"group\" aria-label=\"" + html_escape(label) + "\"");
  return body;
}

std::string standalone_svg(std::string_view svg, std::string_view page) {
  std::string body = checked_svg(svg);
  if (body.empty()) return {};
  body = replace_all(body, "href=\"#", "href=\"" + html_escape(page) + "#");
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n" + body + "\n";
}

std::string graph_file_name(std::string_view series_id) {
  std::string name = "graph-";
  for (char c : series_id) {
    bool keep = std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
    name += keep ? c : '_';
  }
  return name + ".svg";
}

struct SeriesDrawing::Pending {
  std::vector<std::string> ids;  // series drawn, in corpus order
  std::vector<std::string> titles;
  std::vector<Job> jobs;                       // parallel to ids
  std::vector<std::string> dots;               // parallel to ids, kept for the memo
  std::vector<std::optional<SvgResult>> kept;  // parallel to ids: found in the memo
  SvgMemo* memo = nullptr;
  std::vector<std::pair<std::string, std::string>> too_large;  // series id, its size
  std::vector<std::string> over_budget;
  bool collected = false;
};

SeriesDrawing::SeriesDrawing(const Corpus& corpus, const graph::PersistenceGraph& full,
                             SvgMemo* memo)
    : pending_(std::make_unique<Pending>()) {
  pending_->memo = memo;
  std::vector<std::string> dots;
  std::size_t drawn_edges = 0;
  for (const Series& s : corpus.series) {
    graph::PersistenceGraph view =
        graph::fold_clauses(corpus, graph::around_series(corpus, full, s.id));
    std::size_t n = num_vertices(view.g), e = num_edges(view.g);
    if (n > kMaxInlineGraphVertices || e > kMaxInlineGraphEdges) {
      pending_->too_large.emplace_back(
          s.id, std::to_string(n) + " vertices, " + std::to_string(e) + " edges");
      continue;
    }
    if (drawn_edges + e > kMaxDrawnEdgesTotal) {
      pending_->over_budget.push_back(s.id);
      continue;
    }
    drawn_edges += e;
    pending_->ids.push_back(s.id);
    pending_->titles.push_back(s.title.empty() ? s.id : s.title);
    dots.push_back(graph_dot(corpus, view, DotOptions{true}));
  }
  pending_->jobs.resize(dots.size());
  pending_->kept.resize(dots.size());
  for (std::size_t i = 0; i < dots.size(); ++i) {
    std::string svg;
    if (memo && memo->find(dots[i], svg))
      pending_->kept[i] = SvgResult{std::move(svg), {}};
    else
      start(pending_->jobs[i], dots[i]);
  }
  if (memo) pending_->dots = std::move(dots);
}

SeriesDrawing::~SeriesDrawing() {
  if (pending_ && !pending_->collected)
    for (std::size_t i = 0; i < pending_->jobs.size(); ++i)
      if (!pending_->kept[i]) finish(pending_->jobs[i]);
}

SeriesGraphs SeriesDrawing::collect() {
  SeriesGraphs out;
  if (pending_->collected) return out;
  pending_->collected = true;
  std::string failed;
  for (std::size_t i = 0; i < pending_->ids.size(); ++i) {
    const std::string& id = pending_->ids[i];
    SvgResult r;
    if (pending_->kept[i]) {
      r = std::move(*pending_->kept[i]);
    } else {
      r = finish(pending_->jobs[i]);
      if (pending_->memo && !r.svg.empty() && r.error.empty())
        pending_->memo->keep(pending_->dots[i], r.svg);
    }
    std::string svg =
        r.svg.empty()
            ? std::string()
            : inline_svg(r.svg, "Persistence graph of " + pending_->titles[i], "graph-" + id + "-");
    if (svg.size() > kMaxInlineSvgBytes) {
      std::string file = graph_file_name(id);
      out.files[id] = file;
      out.contents[file] = standalone_svg(r.svg, "index.html");
    } else if (!svg.empty()) {
      out.svg[id] = std::move(svg);
    } else if (failed.empty()) {
      failed = r.error.empty() ? "Graphviz output was not usable" : r.error;
    }
  }
  if (!failed.empty()) out.note = failed + ".";
  out.common = out.note;
  for (const auto& [id, size] : pending_->too_large)
    out.undrawn[id] = "too large to lay out quickly (" + size + ")";
  for (const auto& id : pending_->over_budget)
    out.undrawn[id] = "past the drawing budget of " + std::to_string(kMaxDrawnEdgesTotal) +
                      " edges over the corpus; `clausetrack graph --series " + id + "` draws it";
  if (!pending_->too_large.empty()) {
    std::string list;
    for (const auto& [id, size] : pending_->too_large)
      list += (list.empty() ? "" : ", ") + id + " (" + size + ")";
    out.note += (out.note.empty() ? "" : " ") +
                std::string("Not drawn, too large to lay out quickly: ") + list +
                "; graph.dot holds the whole graph.";
  }
  if (!pending_->over_budget.empty()) {
    std::string list;
    for (const auto& t : pending_->over_budget) list += (list.empty() ? "" : ", ") + t;
    out.note += (out.note.empty() ? "" : " ") + std::string("Not drawn, ") +
                std::to_string(pending_->over_budget.size()) +
                " more series past the drawing budget of " + std::to_string(kMaxDrawnEdgesTotal) +
                " edges: " + list +
                "; graph.dot holds the whole graph, and `clausetrack graph --series ID` draws one.";
  }
  return out;
}

SeriesGraphs series_graphs(const Corpus& corpus, const graph::PersistenceGraph& full) {
  return SeriesDrawing(corpus, full).collect();
}

}  // namespace ct::report

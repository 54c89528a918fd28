// Building the persistence graph and its catalogue from an analysed corpus.
#include "graph/persistence_graph.h"

#include <algorithm>
#include <array>
#include <set>
#include <unordered_map>

#include "graph/ids.h"
#include "util/stage_timer.h"

namespace ct::graph {

std::string_view name(VertexKind k) {
  static constexpr std::array kNames{"document", "clause", "thread", "entity"};
  return kNames[static_cast<std::size_t>(k)];
}

std::string_view name(EdgeKind k) {
  static constexpr std::array kNames{"contains", "belongs-to", "mentions",
                                     "cites",    "follows",    "appears-in"};
  return kNames[static_cast<std::size_t>(k)];
}

bool is_graph_entity(EntityType type) {
  return type != EntityType::Number;
}

bool is_citation(EntityType type) {
  return type == EntityType::Resolution || type == EntityType::Report ||
         type == EntityType::Document;
}

std::optional<std::size_t> Catalogue::entity_index(std::string_view id) const {
  auto find = [&](std::string_view key) -> std::optional<std::size_t> {
    auto it = std::lower_bound(entities.begin(), entities.end(), key,
                               [](const EntityNode& e, std::string_view k) { return e.id < k; });
    if (it != entities.end() && it->id == key)
      return static_cast<std::size_t>(it - entities.begin());
    return std::nullopt;
  };
  if (auto i = find(id)) return i;
  // "TYPE:VALUE" written plainly: escape the value as ids are.
  auto colon = id.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  return find(entity_id(id.substr(0, colon), id.substr(colon + 1)));
}

const EntityNode* Catalogue::find_entity(std::string_view id) const {
  auto i = entity_index(id);
  return i ? &entities[*i] : nullptr;
}

Vertex document_vertex(const Corpus&, std::size_t doc) {
  return doc;
}
Vertex clause_vertex(const Corpus& c, std::size_t clause) {
  return c.documents.size() + clause;
}
Vertex thread_vertex(const Corpus& c, std::size_t thread) {
  return c.documents.size() + c.clauses.size() + thread;
}
Vertex entity_vertex(const Corpus& c, std::size_t entity) {
  return c.documents.size() + c.clauses.size() + c.threads.size() + entity;
}

namespace {

// Every graph entity of the corpus, sorted by id, with its mentions.
std::vector<EntityNode> collect_entities(const Corpus& corpus) {
  std::unordered_map<std::string, std::size_t> index;
  std::vector<EntityNode> found;
  std::vector<std::set<std::string>> texts;
  for (std::size_t c = 0; c < corpus.clauses.size(); ++c) {
    for (const Entity& e : corpus.clauses[c].entities) {
      if (!is_graph_entity(e.type) || e.value.empty()) continue;
      std::string id = entity_id(e.type, e.value);
      auto [it, added] = index.emplace(id, found.size());
      if (added) {
        found.push_back(EntityNode{id, e.type, e.value, {}, {}, {}});
        texts.emplace_back();
      }
      EntityNode& node = found[it->second];
      if (node.mentions.empty() || node.mentions.back() != c) node.mentions.push_back(c);
      texts[it->second].insert(e.text);
    }
  }
  for (std::size_t i = 0; i < found.size(); ++i)
    found[i].texts.assign(texts[i].begin(), texts[i].end());
  std::sort(found.begin(), found.end(),
            [](const EntityNode& a, const EntityNode& b) { return a.id < b.id; });
  return found;
}

// The documents of a session that are not items of a compilation of the
// same session: the ones a `follows` edge links.
std::vector<std::size_t> session_heads(const Corpus& corpus, const Session& s) {
  std::set<std::string> ids;
  for (std::size_t d : s.documents) ids.insert(corpus.documents[d].id);
  std::vector<std::size_t> heads;
  for (std::size_t d : s.documents)
    if (corpus.documents[d].parent.empty() || !ids.count(corpus.documents[d].parent))
      heads.push_back(d);
  return heads;
}

}  // namespace

PersistenceGraph build_graph(const Corpus& corpus) {
  StageTimer timer;
  auto cat = std::make_shared<Catalogue>();
  cat->entities = collect_entities(corpus);
  timer.lap("graph entities");
  const SessionIndex sessions(corpus);
  for (EntityNode& e : cat->entities) e.life = entity_lifecycle(corpus, sessions, e.mentions);
  cat->threads.reserve(corpus.threads.size());
  for (const Thread& t : corpus.threads)
    cat->threads.push_back(thread_lifecycle(corpus, sessions, t));
  timer.lap("graph lifecycles");

  std::unordered_map<std::string, std::size_t> entity_of;
  for (std::size_t i = 0; i < cat->entities.size(); ++i) entity_of.emplace(cat->entities[i].id, i);

  PersistenceGraph pg;
  Graph& g = pg.g;
  for (std::size_t i = 0; i < corpus.documents.size(); ++i)
    add_vertex({VertexKind::Document, i}, g);
  for (std::size_t i = 0; i < corpus.clauses.size(); ++i) add_vertex({VertexKind::Clause, i}, g);
  for (std::size_t i = 0; i < corpus.threads.size(); ++i) add_vertex({VertexKind::Thread, i}, g);
  for (std::size_t i = 0; i < cat->entities.size(); ++i) add_vertex({VertexKind::Entity, i}, g);

  // Documents: contains (items, then clauses), follows, cites.
  std::unordered_map<std::string, std::size_t> doc_of;
  for (std::size_t i = 0; i < corpus.documents.size(); ++i)
    doc_of.emplace(corpus.documents[i].id, i);
  std::vector<std::vector<std::size_t>> items(corpus.documents.size());
  for (std::size_t i = 0; i < corpus.documents.size(); ++i) {
    const std::string& parent = corpus.documents[i].parent;
    auto it = parent.empty() ? doc_of.end() : doc_of.find(parent);
    if (it != doc_of.end() && it->second != i) items[it->second].push_back(i);
  }
  std::vector<std::vector<std::size_t>> previous(corpus.documents.size());
  for (const Series& s : corpus.series)
    for (std::size_t k = 1; k < s.sessions.size(); ++k) {
      auto before = session_heads(corpus, s.sessions[k - 1]);
      for (std::size_t d : session_heads(corpus, s.sessions[k])) previous[d] = before;
    }

  std::vector<std::vector<std::size_t>> clause_threads(corpus.clauses.size());
  std::vector<std::vector<Change>> clause_changes(corpus.clauses.size());
  for (std::size_t t = 0; t < corpus.threads.size(); ++t)
    for (const ThreadMember& m : corpus.threads[t].members) {
      auto& ts = clause_threads[m.clause];
      if (!ts.empty() && ts.back() == t) continue;
      ts.push_back(t);
      clause_changes[m.clause].push_back(m.change);
    }

  for (std::size_t d = 0; d < corpus.documents.size(); ++d) {
    const Document& doc = corpus.documents[d];
    Vertex dv = document_vertex(corpus, d);
    for (std::size_t item : items[d])
      add_edge(dv, document_vertex(corpus, item), {EdgeKind::Contains}, g);
    std::map<std::size_t, int> cited;
    for (std::size_t c = doc.first_clause; c < doc.first_clause + doc.clause_count; ++c) {
      add_edge(dv, clause_vertex(corpus, c), {EdgeKind::Contains}, g);
      std::set<std::size_t> here;
      for (const Entity& e : corpus.clauses[c].entities)
        if (is_citation(e.type) && !e.value.empty())
          here.insert(entity_of.at(entity_id(e.type, e.value)));
      for (std::size_t e : here) ++cited[e];
    }
    for (std::size_t p : previous[d])
      add_edge(dv, document_vertex(corpus, p), {EdgeKind::Follows}, g);
    for (const auto& [e, n] : cited)
      add_edge(dv, entity_vertex(corpus, e), {EdgeKind::Cites, Change::First, n}, g);
  }

  // Clauses: belongs-to, mentions.
  for (std::size_t c = 0; c < corpus.clauses.size(); ++c) {
    Vertex cv = clause_vertex(corpus, c);
    for (std::size_t k = 0; k < clause_threads[c].size(); ++k)
      add_edge(cv, thread_vertex(corpus, clause_threads[c][k]),
               {EdgeKind::BelongsTo, clause_changes[c][k]}, g);
    std::map<std::size_t, int> mentioned;
    for (const Entity& e : corpus.clauses[c].entities)
      if (is_graph_entity(e.type) && !e.value.empty())
        ++mentioned[entity_of.at(entity_id(e.type, e.value))];
    for (const auto& [e, n] : mentioned)
      add_edge(cv, entity_vertex(corpus, e), {EdgeKind::Mentions, Change::First, n}, g);
  }

  timer.lap("graph edges");
  pg.catalogue = std::move(cat);
  pg.scope = "corpus";
  return pg;
}

}  // namespace ct::graph

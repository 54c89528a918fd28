// tracker.json writer: the contract's field names and order, extensions after.
#include "report/tracker_json.h"

#include <charconv>
#include <cmath>
#include <utility>

#include "model/reading.h"
#include "report/graph_json.h"
#include "report/graph_labels.h"
#include "report/json_text.h"

namespace ct::report {

namespace {
Json or_null(const std::string& s) {
  return s.empty() ? Json(nullptr) : Json(s);
}
}  // namespace

Json entity_json(const Entity& e) {
  Json j;
  j["type"] = std::string(name(e.type));
  j["text"] = e.text;
  j["value"] = e.value;
  j["line"] = e.pos.line;
  j["column"] = e.pos.column;
  if (!e.flags.empty()) j["flags"] = e.flags;
  if (!e.attrs.empty()) {
    Json a = Json::object();
    for (const auto& [k, v] : e.attrs) a[k] = v;
    j["attrs"] = std::move(a);
  }
  return j;
}

Json document_json(const Corpus& corpus, const Document& d) {
  Json j;
  j["id"] = d.id;
  j["source"] = d.source;
  j["series"] = d.series;
  j["kind"] = d.kind;
  j["language"] = d.language;
  j["date"] = or_null(d.date);
  j["place"] = or_null(d.place);
  j["title"] = d.title;
  j["parent"] = or_null(d.parent);
  j["line"] = d.line;
  j["end_line"] = d.end_line;
  j["session"] = or_null(d.session);
  if (!d.number.empty()) j["number"] = d.number;
  if (!d.detected.empty()) j["detected"] = d.detected;
  if (!d.toc.empty()) {
    Json toc = Json::array();
    for (const auto& e : d.toc)
      toc.push_back({{"number", e.number},
                     {"symbol", e.symbol},
                     {"title", e.title},
                     {"page", e.page},
                     {"line", e.line}});
    j["toc"] = std::move(toc);
  }
  return j;
}

Json clause_json(const Corpus& corpus, const Clause& c) {
  Json j;
  j["id"] = c.id;
  j["doc"] = corpus.documents[c.doc].id;
  j["number"] = c.number;
  j["role"] = std::string(name(c.role));
  j["line"] = c.line;
  j["end_line"] = c.end_line;
  j["text"] = c.text;
  Json ents = Json::array();
  for (const auto& e : c.entities) ents.push_back(entity_json(e));
  j["entities"] = std::move(ents);
  j["key"] = c.key;
  j["depth"] = c.depth;
  j["parent"] = c.parent ? Json(corpus.clauses[*c.parent].id) : Json(nullptr);
  if (!c.action.empty()) {
    j["lead"] = c.lead;
    j["action"] = c.action;
    j["strength"] = c.strength;
  }
  return j;
}

Json thread_json(const Corpus& corpus, const Thread& t) {
  Json j;
  j["id"] = t.id;
  j["label"] = t.label;
  j["status"] = std::string(name(t.status));
  j["furniture"] = is_furniture(corpus, t);
  Json members = Json::array();
  for (const auto& m : t.members) {
    Json mj;
    mj["clause"] = corpus.clauses[m.clause].id;
    mj["change"] = std::string(name(m.change));
    if (m.against) mj["against"] = corpus.clauses[*m.against].id;
    if (!m.facts.empty()) mj["facts"] = m.facts;
    if (m.against) mj["score"] = std::round(m.score * 1000.0) / 1000.0;
    members.push_back(std::move(mj));
  }
  j["members"] = std::move(members);
  j["series"] = t.series;
  return j;
}

Json segment_json(const Corpus& corpus, const std::vector<std::size_t>& docs) {
  Json j;
  j["schema"] = "clausetrack/tracker/1";
  Json dj = Json::array(), cj = Json::array();
  for (std::size_t i : docs) {
    const Document& d = corpus.documents[i];
    dj.push_back(document_json(corpus, d));
    for (std::size_t k = d.first_clause; k < d.first_clause + d.clause_count; ++k)
      cj.push_back(clause_json(corpus, corpus.clauses[k]));
  }
  j["documents"] = std::move(dj);
  j["clauses"] = std::move(cj);
  return j;
}

namespace {

// The entries written straight into the text, in the bytes append_json makes
// of document_json, clause_json, thread_json and series_json: building a tree
// per clause (a hundred megabytes of text for a large corpus) cost more
// allocation than the writing. tests/graph/graph_writers_test.cc compares.

// An object `indent` spaces deep, its members written one at a time.
class ObjectText {
 public:
  ObjectText(std::string& out, unsigned indent) : out_(out), indent_(indent) {}

  // `"key": ` on its own line (the key plain ASCII, needing no escape).
  void key(std::string_view k) {
    member();
    out_ += '"';
    out_ += k;
    out_ += "\": ";
  }
  // The same for any key, escaped.
  void any_key(std::string_view k) {
    member();
    append_json_string(out_, k);
    out_ += ": ";
  }
  void string(std::string_view k, std::string_view v) {
    key(k);
    append_json_string(out_, v);
  }
  void string_of(std::string_view k, std::string_view v) {  // any key
    any_key(k);
    append_json_string(out_, v);
  }
  void string_or_null(std::string_view k, std::string_view v) {
    key(k);
    if (v.empty())
      out_ += "null";
    else
      append_json_string(out_, v);
  }
  void integer(std::string_view k, long long v) {
    key(k);
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, end);
  }
  void boolean(std::string_view k, bool v) {
    key(k);
    out_ += v ? "true" : "false";
  }
  void strings(std::string_view k, const std::vector<std::string>& v) {
    key(k);
    if (v.empty()) {
      out_ += "[]";
      return;
    }
    out_ += "[\n";
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) out_ += ",\n";
      out_.append(indent_ + 4, ' ');
      append_json_string(out_, v[i]);
    }
    out_ += '\n';
    out_.append(indent_ + 2, ' ');
    out_ += ']';
  }
  // Any other value, through the tree writer.
  void value(std::string_view k, const Json& v) {
    key(k);
    append_json(out_, v, indent_ + 2);
  }
  // The indentation of a member's value (for nested objects and arrays).
  unsigned inner() const { return indent_ + 2; }
  std::string& out() { return out_; }
  void end() {
    if (first_) {
      out_ += "{}";
      return;
    }
    out_ += '\n';
    out_.append(indent_, ' ');
    out_ += '}';
  }

 private:
  void member() {
    out_ += first_ ? "{\n" : ",\n";
    first_ = false;
    out_.append(indent_ + 2, ' ');
  }

  std::string& out_;
  unsigned indent_;
  bool first_ = true;
};

// An array `indent` spaces deep of `n` items, item(i, indent) writing each.
template <typename Item>
void array_text(std::string& out, unsigned indent, std::size_t n, Item item) {
  if (n == 0) {
    out += "[]";
    return;
  }
  out += "[\n";
  for (std::size_t i = 0; i < n; ++i) {
    if (i) out += ",\n";
    out.append(indent + 2, ' ');
    item(i, indent + 2);
  }
  out += '\n';
  out.append(indent, ' ');
  out += ']';
}

void entity_text(std::string& out, const Entity& e, unsigned indent) {
  ObjectText j(out, indent);
  j.string("type", name(e.type));
  j.string("text", e.text);
  j.string("value", e.value);
  j.integer("line", e.pos.line);
  j.integer("column", e.pos.column);
  if (!e.flags.empty()) j.strings("flags", e.flags);
  if (!e.attrs.empty()) {
    j.key("attrs");
    ObjectText a(out, j.inner());
    for (const auto& [k, v] : e.attrs) a.string_of(k, v);
    a.end();
  }
  j.end();
}

void document_text(std::string& out, const Document& d, unsigned indent) {
  ObjectText j(out, indent);
  j.string("id", d.id);
  j.string("source", d.source);
  j.string("series", d.series);
  j.string("kind", d.kind);
  j.string("language", d.language);
  j.string_or_null("date", d.date);
  j.string_or_null("place", d.place);
  j.string("title", d.title);
  j.string_or_null("parent", d.parent);
  j.integer("line", d.line);
  j.integer("end_line", d.end_line);
  j.string_or_null("session", d.session);
  if (!d.number.empty()) j.string("number", d.number);
  if (!d.detected.empty()) j.strings("detected", d.detected);
  if (!d.toc.empty()) {
    j.key("toc");
    array_text(out, j.inner(), d.toc.size(), [&](std::size_t i, unsigned in) {
      const TocEntry& e = d.toc[i];
      ObjectText t(out, in);
      t.string("number", e.number);
      t.string("symbol", e.symbol);
      t.string("title", e.title);
      t.string("page", e.page);
      t.integer("line", e.line);
      t.end();
    });
  }
  j.end();
}

void clause_text(std::string& out, const Corpus& corpus, const Clause& c, unsigned indent) {
  ObjectText j(out, indent);
  j.string("id", c.id);
  j.string("doc", corpus.documents[c.doc].id);
  j.string("number", c.number);
  j.string("role", name(c.role));
  j.integer("line", c.line);
  j.integer("end_line", c.end_line);
  j.string("text", c.text);
  j.key("entities");
  array_text(out, j.inner(), c.entities.size(),
             [&](std::size_t i, unsigned in) { entity_text(out, c.entities[i], in); });
  j.string("key", c.key);
  j.integer("depth", c.depth);
  if (c.parent)
    j.string("parent", corpus.clauses[*c.parent].id);
  else
    j.string_or_null("parent", {});
  if (!c.action.empty()) {
    j.string("lead", c.lead);
    j.string("action", c.action);
    j.integer("strength", c.strength);
  }
  j.end();
}

void thread_text(std::string& out, const Corpus& corpus, const Thread& t, unsigned indent) {
  ObjectText j(out, indent);
  j.string("id", t.id);
  j.string("label", t.label);
  j.string("status", name(t.status));
  j.boolean("furniture", is_furniture(corpus, t));
  j.key("members");
  array_text(out, j.inner(), t.members.size(), [&](std::size_t i, unsigned in) {
    const auto& m = t.members[i];
    ObjectText mj(out, in);
    mj.string("clause", corpus.clauses[m.clause].id);
    mj.string("change", name(m.change));
    if (m.against) mj.string("against", corpus.clauses[*m.against].id);
    if (!m.facts.empty()) mj.strings("facts", m.facts);
    if (m.against) mj.value("score", Json(std::round(m.score * 1000.0) / 1000.0));
    mj.end();
  });
  j.string("series", t.series);
  j.end();
}

void series_text(std::string& out, const Corpus& corpus, const Series& s, unsigned indent) {
  ObjectText x(out, indent);
  x.string("id", s.id);
  x.string("title", s.title);
  x.string_or_null("body", s.body);
  x.key("sessions");
  array_text(out, x.inner(), s.sessions.size(), [&](std::size_t i, unsigned in) {
    const auto& ses = s.sessions[i];
    ObjectText o(out, in);
    o.string("key", ses.key);
    o.string("date", ses.date);
    o.key("documents");
    array_text(out, o.inner(), ses.documents.size(), [&](std::size_t k, unsigned) {
      append_json_string(out, corpus.documents[ses.documents[k]].id);
    });
    // The strand of an agenda item interleaving several texts
    // (align/strands.h); absent in a series of one strand.
    if (ses.strand >= 0) o.integer("strand", ses.strand);
    // A short text (a technical rollover, Session::partial); absent otherwise.
    if (ses.partial) o.boolean("partial", true);
    o.end();
  });
  x.end();
}

// An array of the ids of `n` items, id(i) giving each.
template <typename Id>
void ids_text(std::string& out, unsigned indent, std::size_t n, Id id) {
  array_text(out, indent, n, [&](std::size_t i, unsigned) { append_json_string(out, id(i)); });
}

// entity_node_json's entry (its lifecycle as lifecycle_json makes it).
void entity_node_text(std::string& out, const Corpus& corpus, const graph::EntityNode& e,
                      unsigned indent) {
  ObjectText j(out, indent);
  j.string("id", e.id);
  j.string("type", name(e.type));
  j.string("value", e.value);
  j.key("mentions");
  ids_text(out, j.inner(), e.mentions.size(),
           [&](std::size_t i) -> const std::string& { return corpus.clauses[e.mentions[i]].id; });
  const graph::Lifecycle& life = e.life;
  if (life.empty()) {
    j.key("first");
    out += "null";
    j.key("last");
    out += "null";
    j.string("status", name(life.status));
  } else {
    j.string("first", corpus.documents[life.first_doc].id);
    j.string("last", corpus.documents[life.last_doc].id);
    j.string("status", name(life.status));
    j.string("series", corpus.series[life.main_life().series].id);
    j.key("absent");
    ids_text(out, j.inner(), life.absent.size(), [&](std::size_t i) -> const std::string& {
      return corpus.documents[life.absent[i]].id;
    });
  }
  j.strings("texts", e.texts);
  if (!life.empty()) {
    j.key("per_series");
    array_text(out, j.inner(), life.per_series.size(), [&](std::size_t k, unsigned in) {
      const graph::SeriesLife& l = life.per_series[k];
      const Series& s = corpus.series[l.series];
      ObjectText x(out, in);
      x.string("series", s.id);
      x.string("first", corpus.documents[l.first_doc].id);
      x.string("last", corpus.documents[l.last_doc].id);
      x.key("sessions");
      ids_text(out, x.inner(), l.present.size(),
               [&](std::size_t i) -> const std::string& { return s.sessions[l.present[i]].key; });
      x.key("absent_sessions");
      ids_text(out, x.inner(), l.absent.size(),
               [&](std::size_t i) -> const std::string& { return s.sessions[l.absent[i]].key; });
      x.strings("absent", absent_documents(corpus, l));
      x.string("status", name(l.status));
      x.end();
    });
  }
  j.end();
}

// The text in parts: appended to the last one, a new one begun once it holds
// kPart bytes (at an entry's end, so every part is whole UTF-8 and JSON
// structure lies at their seams).
class Parts {
 public:
  static constexpr std::size_t kPart = 1 << 20;
  std::string& out() {
    if (parts_.empty() || parts_.back().size() >= kPart) {
      parts_.emplace_back();
      parts_.back().reserve(kPart + kPart / 4);
    }
    return parts_.back();
  }
  // `text` as a part of its own (moved, not copied).
  void add(std::string&& text) {
    if (!text.empty()) parts_.push_back(std::move(text));
  }
  std::vector<std::string> take() && { return std::move(parts_); }

 private:
  std::vector<std::string> parts_;
};

// `"key": [items]` at depth 1 of the top object, as dump(2) writes it;
// write(out, i) appends item i at depth 2 (4 spaces), its first line unindented.
template <typename Write>
void append_array(Parts& parts, std::string_view key, std::size_t n, Write write) {
  std::string& head = parts.out();
  head += "  \"";
  head += key;
  head += "\": ";
  if (n == 0) {
    head += "[]";
    return;
  }
  head += "[\n";
  for (std::size_t i = 0; i < n; ++i) {
    std::string& out = parts.out();
    out.append(4, ' ');
    write(out, i);
    out += i + 1 < n ? ",\n" : "\n";
  }
  parts.out() += "  ]";
}

Json series_json(const Corpus& corpus, const Series& s) {
  Json x;
  x["id"] = s.id;
  x["title"] = s.title;
  x["body"] = or_null(s.body);
  Json sessions = Json::array();
  for (const auto& ses : s.sessions) {
    Json docs = Json::array();
    for (std::size_t d : ses.documents) docs.push_back(corpus.documents[d].id);
    Json one = {{"key", ses.key}, {"date", ses.date}, {"documents", std::move(docs)}};
    // The strand of an agenda item interleaving several texts
    // (align/strands.h); absent in a series of one strand.
    if (ses.strand >= 0) one["strand"] = ses.strand;
    if (ses.partial) one["partial"] = true;
    sessions.push_back(std::move(one));
  }
  x["sessions"] = std::move(sessions);
  return x;
}

}  // namespace

namespace {

// Whether the clauses are those of the documents in order (each document's
// clauses contiguous, starting where the previous document's end).
bool clauses_in_document_order(const Corpus& corpus) {
  std::size_t next = 0;
  for (const Document& d : corpus.documents) {
    if (d.clause_count > 0 && d.first_clause != next) return false;
    next += d.clause_count;
  }
  return next == corpus.clauses.size();
}

// The text of tracker.json in parts, the entities (when `count` is not null)
// made by `entity(out, i)` (appending entity i at 4 spaces' depth) for
// i < *count; the documents' and clauses' entries by `entries` when given and
// the clauses follow the documents (each entry then a part of its own).
template <typename Entity>
std::vector<std::string> tracker_parts(
    const Corpus& corpus, const std::size_t* count, Entity entity,
    const std::function<DocumentEntries(std::size_t)>* entries = nullptr) {
  Parts parts;
  parts.out() += "{\n  \"schema\": \"clausetrack/tracker/1\",\n";
  if (entries && *entries && clauses_in_document_order(corpus) && !corpus.documents.empty()) {
    std::vector<DocumentEntries> all(corpus.documents.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = (*entries)(i);
    parts.out() += "  \"documents\": [\n";
    for (std::size_t i = 0; i < all.size(); ++i) {
      parts.add(std::move(all[i].document));
      parts.out() += i + 1 < all.size() ? ",\n" : "\n";
    }
    parts.out() += "  ],\n  \"clauses\": ";
    bool any = false;
    for (DocumentEntries& e : all) {
      if (e.clauses.empty()) continue;
      parts.out() += any ? ",\n" : "[\n";
      any = true;
      parts.add(std::move(e.clauses));
    }
    parts.out() += any ? "\n  ]" : "[]";
  } else {
    append_array(parts, "documents", corpus.documents.size(), [&](std::string& out, std::size_t i) {
      document_text(out, corpus.documents[i], 4);
    });
    parts.out() += ",\n";
    append_array(parts, "clauses", corpus.clauses.size(), [&](std::string& out, std::size_t i) {
      clause_text(out, corpus, corpus.clauses[i], 4);
    });
  }
  parts.out() += ",\n";
  append_array(parts, "threads", corpus.threads.size(), [&](std::string& out, std::size_t i) {
    thread_text(out, corpus, corpus.threads[i], 4);
  });
  if (count) {
    parts.out() += ",\n";
    append_array(parts, "entities", *count, entity);
  }
  parts.out() += ",\n";
  append_array(parts, "series", corpus.series.size(), [&](std::string& out, std::size_t i) {
    series_text(out, corpus, corpus.series[i], 4);
  });
  parts.out() += "\n}\n";
  return std::move(parts).take();
}

std::string joined(const std::vector<std::string>& parts) {
  std::size_t size = 0;
  for (const std::string& p : parts) size += p.size();
  std::string out;
  out.reserve(size);
  for (const std::string& p : parts) out += p;
  return out;
}

// A string of `input`, length first (so that fields never run together).
void field(std::string& input, std::string_view s) {
  input += std::to_string(s.size());
  input += ':';
  input += s;
  input += '\n';
}

}  // namespace

std::string tracker_json_text(const Corpus& corpus, const Json& entities) {
  const std::size_t n = entities.is_array() ? entities.size() : 0;
  return joined(
      tracker_parts(corpus, entities.is_array() ? &n : nullptr,
                    [&](std::string& out, std::size_t i) { append_json(out, entities[i], 4); }));
}

std::vector<std::string> tracker_json_parts(
    const Corpus& corpus, const graph::Catalogue& catalogue,
    const std::function<DocumentEntries(std::size_t)>& entries) {
  const std::size_t n = catalogue.entities.size();
  return tracker_parts(
      corpus, &n,
      [&](std::string& out, std::size_t i) {
        entity_node_text(out, corpus, catalogue.entities[i], 4);
      },
      &entries);
}

std::string tracker_json_text(const Corpus& corpus, const graph::Catalogue& catalogue) {
  return joined(tracker_json_parts(corpus, catalogue, {}));
}

std::string tracker_json_text(const Corpus& corpus, const graph::Catalogue& catalogue,
                              const std::function<DocumentEntries(std::size_t)>& entries) {
  return joined(tracker_json_parts(corpus, catalogue, entries));
}

DocumentEntries document_entries(const Corpus& corpus, std::size_t doc) {
  const Document& d = corpus.documents[doc];
  DocumentEntries e;
  e.document.append(4, ' ');
  document_text(e.document, d, 4);
  for (std::size_t k = d.first_clause; k < d.first_clause + d.clause_count; ++k) {
    if (k > d.first_clause) e.clauses += ",\n";
    e.clauses.append(4, ' ');
    clause_text(e.clauses, corpus, corpus.clauses[k], 4);
  }
  return e;
}

// Every field document_json and clause_json read, in order.
std::string document_entries_input(const Corpus& corpus, std::size_t doc) {
  const Document& d = corpus.documents[doc];
  std::string in;
  for (const std::string* s : {&d.id, &d.source, &d.series, &d.kind, &d.language, &d.date, &d.place,
                               &d.title, &d.parent, &d.session, &d.number})
    field(in, *s);
  in += std::to_string(d.line) + ' ' + std::to_string(d.end_line) + ' ' +
        std::to_string(d.detected.size()) + '\n';
  for (const std::string& s : d.detected) field(in, s);
  in += std::to_string(d.toc.size()) + '\n';
  for (const TocEntry& t : d.toc) {
    for (const std::string* s : {&t.number, &t.symbol, &t.title, &t.page}) field(in, *s);
    in += std::to_string(t.line) + '\n';
  }
  in += std::to_string(d.clause_count) + '\n';
  for (std::size_t k = d.first_clause; k < d.first_clause + d.clause_count; ++k) {
    const Clause& c = corpus.clauses[k];
    for (const std::string* s : {&c.id, &c.number, &c.text, &c.key, &c.lead, &c.action})
      field(in, *s);
    field(in, corpus.documents[c.doc].id);
    field(in, c.parent ? corpus.clauses[*c.parent].id : std::string("\x01null"));
    field(in, name(c.role));
    in += std::to_string(c.line) + ' ' + std::to_string(c.end_line) + ' ' +
          std::to_string(c.depth) + ' ' + std::to_string(c.strength) + ' ' +
          std::to_string(c.entities.size()) + '\n';
    for (const Entity& x : c.entities) {
      field(in, name(x.type));
      field(in, x.text);
      field(in, x.value);
      in += std::to_string(x.pos.line) + ' ' + std::to_string(x.pos.column) + ' ' +
            std::to_string(x.flags.size()) + ' ' + std::to_string(x.attrs.size()) + '\n';
      for (const std::string& f : x.flags) field(in, f);
      for (const auto& [k, v] : x.attrs) {
        field(in, k);
        field(in, v);
      }
    }
  }
  return in;
}

Json tracker_json(const Corpus& corpus, const Json& entities) {
  std::vector<std::size_t> all(corpus.documents.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  Json j = segment_json(corpus, all);
  Json tj = Json::array();
  for (const auto& t : corpus.threads) tj.push_back(thread_json(corpus, t));
  j["threads"] = std::move(tj);
  if (entities.is_array()) j["entities"] = entities;
  Json sj = Json::array();
  for (const auto& s : corpus.series) sj.push_back(series_json(corpus, s));
  j["series"] = std::move(sj);
  return j;
}

std::string dump(const Json& j) {
  std::string out;
  append_json(out, j, 0);  // as j.dump(2, ' ', false, replace) writes it
  out += '\n';
  return out;
}

}  // namespace ct::report

// The text a series page is made from: items summed up once, then each page's
// own part (its threads, links, findings, entities and drawing) written out.
#include "report/html_page_input.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <map>

#include "graph/ids.h"
#include "model/reading.h"
#include "report/html_escape.h"
#include "report/html_sections.h"
#include "report/text_direction.h"
#include "util/hash.h"

namespace ct::report {

namespace {

constexpr std::size_t npos = ReportIndex::npos;

// Writes fields one after the other so that they never run together:
// strings length first, numbers and hashes with a separator.
class Material {
 public:
  explicit Material(std::string& out) : m_(out) {}
  Material& text(std::string_view s) {
    digits(s.size(), ':');
    m_ += s;
    m_ += '\n';
    return *this;
  }
  Material& number(std::uint64_t n) {
    digits(n, ' ');
    return *this;
  }
  Material& hash(std::uint64_t h) {
    char bytes[sizeof h];
    std::memcpy(bytes, &h, sizeof h);
    m_.append(bytes, sizeof h);
    return *this;
  }
  Material& mark(char c) {
    m_ += c;
    return *this;
  }

 private:
  void digits(std::uint64_t n, char end) {
    char buffer[24];
    char* last = std::to_chars(buffer, buffer + sizeof buffer - 1, n).ptr;
    *last++ = end;
    m_.append(buffer, last);
  }

  std::string& m_;
};

void location(Material& m, const Location& l) {
  m.text(l.doc).text(l.clause).text(l.file).text(l.message);
  m.number(static_cast<std::uint64_t>(l.line))
      .number(static_cast<std::uint64_t>(l.column))
      .number(static_cast<std::uint64_t>(l.end_line));
}

std::uint64_t document_hash(const Document& d, std::map<std::string, std::string>& directions) {
  std::string s;
  Material m(s);
  for (const std::string* f : {&d.id, &d.source, &d.series, &d.kind, &d.language, &d.date, &d.place,
                               &d.title, &d.parent, &d.session, &d.number})
    m.text(*f);
  auto dir = directions.find(d.language);
  if (dir == directions.end())
    dir = directions.emplace(d.language, text_direction(d.language)).first;
  m.text(dir->second);
  m.number(static_cast<std::uint64_t>(d.line))
      .number(static_cast<std::uint64_t>(d.end_line))
      .number(d.clause_count)
      .number(d.language_uncertain);
  m.number(d.toc.size());
  for (const TocEntry& t : d.toc)
    m.text(t.number).text(t.symbol).text(t.title).text(t.page).number(
        static_cast<std::uint64_t>(t.line));
  m.number(d.detected.size());
  for (const std::string& f : d.detected) m.text(f);
  return fast_hash64(s);
}

std::uint64_t clause_hash(const Corpus& corpus, const Clause& c,
                          const std::vector<std::uint64_t>& documents) {
  std::string s;
  Material m(s);
  for (const std::string* f : {&c.id, &c.number, &c.key, &c.text, &c.lead, &c.action}) m.text(*f);
  m.text(name(c.role));
  m.text(c.parent && *c.parent < corpus.clauses.size() ? corpus.clauses[*c.parent].id
                                                       : std::string("\x01none"));
  m.number(static_cast<std::uint64_t>(c.depth))
      .number(static_cast<std::uint64_t>(c.line))
      .number(static_cast<std::uint64_t>(c.end_line))
      .number(static_cast<std::uint64_t>(c.strength));
  // The tokens are read by a thread's label (align::label_of); track has
  // freed them by the time the report is made.
  m.number(c.tokens.size());
  for (const Token& t : c.tokens) m.number(t.begin).number(t.end);
  m.number(c.entities.size());
  for (const Entity& e : c.entities) m.text(name(e.type)).text(e.text).text(e.value);
  m.hash(c.doc < documents.size() ? documents[c.doc] : 0);
  return fast_hash64(s);
}

std::uint64_t thread_hash(const Thread& t, const std::vector<std::uint64_t>& clauses) {
  std::string s;
  Material m(s);
  m.text(t.id).text(t.label).text(t.series).text(name(t.status)).number(t.members.size());
  auto clause = [&](std::size_t c) { m.hash(c < clauses.size() ? clauses[c] : 0); };
  for (const ThreadMember& x : t.members) {
    clause(x.clause);
    m.text(name(x.change));
    if (x.against)
      clause(*x.against);
    else
      m.mark('-');
    m.number(x.diff.size());
    for (const WordOp& op : x.diff) m.number(static_cast<std::uint64_t>(op.kind)).text(op.text);
    m.number(x.facts.size());
    for (const std::string& f : x.facts) m.text(f);
    // Not the alignment score: no page shows it, and it moves with every
    // document added (its weights are the corpus').
  }
  return fast_hash64(s);
}

std::uint64_t finding_hash(const Finding& f, const std::string& anchor) {
  std::string s;
  Material m(s);
  m.text(f.rule).text(name(f.severity)).text(f.message).text(f.evidence).text(f.fingerprint);
  m.text(anchor);
  location(m, f.where);
  m.number(f.related.size());
  for (const Location& l : f.related) location(m, l);
  return fast_hash64(s);
}

// What an entity's row shows besides its links: not its lifecycle's
// sessions, which shift when a session is added before them.
std::uint64_t entity_hash(const Corpus& corpus, const graph::EntityNode& e) {
  std::string s;
  Material m(s);
  m.text(e.id).text(name(e.type)).text(e.value).number(e.texts.size());
  for (const std::string& t : e.texts) m.text(t);
  m.text(name(e.life.status)).number(e.mentions.size());
  for (std::size_t i = 0; i < e.mentions.size() && i < kEntityMentionLinks; ++i)
    m.text(e.mentions[i] < corpus.clauses.size() ? corpus.clauses[e.mentions[i]].id
                                                 : std::string("\x01none"));
  for (const graph::SeriesLife& x : e.life.per_series)
    m.text(x.series < corpus.series.size() ? corpus.series[x.series].id : std::string("\x01none"));
  m.mark('|');
  if (!e.life.empty())
    for (std::size_t d : {e.life.first_doc, e.life.last_doc})
      m.text(d < corpus.documents.size() ? corpus.documents[d].id + '\n' + corpus.documents[d].date
                                         : std::string("\x01none"));
  return fast_hash64(s);
}

// The group (series index, or the series count for none) whose page lists an entity.
std::size_t entity_group(const Corpus& corpus, const graph::EntityNode& e) {
  if (!e.life.empty() && e.life.main_life().series < corpus.series.size())
    return e.life.main_life().series;
  return corpus.series.size();
}

}  // namespace

PageInputs::PageInputs(const Corpus& corpus, const HtmlInputs& inputs, const ReportIndex& index,
                       const PageMap& pages)
    : corpus_(corpus), inputs_(inputs), index_(index), pages_(pages) {
  std::map<std::string, std::string> directions;
  documents_.reserve(corpus.documents.size());
  for (const Document& d : corpus.documents) documents_.push_back(document_hash(d, directions));
  clauses_.reserve(corpus.clauses.size());
  for (const Clause& c : corpus.clauses) clauses_.push_back(clause_hash(corpus, c, documents_));
  threads_.reserve(corpus.threads.size());
  for (const Thread& t : corpus.threads) threads_.push_back(thread_hash(t, clauses_));
  // What each page lists (a page asked of every item cost more than the rest
  // of its text).
  documents_on_.assign(pages.size(), 0);
  for (std::size_t d = 0; d < corpus.documents.size(); ++d) ++documents_on_[pages.document_page(d)];
  findings_on_.resize(pages.size());
  for (std::size_t f = 0; f < corpus.findings.size(); ++f)
    findings_on_[pages.finding_page(f)].push_back(f);
  entities_on_.resize(pages.size());
  if (inputs.catalogue)
    for (std::size_t e = 0; e < inputs.catalogue->entities.size(); ++e) {
      entity_groups_.push_back(entity_group(corpus, inputs.catalogue->entities[e]));
      entities_on_[pages.entity_page(entity_groups_.back())].push_back(e);
    }
  files_.reserve(pages.size());
  for (const Page& page : pages.pages()) files_.push_back(fast_hash64(page.file));
  // A thread as a link names it: its id and its label, in its language.
  labels_.reserve(corpus.threads.size());
  std::string label;
  for (const Thread& t : corpus.threads) {
    label = t.id;
    label += '\n';
    HtmlWriter w(label);
    write_thread_label(w, corpus, t);
    labels_.push_back(fast_hash64(label));
  }
  // What a matrix row and a card say of a thread besides its members and
  // links: its label, attributes and place in reading order.
  Templates templates;  // unused: thread_attrs reads the corpus and the index only
  const ReportContext cx{corpus, inputs, index, templates, pages, 0};
  rows_.reserve(corpus.threads.size());
  furniture_.reserve(corpus.threads.size());
  for (std::size_t t = 0; t < corpus.threads.size(); ++t) {
    const ThreadAttrs a = thread_attrs(cx, t);
    std::string s;
    Material m(s);
    m.hash(labels_[t]).text(a.series).text(a.status).text(a.changes).text(a.severities);
    m.number(static_cast<std::uint64_t>(reading_rank(corpus, corpus.threads[t])));
    rows_.push_back(fast_hash64(s));
    furniture_.push_back(is_furniture(corpus, corpus.threads[t]));
  }
  findings_.reserve(corpus.findings.size());
  for (std::size_t f = 0; f < corpus.findings.size(); ++f)
    findings_.push_back(finding_hash(corpus.findings[f], index.finding_anchor(f)));
  std::string escaped;
  for (std::size_t t = 0; t < corpus.threads.size(); ++t) {
    escaped.clear();
    html_escape_to(escaped, graph::thread_anchor(corpus.threads[t].id));
    thread_anchors_[escaped].push_back(t);
  }
  if (inputs.catalogue) {
    const auto& entities = inputs.catalogue->entities;
    entities_.reserve(entities.size());
    for (std::size_t e = 0; e < entities.size(); ++e) {
      entities_.push_back(entity_hash(corpus, entities[e]));
      escaped.clear();
      html_escape_to(escaped, graph::entity_anchor(entities[e].id));
      entity_anchors_[escaped].push_back(e);
    }
  }
  Material m(common_);
  m.text("clausetrack series page 1").text(CT_VERSION);
  m.text(inputs.graph_note_common).number(inputs.catalogue != nullptr);
  m.number(corpus.series.size());
  for (const Series& s : corpus.series) m.text(s.id).text(s.title);
}

std::string PageInputs::of(std::size_t p, const SearchShape& shape) const {
  const Corpus& corpus = corpus_;
  Templates templates;  // unused: the links are computed as the sections compute them
  ReportContext cx{corpus, inputs_, index_, templates, pages_, p};
  const Page& page = pages_.page(p);
  const bool loose = page.loose || page.series >= corpus.series.size();
  std::string out = common_;
  Material m(out);
  m.number(shape.anchor_buckets);

  // The page, its place among its series' pages and what it counts.
  m.text(page.file).number(page.first).number(page.last).number(page.part).number(page.parts);
  m.number(page.loose).number(page.index);
  m.text(loose ? std::string("\x01loose") : corpus.series[page.series].id);
  m.text(page_range(cx, p));
  m.mark('S');
  for (std::size_t q : pages_.pages_of_series(page.series))
    m.text(pages_.href(p, q, "")).text(page_range(cx, q)).number(q == p);
  m.number(documents_on_[p]);

  // Its series and documents.
  auto document = [&](std::size_t d) { m.hash(documents_[d]).text(document_href(cx, d)); };
  if (!loose) {
    const Series& s = corpus.series[page.series];
    m.mark('T').text(s.title).text(s.body).number(s.documents.size());
    for (std::size_t d : s.documents) m.hash(documents_[d]);
    m.number(s.sessions.size());
    for (std::size_t k = 0; k < s.sessions.size(); ++k) {
      const Session& session = s.sessions[k];
      m.text(session.key).text(session.date).number(session.documents.size());
      // Its strand: the letters of the timeline and the matrix, and which
      // sessions a thread counts (ReportIndex::counted) and the style sheet.
      m.number(static_cast<std::uint64_t>(session.strand + 1)).number(session.partial ? 1 : 0);
      // The timeline lists the documents of the page's sessions.
      if (k >= page.first && k < page.last)
        for (std::size_t d : session.documents) document(d);
      else
        for (std::size_t d : session.documents) m.hash(documents_[d]);
    }
  } else {
    m.mark('L');
    for (std::size_t n = page.first; n < page.last; ++n) document(pages_.loose_document(n));
  }

  // Its threads. A card: the thread whole, then where each member sits and
  // what its versions link to (the versions compared with it, the other
  // threads of its clause, its findings).
  // A series by its place in the list every page holds (common_).
  auto series_id = [&](std::size_t s) { m.number(s < corpus.series.size() ? s : npos); };
  auto clause_link = [&](std::size_t c) {
    if (c < corpus.clauses.size())
      m.text(clause_href(cx, c));
    else
      m.mark('-');
  };
  m.mark('C');
  for (std::size_t t : pages_.threads_on(p)) {
    const Thread& thread = corpus.threads[t];
    m.mark('t').hash(threads_[t]).hash(rows_[t]);
    series_id(index_.home_series(t));
    std::size_t previous = npos;
    for (std::size_t k = 0; k < thread.members.size(); ++k) {
      const ThreadMember& member = thread.members[k];
      const std::size_t q = pages_.member_page(t, k);
      m.mark('m').hash(files_[q]);
      const std::size_t c = member.clause;
      if (c >= corpus.clauses.size()) continue;
      const std::size_t doc = corpus.clauses[c].doc;
      const std::size_t s = index_.series_of(doc), session = index_.session_of(doc);
      series_id(s);
      if (s != npos && session != npos) {
        const Session& at = corpus.series[s].sessions[session];
        m.number(session).text(at.key).text(at.date);
      }
      m.number(index_.anchored_here(c, {t, k}));
      // A version on another page: the card links to that page, to the
      // version's clause when the version carries its anchor (clause_page
      // is then q), else to the thread's card there.
      if (q != p) {
        if (q != previous) m.text(page_range(cx, q));
        previous = q;
        continue;
      }
      previous = q;
      m.text(document_href(cx, doc));
      if (member.against) clause_link(*member.against);
      m.mark('>');
      for (const MemberRef& r : index_.successors(c)) {
        const ThreadMember& later = corpus.threads[r.thread].members[r.member];
        m.number(r.member).number(r.thread == t).text(name(later.change));
        m.hash(later.clause < corpus.clauses.size() ? clauses_[later.clause] : 0);
        clause_link(later.clause);
      }
      m.mark('=');
      for (const MemberRef& r : index_.memberships(c)) {
        m.number(r.member).number(r.thread == t).hash(labels_[r.thread]);
        m.text(name(corpus.threads[r.thread].members[r.member].change));
        m.text(thread_href(cx, r.thread));
      }
      m.mark('!');
      for (std::size_t f : index_.findings_at(c)) m.hash(findings_[f]).text(finding_href(cx, f));
    }
  }
  // The threads of the series: the timeline counts each one's versions in
  // the page's sessions, and what the counts of a session read is the
  // sessions up to it; a thread with versions in the page's sessions is a
  // row of the lifecycle matrix (its label, attributes and place in reading
  // order, and its versions' links).
  m.mark('R');
  if (!loose)
    for (std::size_t t : index_.series_threads(page.series)) {
      const Thread& thread = corpus.threads[t];
      const auto& cells = index_.presence(t, page.series);
      const auto& counted = index_.counted(t, page.series);
      const std::size_t until = std::min(page.last, cells.size());
      m.mark('t').number(furniture_[t]);
      bool row = false;
      for (std::size_t k = 0; k < until; ++k) {
        // A session it is not measured against (another strand's; it may
        // follow from its versions after the page's sessions).
        if (!counted[k]) m.mark('o').number(k);
        if (cells[k].empty()) continue;
        m.mark('k').number(k);
        for (std::size_t i : cells[k])
          m.number(i).number(static_cast<std::uint64_t>(thread.members[i].change));
        row = row || k >= page.first;
      }
      if (!row) continue;
      m.mark('r').hash(rows_[t]).text(thread_href(cx, t));
      for (std::size_t k = page.first; k < until; ++k)
        for (std::size_t i : cells[k])
          if (const std::size_t c = thread.members[i].clause; c < corpus.clauses.size())
            m.text(corpus.clauses[c].id).text(clause_href(cx, c));
    }

  // Its findings.
  m.mark('F');
  for (std::size_t f : findings_on_[p]) {
    const Finding& finding = corpus.findings[f];
    m.hash(findings_[f]).text(location_href(cx, finding.where));
    const std::size_t doc = index_.document(finding.where.doc);
    series_id(doc == npos ? npos : index_.series_of(doc));
    for (const Location& r : finding.related) m.text(location_href(cx, r));
  }

  // Its entities.
  m.mark('E');
  if (inputs_.catalogue) {
    const auto& entities = inputs_.catalogue->entities;
    for (std::size_t e : entities_on_[p]) {
      const graph::EntityNode& x = entities[e];
      const std::size_t group = entity_groups_[e];
      m.hash(entities_[e]);
      series_id(group);
      if (group < corpus.series.size()) m.text(series_title(corpus.series[group]));
      if (!x.life.empty() && x.life.first_doc < corpus.documents.size() &&
          x.life.last_doc < corpus.documents.size())
        m.text(document_href(cx, x.life.first_doc)).text(document_href(cx, x.life.last_doc));
      for (std::size_t i = 0; i < x.mentions.size() && i < kEntityMentionLinks; ++i)
        clause_link(x.mentions[i]);
    }
  }

  // Its series' drawing (on the series' first page), with the page of every
  // thread and entity the drawing links to.
  m.mark('G');
  if (!loose && page.part == 0) {
    const std::string& id = corpus.series[page.series].id;
    if (auto it = inputs_.series_svg.find(id); it != inputs_.series_svg.end()) {
      m.mark('s').hash(fast_hash64(it->second)).number(it->second.size());
      std::vector<std::string_view> anchors = svg_link_anchors(it->second);
      std::sort(anchors.begin(), anchors.end());
      anchors.erase(std::unique(anchors.begin(), anchors.end()), anchors.end());
      for (std::string_view a : anchors) {
        m.text(a);
        const std::string key(a);
        if (auto t = thread_anchors_.find(key); t != thread_anchors_.end())
          for (std::size_t thread : t->second)
            m.mark('t').number(pages_.thread_on(thread, p)).text(thread_href(cx, thread));
        if (auto e = entity_anchors_.find(key); e != entity_anchors_.end())
          for (std::size_t entity : e->second) {
            const std::size_t q = pages_.entity_page(entity_groups_[entity]);
            m.mark('e').number(q == p).text(
                pages_.href(p, q, graph::entity_anchor(inputs_.catalogue->entities[entity].id)));
          }
      }
    }
    if (auto it = inputs_.series_svg_file.find(id); it != inputs_.series_svg_file.end())
      m.mark('f').text(pages_.root(p) + it->second);
    if (auto it = inputs_.series_undrawn.find(id); it != inputs_.series_undrawn.end())
      m.mark('u').text(it->second);
  }
  return out;
}

}  // namespace ct::report
